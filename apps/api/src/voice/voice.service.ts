import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canRespondToVoice, checkVoiceResponseDate, todayIso, VOICE_KINDS_AWAITING_RESPONSE, voiceAsAt } from '@send/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { Action } from '../action/action.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { FieldError, violationsException } from '../common/error-envelope';
import { Page, toPage } from '../common/pagination.dto';
import { assertCurrentVersion } from '../common/versioning';
import { Plan } from '../plan/plan.entity';
import { PriorityArea } from '../priority-area/priority-area.entity';
import { CreateVoiceItemDto, PutVoiceResponseDto, UpdateVoiceItemDto, VoiceQueryDto } from './dto/voice.dto';
import { VoiceItem, VoiceItemAction, VoiceItemPriorityArea } from './voice-item.entity';
import { VoiceResponse, VoiceResponseAction } from './voice-response.entity';
import { toVoiceItemAuditState, toVoiceItemResponse, toVoiceResponseAuditState, VoiceItemResponse } from './voice.response';

const AWAITING = VOICE_KINDS_AWAITING_RESPONSE as string[];

/** "You said, we did": what children, young people and families said, and what the partnership did about it. */
@Injectable()
export class VoiceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  async findVoiceItems(planId: string, query: VoiceQueryDto): Promise<Page<VoiceItemResponse>> {
    await this.assertPlan(this.dataSource.manager, planId);
    const qb = this.dataSource.getRepository(VoiceItem).createQueryBuilder('v').select('v.id', 'id')
      .where('v.plan_id = :planId', { planId });
    if (query.unanswered === true) {
      qb.andWhere('v.kind IN (:...awaiting)', { awaiting: AWAITING })
        .andWhere('NOT EXISTS (SELECT 1 FROM voice_response r WHERE r.voice_item_id = v.id)');
    } else if (query.unanswered === false) {
      qb.andWhere('(v.kind NOT IN (:...awaiting) OR EXISTS (SELECT 1 FROM voice_response r WHERE r.voice_item_id = v.id))', { awaiting: AWAITING });
    }
    if (query.priorityAreaId) {
      qb.andWhere('EXISTS (SELECT 1 FROM voice_item_priority_area l WHERE l.voice_item_id = v.id AND l.priority_area_id = :priorityAreaId)', { priorityAreaId: query.priorityAreaId });
    }
    if (query.actionId) {
      qb.andWhere('EXISTS (SELECT 1 FROM voice_item_action l WHERE l.voice_item_id = v.id AND l.action_id = :actionId)', { actionId: query.actionId });
    }
    if (query.source) qb.andWhere('v.source = :source', { source: query.source });
    if (query.kind) qb.andWhere('v.kind = :kind', { kind: query.kind });
    if (query.voiceOf) qb.andWhere('v.voice_of = :voiceOf', { voiceOf: query.voiceOf });
    const total = await qb.clone().getCount();
    const rows = await qb.orderBy('v.heard_on', 'DESC').addOrderBy('v.created_at', 'ASC').addOrderBy('v.id', 'ASC')
      .offset((query.page - 1) * query.pageSize).limit(query.pageSize).getRawMany<{ id: string }>();
    return toPage(await this.loadItems(this.dataSource.manager, rows.map((r) => r.id)), total, query);
  }

  /**
   * The plan's voice items as they stood at the end of `asAt`, for a pack or report of that day:
   * those heard by then, each with its response only if given by then.
   */
  async findVoiceAsAt(planId: string, asAt: string, em: EntityManager = this.dataSource.manager): Promise<VoiceItemResponse[]> {
    const rows = await em.getRepository(VoiceItem).createQueryBuilder('v').select('v.id', 'id')
      .where('v.plan_id = :planId', { planId }).andWhere('v.heard_on <= :asAt', { asAt })
      .orderBy('v.heard_on', 'DESC').addOrderBy('v.created_at', 'ASC').addOrderBy('v.id', 'ASC')
      .getRawMany<{ id: string }>();
    const items = await this.loadItems(em, rows.map((r) => r.id));
    return voiceAsAt(items, asAt).map((item) => ({ ...item, unanswered: AWAITING.includes(item.kind) && item.response === null }));
  }

  async getVoiceItem(id: string, em: EntityManager = this.dataSource.manager): Promise<VoiceItemResponse> {
    const [item] = await this.loadItems(em, [id]);
    if (!item) throw notFound(id);
    return item;
  }

  async createVoiceItem(planId: string, dto: CreateVoiceItemDto, actor: Actor): Promise<VoiceItemResponse> {
    return this.dataSource.transaction(async (em) => {
      await this.assertPlan(em, planId);
      await this.assertLinks(em, planId, { priorityAreaIds: dto.priorityAreaIds, actionIds: dto.actionIds });
      const saved = await em.save(em.create(VoiceItem, {
        planId, source: dto.source, voiceOf: dto.voiceOf, heardOn: dto.heardOn, cohortSize: dto.cohortSize ?? null, kind: dto.kind,
        words: dto.words, sourceTitle: dto.sourceTitle ?? '', illustrative: dto.illustrative ?? false,
      }));
      const links = { priorityAreaIds: unique(dto.priorityAreaIds ?? []), actionIds: unique(dto.actionIds ?? []) };
      await this.writeItemLinks(em, saved.id, links);
      await this.audit.record(em, actor, { entityType: 'voice_item', entityId: saved.id, action: 'create', planId, after: toVoiceItemAuditState(saved, links) });
      return this.getVoiceItem(saved.id, em);
    });
  }

  async updateVoiceItem(id: string, dto: UpdateVoiceItemDto, actor: Actor): Promise<VoiceItemResponse> {
    return this.dataSource.transaction(async (em) => {
      const item = await em.findOne(VoiceItem, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw notFound(id);
      const beforeLinks = await this.itemLinks(em, id);
      assertCurrentVersion(item, dto.version, () => toVoiceItemAuditState(item, beforeLinks));
      const before = toVoiceItemAuditState(item, beforeLinks);
      await this.assertLinks(em, item.planId, { priorityAreaIds: dto.priorityAreaIds, actionIds: dto.actionIds });
      if (dto.heardOn !== undefined) {
        const response = await em.findOne(VoiceResponse, { where: { voiceItemId: id } });
        if (response) {
          const problems = checkVoiceResponseDate(dto.heardOn, response.respondedOn, '9999-12-31');
          if (problems.length) throw violationsException([{ field: 'heardOn', message: `It was heard before it was answered, on ${response.respondedOn}.` }]);
        }
        item.heardOn = dto.heardOn;
      }
      if (dto.source !== undefined) item.source = dto.source;
      if (dto.voiceOf !== undefined) item.voiceOf = dto.voiceOf;
      if (dto.cohortSize !== undefined) item.cohortSize = dto.cohortSize;
      if (dto.kind !== undefined) item.kind = dto.kind;
      if (dto.words !== undefined) item.words = dto.words;
      if (dto.sourceTitle !== undefined) item.sourceTitle = dto.sourceTitle;
      if (dto.illustrative !== undefined) item.illustrative = dto.illustrative;
      const links = {
        priorityAreaIds: dto.priorityAreaIds !== undefined ? unique(dto.priorityAreaIds) : beforeLinks.priorityAreaIds,
        actionIds: dto.actionIds !== undefined ? unique(dto.actionIds) : beforeLinks.actionIds,
      };
      await em.delete(VoiceItemPriorityArea, { voiceItemId: id });
      await em.delete(VoiceItemAction, { voiceItemId: id });
      await this.writeItemLinks(em, id, links);
      // The version moves on with any change, links included.
      item.updatedAt = new Date();
      const saved = await em.save(VoiceItem, item);
      await this.audit.record(em, actor, { entityType: 'voice_item', entityId: id, action: 'update', planId: item.planId, before, after: toVoiceItemAuditState(saved, links) });
      return this.getVoiceItem(id, em);
    });
  }

  /**
   * Gives or changes the response to an item: the plan manager, or an owner of one of the item's
   * linked actions. Replacing a response needs the version it was read at.
   */
  async putResponse(itemId: string, dto: PutVoiceResponseDto, actor: Actor): Promise<VoiceItemResponse> {
    return this.dataSource.transaction(async (em) => {
      const item = await em.findOne(VoiceItem, { where: { id: itemId }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw notFound(itemId);
      const linked = await em.find(Action, {
        where: { id: In((await this.itemLinks(em, itemId)).actionIds) },
        select: { id: true, ownerPersonId: true, ownerOrganisationId: true },
      });
      if (!canRespondToVoice(actor, linked)) {
        throw new ForbiddenException({ message: 'Only the plan manager or an owner of an action this item is linked to can respond to it', errors: [] });
      }
      const existing = await em.findOne(VoiceResponse, { where: { voiceItemId: itemId }, lock: { mode: 'pessimistic_write' } });
      const existingActionIds = existing ? (await em.find(VoiceResponseAction, { where: { voiceResponseId: existing.id } })).map((l) => l.actionId) : [];
      if (existing) {
        if (dto.version === undefined) {
          throw new ConflictException({
            message: 'This item already has a response: send the version you read to change it.',
            errors: [{ field: 'version', message: 'Give the version of the response you are changing' }],
            current: toVoiceResponseAuditState(existing, existingActionIds),
          });
        }
        assertCurrentVersion(existing, dto.version, () => toVoiceResponseAuditState(existing, existingActionIds));
      } else if (dto.version !== undefined) {
        throw new ConflictException({
          message: 'This item has no response to change (it may have been removed): give the response afresh.',
          errors: [{ field: 'version', message: 'There is no response at this version' }],
          current: null,
        });
      }
      const problems: FieldError[] = [...checkVoiceResponseDate(item.heardOn, dto.respondedOn, todayIso())];
      problems.push(...(await this.linkProblems(em, item.planId, { actionIds: dto.actionIds })));
      if (problems.length) throw violationsException(problems);

      const before = existing ? toVoiceResponseAuditState(existing, existingActionIds) : null;
      const response = existing ?? em.create(VoiceResponse, { voiceItemId: itemId, illustrative: false });
      response.whatChanged = dto.whatChanged;
      response.respondedOn = dto.respondedOn;
      response.status = dto.status;
      response.respondedBy = actor.label;
      response.respondedByUserId = actor.id;
      if (existing) response.updatedAt = new Date();
      const saved = await em.save(VoiceResponse, response);
      const actionIds = dto.actionIds !== undefined ? unique(dto.actionIds) : existingActionIds;
      await em.delete(VoiceResponseAction, { voiceResponseId: saved.id });
      if (actionIds.length) await em.insert(VoiceResponseAction, actionIds.map((actionId) => ({ voiceResponseId: saved.id, actionId })));
      await this.audit.record(em, actor, {
        entityType: 'voice_response', entityId: saved.id, action: existing ? 'update' : 'create', planId: item.planId,
        before, after: toVoiceResponseAuditState(saved, actionIds),
      });
      return this.getVoiceItem(itemId, em);
    });
  }

  private async loadItems(em: EntityManager, ids: string[]): Promise<VoiceItemResponse[]> {
    if (ids.length === 0) return [];
    const items = await em.find(VoiceItem, {
      where: { id: In(ids) },
      relations: { priorityAreaLinks: { priorityArea: true }, actionLinks: { action: true }, response: { actionLinks: { action: true } } },
    });
    const byId = new Map(items.map((i) => [i.id, i]));
    return ids.flatMap((id) => { const item = byId.get(id); return item ? [toVoiceItemResponse(item)] : []; });
  }

  private async itemLinks(em: EntityManager, id: string) {
    const [areas, actions] = await Promise.all([
      em.find(VoiceItemPriorityArea, { where: { voiceItemId: id } }),
      em.find(VoiceItemAction, { where: { voiceItemId: id } }),
    ]);
    return { priorityAreaIds: areas.map((l) => l.priorityAreaId), actionIds: actions.map((l) => l.actionId) };
  }

  private async writeItemLinks(em: EntityManager, voiceItemId: string, links: { priorityAreaIds: string[]; actionIds: string[] }) {
    if (links.priorityAreaIds.length) await em.insert(VoiceItemPriorityArea, links.priorityAreaIds.map((priorityAreaId) => ({ voiceItemId, priorityAreaId })));
    if (links.actionIds.length) await em.insert(VoiceItemAction, links.actionIds.map((actionId) => ({ voiceItemId, actionId })));
  }

  private async assertPlan(em: EntityManager, planId: string) {
    if (!(await em.exists(Plan, { where: { id: planId } }))) throw new NotFoundException({ message: `There is no plan with id ${planId}`, errors: [] });
  }

  private async assertLinks(em: EntityManager, planId: string, links: { priorityAreaIds?: string[]; actionIds?: string[] }) {
    const problems = await this.linkProblems(em, planId, links);
    if (problems.length) throw violationsException(problems);
  }

  /** Linked priority areas and actions must be the plan's own: one problem per field. */
  private async linkProblems(em: EntityManager, planId: string, links: { priorityAreaIds?: string[]; actionIds?: string[] }): Promise<FieldError[]> {
    const problems: FieldError[] = [];
    const areaIds = unique(links.priorityAreaIds ?? []);
    if (areaIds.length && (await em.count(PriorityArea, { where: { id: In(areaIds), planId } })) !== areaIds.length) {
      problems.push({ field: 'priorityAreaIds', message: 'Every priority area must be one of this plan\'s' });
    }
    const actionIds = unique(links.actionIds ?? []);
    if (actionIds.length && (await em.count(Action, { where: { id: In(actionIds), planId } })) !== actionIds.length) {
      problems.push({ field: 'actionIds', message: 'Every action must be one of this plan\'s' });
    }
    return problems;
  }
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

function notFound(id: string) {
  return new NotFoundException({ message: `There is no voice item with id ${id}`, errors: [] });
}
