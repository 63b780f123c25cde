import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ANONYMOUS_ACTOR, type Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { runInLocalAreas } from '../db/local-area-context';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword, normaliseEmail, passwordNeedsRehash, tokenDigest, verifyPassword } from './password';
import { PasswordResetToken } from './password-reset-token.entity';
import { actorOf, SessionService, type SessionUser } from './session.service';
import { User } from './user.entity';
import { MeResponse, toMeResponse } from './user.response';

/** The one answer to a failed sign-in, whether or not the account exists. */
export const SIGN_IN_REFUSED = 'The email address or password is not right';

const actorOfUser = (u: User): Actor => ({
  id: u.id, label: u.displayName, roles: u.roles, organisationId: u.organisationId, personId: u.personId,
  canEditOrganisationActions: u.canEditOrganisationActions, localAreaId: u.localAreaId, localAreaIds: [u.localAreaId],
  installationAdmin: u.installationAdmin, schoolId: u.schoolId,
});

/** Signing in and out, and setting passwords. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /**
   * Checks an email and password and opens a session. Every failure answers the same and takes the
   * same time, so nobody learns whether an account exists.
   */
  async signIn(emailTyped: string, password: string, address: string): Promise<{ token: string; user: MeResponse }> {
    const email = normaliseEmail(emailTyped);
    return this.throttle.attempt(email, address, async () => {
      const user = await this.findWithHash(this.dataSource.manager, { email });
      const passwordRight = await verifyPassword(user?.passwordHash, password);
      if (!user || !user.active || !passwordRight) {
        // Recorded in the account's local area, for its administrators; an unknown email's in none.
        await runInLocalAreas(user ? [user.localAreaId] : [], () => this.dataSource.transaction(async (em) => {
          await this.throttle.recordFailure(em, email, address);
          // The email as typed, nothing else: no password, no word on whether the account exists.
          await this.audit.record(em, ANONYMOUS_ACTOR, { entityType: 'session', entityId: null, action: 'sign_in_failed', after: { email } });
        }));
        throw new UnauthorizedException({ message: SIGN_IN_REFUSED, errors: [] });
      }
      const rehash = passwordNeedsRehash(user.passwordHash!) ? await hashPassword(password) : null;
      const token = await runInLocalAreas([user.localAreaId], () => this.dataSource.transaction(async (em) => {
        await this.throttle.recordSuccess(em, email, address);
        const opened = await this.sessions.open(em, user.id);
        await em.query('UPDATE app_user SET last_signed_in_at = now() WHERE id = $1', [user.id]);
        if (rehash) await em.query('UPDATE app_user SET password_hash = $2 WHERE id = $1', [user.id, rehash]);
        await this.audit.record(em, actorOfUser(user), { entityType: 'session', entityId: user.id, action: 'sign_in', after: { email } });
        return opened;
      }));
      return { token, user: toMeResponse(user) };
    });
  }

  /** Ends the session behind a token, if it is still open. */
  async signOut(token: string | undefined): Promise<void> {
    if (!token) return;
    const rows: { user_id: string; display_name: string; local_area_id: string }[] = await this.dataSource.query(
      `SELECT s.user_id, u.display_name, u.local_area_id FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = $1`,
      [tokenDigest(token)],
    );
    await runInLocalAreas(rows[0] ? [rows[0].local_area_id] : [], () => this.dataSource.transaction(async (em) => {
      await this.sessions.close(em, token);
      const row = rows[0];
      if (row) {
        const actor: Actor = { ...ANONYMOUS_ACTOR, id: row.user_id, label: row.display_name };
        await this.audit.record(em, actor, { entityType: 'session', entityId: row.user_id, action: 'sign_out' });
      }
    }));
  }

  me(user: SessionUser): MeResponse {
    return toMeResponse(user);
  }

  /**
   * Changes the signed-in user's own password. Every session of theirs is closed, and a new one is
   * opened for the browser that made the change (returned as a token for its cookie).
   */
  async changePassword(user: SessionUser, currentPassword: string, newPassword: string, address: string): Promise<string> {
    await this.throttle.attempt(user.email, address, async () => {
      const found = await this.findWithHash(this.dataSource.manager, { id: user.id });
      if (!found || !(await verifyPassword(found.passwordHash, currentPassword))) {
        await this.dataSource.transaction((em) => this.throttle.recordFailure(em, user.email, address));
        throw fieldError('currentPassword', 'The current password is not right');
      }
    });
    const hash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (em) => {
      await this.setPassword(em, user.id, hash);
      await this.audit.record(em, actorOf(user), { entityType: 'user', entityId: user.id, action: 'change_password' });
      return this.sessions.open(em, user.id);
    });
  }

  /** Sets a new password with a one-time token from an administrator. Signs the user out everywhere. */
  async resetPassword(token: string, password: string): Promise<void> {
    const hash = await hashPassword(password);
    // The event belongs to the account's local area: the transaction's connection is taken in its scope.
    const [owner] = await this.dataSource.query<{ local_area_id: string }[]>(
      'SELECT u.local_area_id FROM password_reset_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = $1',
      [tokenDigest(token)],
    );
    await runInLocalAreas(owner ? [owner.local_area_id] : [], () => this.dataSource.transaction(async (em) => {
      const reset = await em.findOne(PasswordResetToken, { where: { tokenHash: tokenDigest(token) }, lock: { mode: 'pessimistic_write' } });
      const user = reset ? await em.findOne(User, { where: { id: reset.userId } }) : null;
      if (!reset || !user || reset.usedAt || reset.expiresAt.getTime() <= Date.now() || !user.active) {
        throw new BadRequestException({
          message: 'This password reset token is not valid: it may have been used or have expired. Ask an administrator for a new one.',
          errors: [{ field: 'token', message: 'The token is not valid' }],
        });
      }
      await em.update(PasswordResetToken, { id: reset.id }, { usedAt: new Date() });
      await this.setPassword(em, user.id, hash);
      await this.audit.record(em, actorOfUser(user), { entityType: 'user', entityId: user.id, action: 'reset_password' });
    }));
  }

  private async setPassword(em: EntityManager, userId: string, hash: string): Promise<void> {
    // Not through save(): a password change is no edit of the account, so its version stays.
    await em.query('UPDATE app_user SET password_hash = $2, password_changed_at = now() WHERE id = $1', [userId, hash]);
    await this.sessions.closeAllFor(em, userId);
  }

  private findWithHash(em: EntityManager, where: { email: string } | { id: string }): Promise<User | null> {
    const qb = em.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash');
    return 'email' in where ? qb.where('u.email = :email', where).getOne() : qb.where('u.id = :id', where).getOne();
  }
}
