import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PriorityAreaResponse } from './priority-area.response';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreatePriorityAreaDto, UpdatePriorityAreaDto } from './dto/priority-area.dto';
import { PriorityAreaService } from './priority-area.service';

@ApiTags('priority areas')
@Controller('priority-areas')
export class PriorityAreaController {
  constructor(private readonly areas: PriorityAreaService) {}

  @Get(':id')
  @ApiOkResponse({ type: PriorityAreaResponse })
  @Can('readPlan')
  getPriorityArea(@Param('id', IdPipe) id: string) {
    return this.areas.getPriorityArea(id);
  }

  @Post()
  @ApiCreatedResponse({ type: PriorityAreaResponse })
  @Can('managePlan')
  createPriorityArea(@Body() dto: CreatePriorityAreaDto, @CurrentActor() actor: Actor) {
    return this.areas.createPriorityArea(dto, actor);
  }

  @Patch(':id')
  @ApiOkResponse({ type: PriorityAreaResponse })
  @Can('managePlan')
  updatePriorityArea(@Param('id', IdPipe) id: string, @Body() dto: UpdatePriorityAreaDto, @CurrentActor() actor: Actor) {
    return this.areas.updatePriorityArea(id, dto, actor);
  }
}
