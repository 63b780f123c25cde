import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { UpdateProgressResponse } from './update-progress';
import { UpdateProgressService } from './update-progress.service';

@ApiTags('status updates')
@Controller('plans/:planId/periods/:periodId/progress')
export class UpdateProgressController {
  constructor(private readonly progress: UpdateProgressService) {}

  /**
   * Update tracking for the period: counts of actions with an approved, submitted, draft (including
   * returned) or missing update; the actions missing one, with their owners; stale actions (no
   * approved update for more than two periods) and inconsistent ones (status at odds with dates,
   * milestones or evidence, judged today).
   */
  @Get()
  @ApiOkResponse({ type: UpdateProgressResponse })
  @Can('readPlan')
  getProgress(@Param('planId', IdPipe) planId: string, @Param('periodId', IdPipe) periodId: string, @CurrentActor() actor: Actor) {
    return this.progress.getProgress(planId, periodId, actor);
  }
}
