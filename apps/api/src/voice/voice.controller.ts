import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { PageOf } from '../common/api-response';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreateVoiceItemDto, PutVoiceResponseDto, UpdateVoiceItemDto, VoiceQueryDto } from './dto/voice.dto';
import { VoiceItemResponse } from './voice.response';
import { VoiceService } from './voice.service';

@ApiTags('voice')
@Controller()
export class VoiceController {
  constructor(private readonly voice: VoiceService) {}

  /** "You said, we did": the plan's voice items with their responses, most recently heard first. */
  @Can('readPlan')
  @Get('plans/:planId/voice')
  @ApiOkResponse({ type: PageOf(VoiceItemResponse) })
  findVoiceItems(@Param('planId', IdPipe) planId: string, @Query() query: VoiceQueryDto) {
    return this.voice.findVoiceItems(planId, query);
  }

  @Can('recordVoice')
  @Post('plans/:planId/voice')
  @ApiCreatedResponse({ type: VoiceItemResponse })
  createVoiceItem(@Param('planId', IdPipe) planId: string, @Body() dto: CreateVoiceItemDto, @CurrentActor() actor: Actor) {
    return this.voice.createVoiceItem(planId, dto, actor);
  }

  @Can('readPlan')
  @Get('voice/:id')
  @ApiOkResponse({ type: VoiceItemResponse })
  getVoiceItem(@Param('id', IdPipe) id: string) {
    return this.voice.getVoiceItem(id);
  }

  @Can('recordVoice')
  @Patch('voice/:id')
  @ApiOkResponse({ type: VoiceItemResponse })
  updateVoiceItem(@Param('id', IdPipe) id: string, @Body() dto: UpdateVoiceItemDto, @CurrentActor() actor: Actor) {
    return this.voice.updateVoiceItem(id, dto, actor);
  }

  /** "We did": gives or changes the item's response (the plan manager, or an owner of one of its linked actions). */
  @Can('respondToVoice')
  @Put('voice/:id/response')
  @ApiOkResponse({ type: VoiceItemResponse })
  putResponse(@Param('id', IdPipe) id: string, @Body() dto: PutVoiceResponseDto, @CurrentActor() actor: Actor) {
    return this.voice.putResponse(id, dto, actor);
  }
}
