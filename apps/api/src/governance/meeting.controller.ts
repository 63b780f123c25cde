import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow, READERS } from '../auth/policy.decorator';
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

  @Allow(...READERS, 'scrutiny')
  @Get()
  findMeetings(@Query() query: MeetingQueryDto) {
    return this.meetings.findMeetings(query);
  }

  @Allow(...READERS, 'scrutiny')
  @Get(':id')
  getMeeting(@Param('id', IdPipe) id: string) {
    return this.meetings.getMeeting(id);
  }

  @Allow('plan_manager')
  @Post()
  createMeeting(@Body() dto: CreateMeetingDto, @CurrentActor() actor: Actor) {
    return this.meetings.createMeeting(dto, actor);
  }

  @Allow('plan_manager')
  @Patch(':id')
  updateMeeting(@Param('id', IdPipe) id: string, @Body() dto: UpdateMeetingDto, @CurrentActor() actor: Actor) {
    return this.meetings.updateMeeting(id, dto, actor);
  }

  @Allow(...READERS)
  @Get(':id/decisions')
  findMeetingDecisions(@Param('id', IdPipe) id: string, @Query() query: PaginationQueryDto) {
    return this.decisions.findMeetingDecisions(id, query);
  }

  @Allow('plan_manager', 'board_member')
  @Post(':id/decisions')
  recordDecision(@Param('id', IdPipe) id: string, @Body() dto: CreateDecisionDto, @CurrentActor() actor: Actor) {
    return this.decisions.recordDecision(id, dto, actor);
  }
}
