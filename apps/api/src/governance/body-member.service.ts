import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { GovernanceBody } from './governance-body.entity';
import type { BodyMembersResponse } from './governance.response';

/** Who sits on a governance body: the people told when its pack is published. */
@Injectable()
export class BodyMemberService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  async findMembers(bodyId: string): Promise<BodyMembersResponse> {
    await this.findBodyOrFail(bodyId);
    const rows: { user_id: string; display_name: string; email: string }[] = await this.dataSource.query(
      `SELECT m.user_id, u.display_name, u.email FROM governance_body_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.body_id = $1 ORDER BY u.display_name, u.email`, [bodyId],
    );
    return { bodyId, members: rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, email: r.email })) };
  }

  /** Replaces the body's members with these accounts. */
  async setMembers(bodyId: string, userIds: string[], actor: Actor): Promise<BodyMembersResponse> {
    const body = await this.findBodyOrFail(bodyId);
    const ids = [...new Set(userIds)].sort();
    await this.dataSource.transaction(async (em) => {
      const known: { id: string }[] = await em.query('SELECT id FROM app_user WHERE id = ANY($1::uuid[])', [ids]);
      const unknown = ids.filter((id) => !known.some((k) => k.id === id));
      if (unknown.length) throw fieldError('userIds', `There is no account with id ${unknown.join(', ')}`);
      const before: { user_id: string }[] = await em.query('SELECT user_id FROM governance_body_member WHERE body_id = $1 ORDER BY user_id FOR UPDATE', [bodyId]);
      await em.query('DELETE FROM governance_body_member WHERE body_id = $1', [bodyId]);
      if (ids.length) await em.query('INSERT INTO governance_body_member (body_id, user_id) SELECT $1, unnest($2::uuid[])', [bodyId, ids]);
      await this.audit.record(em, actor, {
        entityType: 'governance_body', entityId: bodyId, action: 'set_members', planId: body.planId,
        before: { memberUserIds: before.map((b) => b.user_id) }, after: { memberUserIds: ids },
      });
    });
    return this.findMembers(bodyId);
  }

  private async findBodyOrFail(id: string): Promise<GovernanceBody> {
    const body = await this.dataSource.getRepository(GovernanceBody).findOneBy({ id });
    if (!body) throw new NotFoundException({ message: `There is no governance body with id ${id}`, errors: [] });
    return body;
  }
}
