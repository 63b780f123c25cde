import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { Actor, CurrentActor } from '../common/actor';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { CreateGovernanceBodyDto, GovernanceBodyQueryDto } from './dto/meeting.dto';
import { GovernanceBodyList, GovernanceBodyResponse } from './governance.response';
import { MeetingService } from './meeting.service';

@ApiTags('governance')
@Controller('governance-bodies')
export class GovernanceBodyController {
  constructor(private readonly meetings: MeetingService) {}

  /** The plan's boards, groups and committees, each with its last and next meeting. */
  @Can('readMeetings')
  @Get()
  @ApiOkResponse({ type: GovernanceBodyList })
  findBodies(@Query() query: GovernanceBodyQueryDto) {
    return this.meetings.findBodies(query);
  }

  @Can('manageGovernance')
  @Post()
  @ApiCreatedResponse({ type: GovernanceBodyResponse })
  createBody(@Body() dto: CreateGovernanceBodyDto, @CurrentActor() actor: Actor) {
    return this.meetings.createBody(dto, actor);
  }
}
