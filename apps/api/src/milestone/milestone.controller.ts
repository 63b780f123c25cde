import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreateMilestoneDto, UpdateMilestoneDto } from './dto/milestone.dto';
import { MilestoneService } from './milestone.service';

@ApiTags('milestones')
@Controller()
export class MilestoneController {
  constructor(private readonly milestones: MilestoneService) {}

  @Post('actions/:id/milestones')
  addMilestone(@Param('id', IdPipe) actionId: string, @Body() dto: CreateMilestoneDto, @CurrentActor() actor: Actor) {
    return this.milestones.addMilestone(actionId, dto, actor);
  }

  @Patch('milestones/:id')
  updateMilestone(@Param('id', IdPipe) id: string, @Body() dto: UpdateMilestoneDto, @CurrentActor() actor: Actor) {
    return this.milestones.updateMilestone(id, dto, actor);
  }
}
