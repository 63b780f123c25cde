import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { type Actor, localAreaOf } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { Page, toPage } from '../common/pagination.dto';
import { assertCurrentVersion } from '../common/versioning';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../person/person.entity';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/user.dto';
import { hashPassword, newToken, normaliseEmail, tokenDigest } from './password';
import { PasswordResetToken } from './password-reset-token.entity';
import { SessionService } from './session.service';
import { User } from './user.entity';
import { School } from '../school-review/school.entity';
import { PasswordResetResponse, toUserAuditState, toUserResponse, UserResponse } from './user.response';

/** How long a password-reset token stays usable. */
export const PASSWORD_RESET_HOURS = 24;

/** Accounts and their roles, managed by administrators. */
@Injectable()
export class UserService {
  private readonly logger = new Logger(UserService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  /** The accounts of the administrator's own local area (accounts are looked up before any area is known, so they carry no row-level security: this is their wall). */
  async findUsers(query: UserQueryDto, actor: Actor): Promise<Page<UserResponse>> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').where('u.local_area_id = :area', { area: localAreaOf(actor) });
    if (!query.includeInactive) qb.andWhere('u.active');
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.q) {
      const q = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(new Brackets((w) => w.where('u.email ILIKE :q', { q }).orWhere('u.display_name ILIKE :q')));
    }
    qb.orderBy('u.display_name', 'ASC').addOrderBy('u.email', 'ASC').skip((query.page - 1) * query.pageSize).take(query.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return toPage(rows.map(toUserResponse), total, query);
  }

  async getUser(id: string, actor: Actor): Promise<UserResponse> {
    return toUserResponse(await this.findOrFail(this.dataSource.manager, id, actor));
  }

  /**
   * An account in the administrator's local area (or, for the system, the one given), whose
   * organisation and person are of that area.
   */
  async createUser(dto: CreateUserDto, actor: Actor, options: { localAreaId?: string; installationAdmin?: boolean } = {}): Promise<UserResponse> {
    const localAreaId = options.localAreaId ?? localAreaOf(actor);
    const passwordHash = dto.password === undefined ? null : await hashPassword(dto.password);
    return this.dataSource.transaction(async (em) => {
      const email = normaliseEmail(dto.email);
      await this.assertEmailFree(em, email);
      const links = await this.checkLinks(em, dto.organisationId ?? null, dto.personId ?? null);
      if (dto.schoolId) await this.assertSchool(em, dto.schoolId);
      const saved = await em.save(em.create(User, {
        email,
        displayName: dto.displayName,
        roles: [...new Set(dto.roles)],
        localAreaId,
        installationAdmin: options.installationAdmin ?? false,
        organisationId: links.organisationId,
        personId: links.personId,
        canEditOrganisationActions: dto.canEditOrganisationActions ?? false,
        schoolId: dto.schoolId ?? null,
        active: true,
        passwordHash,
        passwordChangedAt: passwordHash ? new Date() : null,
        lastSignedInAt: null,
      }));
      await this.audit.record(em, actor, { entityType: 'user', entityId: saved.id, action: 'create', after: toUserAuditState(saved) });
      return toUserResponse(saved);
    });
  }

