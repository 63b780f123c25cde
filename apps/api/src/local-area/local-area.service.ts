import { ForbiddenException, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayIso } from '@send/domain';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AuditService } from '../audit/audit.service';
import { hashPassword, normaliseEmail, randomPassword } from '../auth/password';
import { User } from '../auth/user.entity';
import { toUserAuditState } from '../auth/user.response';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { currentLocalAreaIds, scopePoolToLocalAreas } from '../db/local-area-context';
import { CreateLocalAreaDto } from './dto/create-local-area.dto';
import { LocalArea } from './local-area.entity';
import {
  LOCAL_AREA_MEASURES_SQL, LOCAL_AREA_SUMMARY_SQL, type LocalAreaMeasureRow, type LocalAreaSummary, type LocalAreaSummaryRow, toLocalAreaSummaries,
} from './local-area-summary';
import { toLocalAreaResponse } from './local-area.response';

/** Local areas (the tenants): created by the installation's administrators, compared by advisers. */
@Injectable()
export class LocalAreaService implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  /** Every connection the app takes from now on carries the local areas of the work that asked for it. */
  onModuleInit(): void {
    scopePoolToLocalAreas((this.dataSource.driver as PostgresDriver).master as Pool);
  }

  /** The local area with this slug, made if there is none yet (for the demo seed and the first administrator). */
  async ensureLocalArea(area: { name: string; slug: string; councilName?: string; icbName?: string }): Promise<LocalArea> {
    const repository = this.dataSource.getRepository(LocalArea);
    await repository.createQueryBuilder().insert().values({ councilName: '', icbName: '', ...area }).orIgnore().execute();
    return repository.findOneOrFail({ where: { slug: area.slug } });
  }

  async listLocalAreas(actor: Actor) {
    assertInstallationAdmin(actor);
    const areas = await this.dataSource.getRepository(LocalArea).find({ order: { name: 'ASC' } });
    return areas.map(toLocalAreaResponse);
  }

  /**
   * A new local area and its first administrator, whose random password is answered this once
   * (only its hash is kept). The event is recorded in the installation administrator's own area.
   */
  async createLocalArea(dto: CreateLocalAreaDto, actor: Actor) {
    assertInstallationAdmin(actor);
    const password = randomPassword();
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (em) => {
      if (await em.exists(LocalArea, { where: { slug: dto.slug } })) throw fieldError('slug', 'Another local area already has this slug', 409);
      const email = normaliseEmail(dto.administrator.email);
      if (await em.exists(User, { where: { email } })) throw fieldError('administrator.email', 'Another account already uses this email address', 409);
      const area = await em.save(em.create(LocalArea, { name: dto.name, slug: dto.slug, councilName: dto.councilName ?? '', icbName: dto.icbName ?? '' }));
      const administrator = await em.save(em.create(User, {
        email, displayName: dto.administrator.displayName, roles: ['admin'], localAreaId: area.id, installationAdmin: false,
        organisationId: null, personId: null, canEditOrganisationActions: false, active: true,
        passwordHash, passwordChangedAt: new Date(), lastSignedInAt: null,
      }));
      const localArea = toLocalAreaResponse(area);
      await this.audit.record(em, actor, { entityType: 'local_area', entityId: area.id, action: 'create', after: localArea });
      await this.audit.record(em, actor, { entityType: 'user', entityId: administrator.id, action: 'create', after: toUserAuditState(administrator) });
      return { localArea, administrator: { id: administrator.id, email: administrator.email, password } };
    });
  }

  /** The headline figures of every local area the user reads (an adviser's several, anyone else's own). */
  async summarise(): Promise<LocalAreaSummary[]> {
    const ids = currentLocalAreaIds();
    const [rows, measures] = await Promise.all([
      this.dataSource.query<LocalAreaSummaryRow[]>(LOCAL_AREA_SUMMARY_SQL, [ids, todayIso()]),
      this.dataSource.query<LocalAreaMeasureRow[]>(LOCAL_AREA_MEASURES_SQL, [ids]),
    ]);
    return toLocalAreaSummaries(rows, measures);
  }
}

function assertInstallationAdmin(actor: Actor): void {
  if (!actor.installationAdmin) throw new ForbiddenException({ message: "Only the installation's administrators manage local areas", errors: [] });
}
