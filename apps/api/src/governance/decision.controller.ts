import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageOf } from '../common/api-response';
import { DecisionResponse } from './governance.response';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { DecisionService } from './decision.service';
import { DecisionQueryDto, UpdateDecisionDto } from './dto/decision.dto';

@ApiTags('governance')
@Controller('decisions')
export class DecisionController {
  constructor(private readonly decisions: DecisionService) {}

  /** The decisions log: open ones first, soonest due first. */
  @Can('readDecisions')
  @Get()
  @ApiOkResponse({ type: PageOf(DecisionResponse) })
  findDecisions(@Query() query: DecisionQueryDto) {
    return this.decisions.findDecisions(query);
  }

  @Can('readDecisions')
  @Get(':id')
  @ApiOkResponse({ type: DecisionResponse })
  getDecision(@Param('id', IdPipe) id: string) {
    return this.decisions.getDecision(id);
  }

  /** Edits, closes (status closed + closingNote) or reopens a decision. */
  @Can('recordDecision')
  @Patch(':id')
  @ApiOkResponse({ type: DecisionResponse })
  updateDecision(@Param('id', IdPipe) id: string, @Body() dto: UpdateDecisionDto, @CurrentActor() actor: Actor) {
    return this.decisions.updateDecision(id, dto, actor);
  }
}
