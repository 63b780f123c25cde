import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { Page, toPage } from '../common/pagination.dto';
import { AuditEvent } from './audit-event.entity';
import { AuditQueryDto } from './dto/audit-query.dto';

/** Audit events about accounts and sign-ins, shown to administrators only. */
export const ACCOUNT_ENTITY_TYPES = ['user', 'session'];

export interface AuditRecord {
  entityType: string;
  entityId: string | null;
  action: string;
  planId?: string | null;
  before?: object | null;
  after?: object | null;
}

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

  /**
   * Sign-ins and account changes carry email addresses: only administrators read them.
   */
  async findEvents(query: AuditQueryDto, reader: Actor): Promise<Page<ReturnType<typeof toAuditEventResponse>>> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.planId) qb.andWhere('e.plan_id = :planId', { planId: query.planId });
    if (!reader.roles.includes('admin')) qb.andWhere('e.entity_type NOT IN (:...accountTypes)', { accountTypes: ACCOUNT_ENTITY_TYPES });
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
