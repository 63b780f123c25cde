import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { PageOf } from '../common/api-response';
import { ApiCompiledOkResponse } from '../common/compiled-response';
import { IdPipe } from '../common/uuid-param.pipe';
import { ActionDetailResponse, ActionHistoryResponse, ActionResponse } from './action.response';
import { ActionService } from './action.service';
import { ActionQueryDto } from './dto/action-query.dto';
import { CreateActionDto } from './dto/create-action.dto';
import { ArchiveDto, UpdateActionDto } from './dto/update-action.dto';

@ApiTags('actions')
@Controller('actions')
export class ActionController {
  constructor(private readonly actions: ActionService) {}

  @Get()
  @ApiCompiledOkResponse(PageOf(ActionResponse))
  @Can('readPlan')
  findActions(@Query() query: ActionQueryDto) {
    return this.actions.findActions(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ActionDetailResponse })
  @Can('readPlan')
  getAction(@Param('id', IdPipe) id: string) {
    return this.actions.getAction(id);
  }

  /** Every change of the action's statuses and reportable fields, with who, how and why: for every reader, its owner included. */
  @Get(':id/history')
  @ApiOkResponse({ type: ActionHistoryResponse })
  @Can('readPlan')
  getHistory(@Param('id', IdPipe) id: string) {
    return this.actions.getHistory(id);
  }

  @Post()
  @ApiCreatedResponse({ type: ActionDetailResponse })
  @Can('managePlan')
  createAction(@Body() dto: CreateActionDto, @CurrentActor() actor: Actor) {
    return this.actions.createAction(dto, actor);
  }

  /** A plan manager edits any action; an action owner some fields of their own (checked in the service). */
  @Patch(':id')
  @ApiOkResponse({ type: ActionDetailResponse })
  @Can('editAction')
  updateAction(@Param('id', IdPipe) id: string, @Body() dto: UpdateActionDto, @CurrentActor() actor: Actor) {
    return this.actions.updateAction(id, dto, actor);
  }

  /** Actions are archived, never deleted: the plan's history must stay whole. */
  @Post(':id/archive')
  @ApiOkResponse({ type: ActionDetailResponse })
  @Can('managePlan')
  @HttpCode(200)
  archiveAction(@Param('id', IdPipe) id: string, @Body() dto: ArchiveDto, @CurrentActor() actor: Actor) {
    return this.actions.archiveAction(id, dto.version, actor);
  }
}
