import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@send/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { newToken, tokenDigest } from './password';
import { UserSession } from './session.entity';
import { queryPrepared } from '../db/prepared-query';
import { SessionCache, sessionRefreshSeconds } from './session-cache';

export const SESSION_COOKIE = 'send_session';

/**
 * The session cookie's name. A cookie for HTTPS only carries the `__Host-` prefix, so that browsers
 * accept it only if it is Secure, for the whole site and set by this host itself: a sibling
 * subdomain cannot plant or overwrite it.
 */
export function sessionCookieName(config: Pick<AppConfig, 'cookieSecure'>): string {
  return config.cookieSecure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/** The signed-in user of a request, as the session found them. */
export interface SessionUser {
  sessionId: string;
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  organisationId: string | null;
  personId: string | null;
  canEditOrganisationActions: boolean;
  /** The local area the account belongs to. */
  localAreaId: string;
  /** Every local area the user reads: their own, and an adviser's advised areas. */
  localAreaIds: string[];
  installationAdmin: boolean;
  /** A school's SENCO: their school. */
  schoolId: string | null;
}

export function actorOf(user: SessionUser): Actor {
  return {
    id: user.id,
    label: user.displayName,
    roles: user.roles,
    organisationId: user.organisationId,
    personId: user.personId,
    canEditOrganisationActions: user.canEditOrganisationActions,
    localAreaId: user.localAreaId,
    localAreaIds: user.localAreaIds,
    installationAdmin: user.installationAdmin,
    schoolId: user.schoolId,
  };
}

/** Server-side sessions in PostgreSQL, so the API keeps no state of its own. */
@Injectable()
export class SessionService {
  private readonly cookieName: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: SessionCache,
  ) {
    this.cookieName = sessionCookieName(config);
  }

  /** Opens a session for a user and returns the token for the cookie (only its digest is stored). */
  async open(em: EntityManager, userId: string): Promise<string> {
    const token = newToken();
    await em.insert(UserSession, { tokenHash: tokenDigest(token), userId });
    // Sessions of this user that have lapsed are of no further use.
    await em.query(
      `DELETE FROM user_session
        WHERE user_id = $1 AND (last_seen_at < now() - make_interval(mins => $2) OR created_at < now() - make_interval(hours => $3))`,
      [userId, this.config.sessionIdleMinutes, this.config.sessionMaxHours],
    );
    return token;
  }

  /**
   * The active user behind a session token, or null when the token is unknown, the session has
   * been idle too long or open longer than its maximum lifetime, or the user is deactivated.
   * Slides the idle time forward.
   */
  async resolve(token: string): Promise<SessionUser | null> {
    const digest = tokenDigest(token);
    const cached = this.cache.get(digest);
    if (cached) return cached;
    const mark = this.cache.mark();
    // Every signed-in request the cache cannot answer runs this: prepared once per connection.
    const rows = await queryPrepared<Omit<SessionUser, 'sessionId' | 'localAreaIds'> & { session_id: string; stale: boolean; remaining: number; advised: string[] }>(
      this.dataSource,
      'session-resolve',
      `SELECT s.id AS session_id, u.id, u.email, u.display_name AS "displayName", u.roles,
              u.organisation_id AS "organisationId", u.person_id AS "personId",
              u.can_edit_organisation_actions AS "canEditOrganisationActions",
              u.local_area_id AS "localAreaId", u.installation_admin AS "installationAdmin", u.school_id AS "schoolId",
              CASE WHEN 'adviser' = ANY(u.roles) THEN ARRAY(SELECT a.local_area_id::text FROM adviser_local_area a WHERE a.user_id = u.id) ELSE '{}' END AS advised,
              s.last_seen_at < now() - make_interval(secs => $3) AS stale,
              extract(epoch FROM s.created_at + make_interval(hours => $4) - now())::float8 AS remaining
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND u.active AND s.last_seen_at > now() - make_interval(mins => $2)
          AND s.created_at > now() - make_interval(hours => $4)`,
      [digest, this.config.sessionIdleMinutes, sessionRefreshSeconds(this.config), this.config.sessionMaxHours],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) await this.dataSource.query('UPDATE user_session SET last_seen_at = now() WHERE id = $1', [row.session_id]);
    const { session_id, stale: _stale, remaining, advised, ...user } = row;
    const found: SessionUser = { sessionId: session_id, ...user, localAreaIds: [...new Set([user.localAreaId, ...advised])] };
    // Remembered no longer than the session has left to live.
    this.cache.set(digest, found, mark, remaining * 1000);
    return found;
  }

  /** Ends one session (sign-out). */
  async close(em: EntityManager, token: string): Promise<void> {
    const digest = tokenDigest(token);
    await em.query('DELETE FROM user_session WHERE token_hash = $1', [digest]);
    this.cache.forgetToken(digest);
  }

  /** Signs a user out everywhere: on a password change or reset, and on deactivation. */
  async closeAllFor(em: EntityManager, userId: string): Promise<void> {
    await em.delete(UserSession, { userId });
    this.cache.forgetUser(userId);
  }

  /** A user's roles or links changed: their sessions are looked up afresh (other processes hear it from the database). */
  forgetUser(userId: string): void {
    this.cache.forgetUser(userId);
  }

  /** The session token a request carries, if any. */
  tokenOf(request: FastifyRequest): string | undefined {
    const token = request.cookies?.[this.cookieName];
    return token ? token : undefined;
  }

  setCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
    void reply.setCookie(this.cookieName, token, this.cookieOptions(request));
  }

  clearCookie(request: FastifyRequest, reply: FastifyReply): void {
    void reply.clearCookie(this.cookieName, this.cookieOptions(request));
  }

  /** HttpOnly, for the whole site (as `__Host-` requires), and Secure when configured or over HTTPS. */
  private cookieOptions(request: FastifyRequest) {
    return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: this.config.cookieSecure || request.protocol === 'https' };
  }
}
