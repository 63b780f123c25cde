import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '../common/actor';
import { Page, toPage } from '../common/pagination.dto';
import { AuditEvent } from './audit-event.entity';
import { AuditQueryDto } from './dto/audit-query.dto';

export interface AuditRecord {
  entityType: string;
  entityId: string | null;
  action: string;
  planId?: string | null;
  before?: object | null;
  after?: object | null;
}

// Nine parameters a row, well under PostgreSQL's 65,535 per statement.
const AUDIT_INSERT_CHUNK = 1000;

/** Writes and reads the append-only audit log. Writes always join the caller's transaction. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(em: EntityManager, actor: Actor, event: AuditRecord): Promise<void> {
    await em.save(em.create(AuditEvent, {
      actorId: actor.id,
      actorLabel: actor.label,
      planId: event.planId ?? null,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      before: toJson(event.before),
      after: toJson(event.after),
    }));
  }

  /** Many events at once, in as few statements as the database allows: for bulk writes such as an import. */
  async recordMany(em: EntityManager, actor: Actor, events: readonly AuditRecord[]): Promise<void> {
    const rows = events.map((event): Partial<AuditEvent> => ({
      actorId: actor.id,
      actorLabel: actor.label,
      planId: event.planId ?? null,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      before: toJson(event.before),
      after: toJson(event.after),
    }));
    for (let i = 0; i < rows.length; i += AUDIT_INSERT_CHUNK) {
      await em.insert(AuditEvent, rows.slice(i, i + AUDIT_INSERT_CHUNK) as QueryDeepPartialEntity<AuditEvent>[]);
    }
  }

  async findEvents(query: AuditQueryDto): Promise<Page<ReturnType<typeof toAuditEventResponse>>> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.planId) qb.andWhere('e.plan_id = :planId', { planId: query.planId });
    qb.orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC').skip((query.page - 1) * query.pageSize).take(query.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return toPage(rows.map(toAuditEventResponse), total, query);
  }
}

function toJson(value: object | null | undefined): Record<string, unknown> | null {
  return value == null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}

export function toAuditEventResponse(e: AuditEvent) {
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
