import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { ActionService } from './action.service';
import { ActionQueryDto } from './dto/action-query.dto';
import { CreateActionDto } from './dto/create-action.dto';
import { ArchiveDto, UpdateActionDto } from './dto/update-action.dto';

@ApiTags('actions')
@Controller('actions')
export class ActionController {
  constructor(private readonly actions: ActionService) {}

  @Get()
  @Can('readPlan')
  findActions(@Query() query: ActionQueryDto) {
    return this.actions.findActions(query);
  }

  @Get(':id')
  @Can('readPlan')
  getAction(@Param('id', IdPipe) id: string) {
    return this.actions.getAction(id);
  }

  /** Every change of the action's statuses and reportable fields, with who, how and why: for every reader, its owner included. */
  @Get(':id/history')
  @Can('readPlan')
  getHistory(@Param('id', IdPipe) id: string) {
    return this.actions.getHistory(id);
  }

  @Post()
  @Can('managePlan')
  createAction(@Body() dto: CreateActionDto, @CurrentActor() actor: Actor) {
    return this.actions.createAction(dto, actor);
  }

  /** A plan manager edits any action; an action owner some fields of their own (checked in the service). */
  @Patch(':id')
  @Can('editAction')
  updateAction(@Param('id', IdPipe) id: string, @Body() dto: UpdateActionDto, @CurrentActor() actor: Actor) {
    return this.actions.updateAction(id, dto, actor);
  }

  /** Actions are archived, never deleted: the plan's history must stay whole. */
  @Post(':id/archive')
  @Can('managePlan')
  @HttpCode(200)
  archiveAction(@Param('id', IdPipe) id: string, @Body() dto: ArchiveDto, @CurrentActor() actor: Actor) {
    return this.actions.archiveAction(id, dto.version, actor);
  }
}
