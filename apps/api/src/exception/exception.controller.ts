import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiCompiledOkResponse } from '../common/compiled-response';
import { Can } from '../auth/policy.decorator';
import { IdPipe } from '../common/uuid-param.pipe';
import { SummaryQueryDto } from '../plan/dto/plan-query.dto';
import { PlanExceptions } from './exception.response';
import { ExceptionService } from './exception.service';

@ApiTags('plans')
@Controller('plans/:planId/exceptions')
export class ExceptionController {
  constructor(private readonly exceptions: ExceptionService) {}

  /**
   * The actions a board should look at: off track, overdue, without an approved update for over two
   * periods (unless complete), or whose status contradicts their dates, milestones or evidence.
   * With `asAt`, as they stood at the end of that day; packs list the same.
   */
  @Get()
  @Can('readPlan')
  @ApiCompiledOkResponse(PlanExceptions)
  findExceptions(@Param('planId', IdPipe) planId: string, @Query() query: SummaryQueryDto) {
    return this.exceptions.findExceptions(planId, query.asAt);
  }
}
