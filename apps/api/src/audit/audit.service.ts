import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, draftUpdateScope, SHARED_UPDATE_STATES } from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { Page, toPage } from '../common/pagination.dto';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventResponse } from './audit.response';
import { AuditQueryDto } from './dto/audit-query.dto';

/** Audit events about accounts and sign-ins, shown to administrators only. */
export const ACCOUNT_ENTITY_TYPES = ['user', 'session', 'notification_preference'];

export interface AuditRecord {
  entityType: string;
  entityId: string | null;
  action: string;
  planId?: string | null;
  before?: object | null;
  after?: object | null;
}

// Events a statement: bounds the size of one statement's arrays.
const AUDIT_INSERT_CHUNK = 2000;

/** Writes and reads the append-only audit log. Writes always join the caller's transaction. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(em: EntityManager, actor: Actor, event: AuditRecord): Promise<void> {
    // Without RETURNING: an event of no local area (a failed sign-in) may be written, but read back by no one.
    const json = (value: object | null | undefined) => { const v = toJson(value); return v === null ? null : JSON.stringify(v); };
    await em.query(
      `INSERT INTO audit_event (actor_id, actor_label, plan_id, entity_type, entity_id, action, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [actor.id, actor.label, event.planId ?? null, event.entityType, event.entityId, event.action, json(event.before), json(event.after)],
    );
  }

  /** Many events at once, in as few statements as the database allows: for bulk writes such as an import. */
  async recordMany(em: EntityManager, actor: Actor, events: readonly AuditRecord[]): Promise<void> {
    for (let i = 0; i < events.length; i += AUDIT_INSERT_CHUNK) {
      const chunk = events.slice(i, i + AUDIT_INSERT_CHUNK);
      const json = (value: object | null | undefined) => (value == null ? null : JSON.stringify(value));
      // unnest keeps the event order in the identity column, as one record() after another would.
      await em.query(
        `INSERT INTO audit_event (actor_id, actor_label, plan_id, entity_type, entity_id, action, before, after)
         SELECT $1::uuid, $2::text, u.plan_id, u.entity_type, u.entity_id, u.action, u.before, u.after
           FROM unnest($3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::jsonb[], $8::jsonb[]) WITH ORDINALITY
                AS u(plan_id, entity_type, entity_id, action, before, after, n)
          ORDER BY u.n`,
        [
          actor.id, actor.label,
          chunk.map((e) => e.planId ?? null), chunk.map((e) => e.entityType), chunk.map((e) => e.entityId),
          chunk.map((e) => e.action), chunk.map((e) => json(e.before)), chunk.map((e) => json(e.after)),
        ],
      );
    }
  }

  /**
   * Sign-ins and account changes carry email addresses: only administrators read them. Draft
   * status updates are hidden from those who may not read them.
   */
  async findEvents(query: AuditQueryDto, reader: Actor): Promise<Page<AuditEventResponse>> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.planId) qb.andWhere('e.plan_id = :planId', { planId: query.planId });
    // Changes to accounts are seen by those who manage them.
    if (!can(reader.roles, 'manageUsers')) qb.andWhere('e.entity_type NOT IN (:...accountTypes)', { accountTypes: ACCOUNT_ENTITY_TYPES });
    // A status update's events while it is a draft (or returned) carry its working notes: only
    // readers of every draft see them here (the audit trail is no place for an owner's own drafts).
    if (draftUpdateScope(reader) !== 'all') {
      qb.andWhere(`NOT (e.entity_type = 'status_update' AND coalesce(e.after ->> 'state', '') NOT IN (:...sharedStates))`, { sharedStates: SHARED_UPDATE_STATES });
    }
    qb.orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC').skip((query.page - 1) * query.pageSize).take(query.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return toPage(rows.map(toAuditEventResponse), total, query);
  }
}

function toJson(value: object | null | undefined): Record<string, unknown> | null {
  return value == null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}

export function toAuditEventResponse(e: AuditEvent): AuditEventResponse {
  return {
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    actor: { id: e.actorId, label: e.actorLabel },
    planId: e.planId,
    entityType: e.entityType,
    entityId: e.entityId,
    action: e.action,
    before: e.before,
    after: e.after,
  };
}
