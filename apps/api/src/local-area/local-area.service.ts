import { ForbiddenException, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayIso } from '@send/domain';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AuditService } from '../audit/audit.service';
import { hashPassword, normaliseEmail, randomPassword } from '../auth/password';
import { SessionService } from '../auth/session.service';
import { User } from '../auth/user.entity';
import { toUserAuditState } from '../auth/user.response';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { currentLocalAreaIds, scopePoolToLocalAreas } from '../db/local-area-context';
import { CreateLocalAreaDto } from './dto/create-local-area.dto';
import { AdviserLocalArea } from './adviser-local-area.entity';
import { LocalArea } from './local-area.entity';
import {
  LOCAL_AREA_MEASURES_SQL, LOCAL_AREA_SUMMARY_SQL, type LocalAreaMeasureRow, type LocalAreaSummary, type LocalAreaSummaryRow, toLocalAreaSummaries,
} from './local-area-summary';
import { AdviserResponse, CreatedLocalAreaResponse, LocalAreaResponse, toLocalAreaResponse } from './local-area.response';

/** Local areas (the tenants): created by the installation's administrators, compared by advisers. */
@Injectable()
export class LocalAreaService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

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

  async listLocalAreas(actor: Actor): Promise<LocalAreaResponse[]> {
    assertInstallationAdmin(actor);
    const areas = await this.dataSource.getRepository(LocalArea).find({ order: { name: 'ASC' } });
    return areas.map(toLocalAreaResponse);
  }

  /**
   * A new local area and its first administrator, whose random password is answered this once
   * (only its hash is kept). The event is recorded in the installation administrator's own area.
   */
  async createLocalArea(dto: CreateLocalAreaDto, actor: Actor): Promise<CreatedLocalAreaResponse> {
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

  /** Every adviser on the installation, whichever local area holds their account, with the areas they read. */
  async listAdvisers(actor: Actor): Promise<AdviserResponse[]> {
    assertInstallationAdmin(actor);
    const rows = await this.dataSource.query<AdviserRow[]>(ADVISERS_SQL, [null]);
    return rows.map(toAdviserResponse);
  }

  /**
   * Replaces the local areas an adviser reads besides their own. Their sessions are looked up afresh
   * (a trigger on adviser_local_area says so to every instance), so the change holds at once.
   */
  async setAdvisedLocalAreas(userId: string, localAreaIds: string[], actor: Actor): Promise<AdviserResponse> {
    assertInstallationAdmin(actor);
    const answer = await this.dataSource.transaction(async (em) => {
      const user = await em.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException({ message: `There is no account with id ${userId}`, errors: [] });
      if (!user.roles.includes('adviser')) throw fieldError('userId', `${user.displayName} is not an adviser: give the account the adviser role first`);
      const known = new Set((await em.find(LocalArea, { select: { id: true } })).map((a) => a.id));
      const unknown = localAreaIds.filter((id) => !known.has(id));
      if (unknown.length) throw fieldError('localAreaIds', `There is no local area with id ${unknown.join(', ')}`);
      const [before] = await em.query<AdviserRow[]>(ADVISERS_SQL, [userId]);
      // Their own area is always theirs: it is not kept as advised.
      const advised = localAreaIds.filter((id) => id !== user.localAreaId);
      await em.delete(AdviserLocalArea, { userId });
      if (advised.length) await em.insert(AdviserLocalArea, advised.map((localAreaId) => ({ userId, localAreaId })));
      const [after] = await em.query<AdviserRow[]>(ADVISERS_SQL, [userId]);
      await this.audit.record(em, actor, {
        entityType: 'user', entityId: userId, action: 'advised_local_areas',
        before: { localAreaIds: before.advised.map((a) => a.id) }, after: { localAreaIds: after.advised.map((a) => a.id) },
      });
      this.sessions.forgetUser(userId);
      return toAdviserResponse(after);
    });
    // Again once committed: a request of theirs that looked the session up meanwhile saw the old areas.
    this.sessions.forgetUser(userId);
    return answer;
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

interface AdviserRow {
  id: string;
  email: string;
  display_name: string;
  active: boolean;
  home_id: string;
  home_name: string;
  advised: { id: string; name: string; slug: string }[];
}

/** Advisers with their own local area and the ones they are given ($1: one account, or null for all). */
const ADVISERS_SQL = `
  SELECT u.id, u.email, u.display_name, u.active, h.id AS home_id, h.name AS home_name,
         coalesce((SELECT json_agg(json_build_object('id', l.id, 'name', l.name, 'slug', l.slug) ORDER BY l.name)
                   FROM adviser_local_area a JOIN local_area l ON l.id = a.local_area_id
                  WHERE a.user_id = u.id AND a.local_area_id <> u.local_area_id), '[]') AS advised
    FROM app_user u JOIN local_area h ON h.id = u.local_area_id
   WHERE 'adviser' = ANY (u.roles) AND ($1::uuid IS NULL OR u.id = $1)
   ORDER BY u.display_name, u.email`;

function toAdviserResponse(r: AdviserRow): AdviserResponse {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    active: r.active,
    localArea: { id: r.home_id, name: r.home_name },
    advisedLocalAreas: r.advised,
  };
}

function assertInstallationAdmin(actor: Actor): void {
  if (!actor.installationAdmin) throw new ForbiddenException({ message: "Only the installation's administrators manage local areas", errors: [] });
}
