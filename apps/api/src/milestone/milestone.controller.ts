import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MilestoneResponse } from './milestone.response';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreateMilestoneDto, UpdateMilestoneDto } from './dto/milestone.dto';
import { MilestoneService } from './milestone.service';

@ApiTags('milestones')
@Controller()
export class MilestoneController {
  constructor(private readonly milestones: MilestoneService) {}

  /** A plan manager, or the owner of the action (checked in the service). */
  @Post('actions/:id/milestones')
  @ApiCreatedResponse({ type: MilestoneResponse })
  @Can('editAction')
  addMilestone(@Param('id', IdPipe) actionId: string, @Body() dto: CreateMilestoneDto, @CurrentActor() actor: Actor) {
    return this.milestones.addMilestone(actionId, dto, actor);
  }

  @Patch('milestones/:id')
  @ApiOkResponse({ type: MilestoneResponse })
  @Can('editAction')
  updateMilestone(@Param('id', IdPipe) id: string, @Body() dto: UpdateMilestoneDto, @CurrentActor() actor: Actor) {
    return this.milestones.updateMilestone(id, dto, actor);
  }
}