  async updateUser(id: string, dto: UpdateUserDto, actor: Actor): Promise<UserResponse> {
    return this.dataSource.transaction(async (em) => {
      const user = await this.findOrFail(em, id, actor, true);
      assertCurrentVersion(user, dto.version, () => toUserResponse(user));
      const before = toUserAuditState(user);

      if (dto.email !== undefined) {
        const email = normaliseEmail(dto.email);
        if (email !== user.email) await this.assertEmailFree(em, email);
        user.email = email;
      }
      if (dto.displayName !== undefined) user.displayName = dto.displayName;
      if (dto.roles !== undefined) user.roles = [...new Set(dto.roles)];
      if (dto.canEditOrganisationActions !== undefined) user.canEditOrganisationActions = dto.canEditOrganisationActions;
      if (dto.active !== undefined) user.active = dto.active;
      if (dto.schoolId !== undefined) {
        if (dto.schoolId) await this.assertSchool(em, dto.schoolId);
        user.schoolId = dto.schoolId;
      }
      if (dto.organisationId !== undefined || dto.personId !== undefined) {
        const links = await this.checkLinks(
          em,
          dto.organisationId !== undefined ? dto.organisationId : user.organisationId,
          dto.personId !== undefined ? dto.personId : user.personId,
          dto.organisationId === undefined,
        );
        user.organisationId = links.organisationId;
        user.personId = links.personId;
      }
      if (actor.id === user.id && (!user.active || !user.roles.includes('admin'))) {
        throw fieldError(user.active ? 'roles' : 'active', 'You cannot remove your own administrator access: ask another administrator');
      }

      const saved = await em.save(user);
      if (!saved.active && before.active) await this.sessions.closeAllFor(em, saved.id);
      else this.sessions.forgetUser(saved.id);
      const after = toUserAuditState(saved);
      const rolesChanged = before.roles.join() !== after.roles.join();
      const action = before.active && !after.active ? 'deactivate' : !before.active && after.active ? 'reactivate' : rolesChanged ? 'change_roles' : 'update';
      await this.audit.record(em, actor, { entityType: 'user', entityId: id, action, before, after });
      return toUserResponse(saved);
    });
  }

  /**
   * Issues a one-time token with which the user sets a new password, for the administrator to pass
   * on. Any token issued before for the same user stops working.
   */
  async issuePasswordReset(id: string, actor: Actor): Promise<PasswordResetResponse> {
    return this.dataSource.transaction(async (em) => {
      const user = await this.findOrFail(em, id, actor, true);
      if (!user.active) throw new BadRequestException({ message: 'This account is deactivated: reactivate it first', errors: [] });
      await em.query('UPDATE password_reset_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [id]);
      const token = newToken();
      const expiresAt = new Date(Date.now() + PASSWORD_RESET_HOURS * 3600_000);
      await em.insert(PasswordResetToken, { tokenHash: tokenDigest(token), userId: id, expiresAt, usedAt: null, issuedById: actor.id });
      await this.audit.record(em, actor, { entityType: 'user', entityId: id, action: 'issue_password_reset', after: { expiresAt: expiresAt.toISOString() } });
      this.logger.debug(`Password reset issued for user ${id}`);
      return { token, expiresAt: expiresAt.toISOString() };
    });
  }

  /** An account of the actor's local area; any other is not found. */
  private async findOrFail(em: EntityManager, id: string, actor: Actor, lock = false): Promise<User> {
    const user = await em.findOne(User, { where: { id, localAreaId: localAreaOf(actor) }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!user) throw new NotFoundException({ message: `There is no user with id ${id}`, errors: [] });
    return user;
  }

  private async assertEmailFree(em: EntityManager, email: string) {
    if (await em.exists(User, { where: { email } })) throw fieldError('email', 'Another account already uses this email address', 409);
  }

  /**
   * Checks the organisation and person exist. A linked person with no organisation given brings
   * their own organisation (`inheritOrganisation`).
   */
  /** A school of the local area (another area's is not in sight, so not found either). */
  private async assertSchool(em: EntityManager, schoolId: string): Promise<void> {
    if (!(await em.exists(School, { where: { id: schoolId } }))) throw fieldError('schoolId', 'There is no school with this id');
  }

  private async checkLinks(em: EntityManager, organisationId: string | null, personId: string | null, inheritOrganisation = true) {
    if (organisationId && !(await em.exists(Organisation, { where: { id: organisationId } }))) {
      throw fieldError('organisationId', 'There is no organisation with this id');
    }
    if (personId) {
      const person = await em.findOne(Person, { where: { id: personId } });
      if (!person) throw fieldError('personId', 'There is no person with this id');
      if (!organisationId && inheritOrganisation) organisationId = person.organisationId;
    }
    return { organisationId, personId };
  }
}
