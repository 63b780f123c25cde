import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { PaginationQueryDto } from '../common/pagination.dto';
import { IdPipe } from '../common/uuid-param.pipe';
import {
  ApproveStatusUpdateDto,
  CreateStatusUpdateDto,
  EditStatusUpdateDto,
  ReturnStatusUpdateDto,
  StatusUpdateQueryDto,
  SubmitStatusUpdateDto,
} from './dto/status-update.dto';
import { PageOf } from '../common/api-response';
import { StatusUpdateResponse } from './status-update.response';
import { StatusUpdateService } from './status-update.service';

@ApiTags('status updates')
@Controller()
export class StatusUpdateController {
  constructor(private readonly updates: StatusUpdateService) {}

  /**
   * Saves the action's update for a period (default: the plan's current period). One update per
   * action per period: 201 when created; 200 when it edited the existing draft or returned update
   * of that period; 409 when that update is already submitted or approved.
   */
  @Post('actions/:id/updates')
  @ApiCreatedResponse({ type: StatusUpdateResponse, description: 'a new update' })
  @ApiOkResponse({ type: StatusUpdateResponse, description: 'the period\'s draft or returned update, edited' })
  @Can('writeUpdate')
  async saveUpdateForPeriod(
    @Param('id', IdPipe) actionId: string,
    @Body() dto: CreateStatusUpdateDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { created, update } = await this.updates.saveUpdateForPeriod(actionId, dto, actor);
    void reply.status(created ? 201 : 200);
    return update;
  }

  /** The action's updates, newest period first, with who did what and when, and moderation comments. */
  @Get('actions/:id/updates')
  @ApiOkResponse({ type: PageOf(StatusUpdateResponse) })
  @Can('readPlan')
  findActionUpdates(@Param('id', IdPipe) actionId: string, @Query() query: PaginationQueryDto, @CurrentActor() actor: Actor) {
    return this.updates.findActionUpdates(actionId, query, actor);
  }

  /**
   * The moderation queue: filter by plan, period and state. Drafts and returned updates are listed
   * only to the action's editors, moderators and plan managers, like every read of an update.
   */
  @Get('updates')
  @ApiOkResponse({ type: PageOf(StatusUpdateResponse) })
  @Can('readPlan')
  findUpdates(@Query() query: StatusUpdateQueryDto, @CurrentActor() actor: Actor) {
    return this.updates.findUpdates(query, actor);
  }

  @Get('updates/:id')
  @ApiOkResponse({ type: StatusUpdateResponse })
  @Can('readPlan')
  getUpdate(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.updates.getUpdate(id, actor);
  }

  @Patch('updates/:id')
  @ApiOkResponse({ type: StatusUpdateResponse })
  @Can('writeUpdate')
  editUpdate(@Param('id', IdPipe) id: string, @Body() dto: EditStatusUpdateDto, @CurrentActor() actor: Actor) {
    return this.updates.editUpdate(id, dto, actor);
  }

  @Post('updates/:id/submit')
  @ApiOkResponse({ type: StatusUpdateResponse })
  @Can('writeUpdate')
  @HttpCode(200)
  submitUpdate(@Param('id', IdPipe) id: string, @Body() dto: SubmitStatusUpdateDto, @CurrentActor() actor: Actor) {
    return this.updates.submitUpdate(id, dto, actor);
  }

  /** Approves the update: its proposed statuses become the action's official status. */
  @Post('updates/:id/approve')
  @ApiOkResponse({ type: StatusUpdateResponse })
  @Can('moderate')
  @HttpCode(200)
  approveUpdate(@Param('id', IdPipe) id: string, @Body() dto: ApproveStatusUpdateDto, @CurrentActor() actor: Actor) {
    return this.updates.approveUpdate(id, dto, actor);
  }

  /** Returns the update to its author with a comment saying what to change. */
  @Post('updates/:id/return')
  @ApiOkResponse({ type: StatusUpdateResponse })
  @Can('moderate')
  @HttpCode(200)
  returnUpdate(@Param('id', IdPipe) id: string, @Body() dto: ReturnStatusUpdateDto, @CurrentActor() actor: Actor) {
    return this.updates.returnUpdate(id, dto, actor);
  }
}
