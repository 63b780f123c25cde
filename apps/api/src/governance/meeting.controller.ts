import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageOf } from '../common/api-response';
import { DecisionResponse, MeetingDetailResponse, MeetingResponse } from './governance.response';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { PaginationQueryDto } from '../common/pagination.dto';
import { IdPipe } from '../common/uuid-param.pipe';
import { DecisionService } from './decision.service';
import { CreateDecisionDto } from './dto/decision.dto';
import { CreateMeetingDto, MeetingQueryDto, UpdateMeetingDto } from './dto/meeting.dto';
import { MeetingService } from './meeting.service';

@ApiTags('governance')
@Controller('meetings')
export class MeetingController {
  constructor(private readonly meetings: MeetingService, private readonly decisions: DecisionService) {}

  @Can('readMeetings')
  @Get()
  @ApiOkResponse({ type: PageOf(MeetingResponse) })
  findMeetings(@Query() query: MeetingQueryDto) {
    return this.meetings.findMeetings(query);
  }

  @Can('readMeetings')
  @Get(':id')
  @ApiOkResponse({ type: MeetingDetailResponse })
  getMeeting(@Param('id', IdPipe) id: string) {
    return this.meetings.getMeeting(id);
  }

  /** A plan manager, any body's; a school's SENCO, their own school plan's governing board's (the service checks). */
  @Can('managePlanCalendar')
  @Post()
  @ApiCreatedResponse({ type: MeetingDetailResponse })
  createMeeting(@Body() dto: CreateMeetingDto, @CurrentActor() actor: Actor) {
    return this.meetings.createMeeting(dto, actor);
  }

  /** A plan manager, any meeting; a school's SENCO, their own school plan's governing board's (the service checks). */
  @Can('managePlanCalendar')
  @Patch(':id')
  @ApiOkResponse({ type: MeetingDetailResponse })
  updateMeeting(@Param('id', IdPipe) id: string, @Body() dto: UpdateMeetingDto, @CurrentActor() actor: Actor) {
    return this.meetings.updateMeeting(id, dto, actor);
  }

  @Can('readDecisions')
  @Get(':id/decisions')
  @ApiOkResponse({ type: PageOf(DecisionResponse) })
  findMeetingDecisions(@Param('id', IdPipe) id: string, @Query() query: PaginationQueryDto) {
    return this.decisions.findMeetingDecisions(id, query);
  }

  @Can('recordDecision')
  @Post(':id/decisions')
  @ApiCreatedResponse({ type: DecisionResponse })
  recordDecision(@Param('id', IdPipe) id: string, @Body() dto: CreateDecisionDto, @CurrentActor() actor: Actor) {
    return this.decisions.recordDecision(id, dto, actor);
  }
}
