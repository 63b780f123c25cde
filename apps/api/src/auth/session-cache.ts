import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { NoticeListener, NoticeSubscription } from '../db/notice-listener';
import type { SessionUser } from './session.service';

/** The notice the database sends, on commit, with the id of a user whose sessions changed. */
export const SESSION_INVALIDATED_CHANNEL = 'session_invalidated';

/**
 * How often an active session's last_seen_at moves forward: writing on every request is wasteful,
 * so at most every minute. A checked session is remembered no longer than this, so it still slides.
 */
export function sessionRefreshSeconds(config: Pick<AppConfig, 'sessionIdleMinutes'>): number {
  return Math.min(60, (config.sessionIdleMinutes * 60) / 4);
}

/**
 * Sessions checked in the last minute, so that a signed-in request needs no second database round
 * trip. It is only trusted while this process listens for the database's `session_invalidated`
 * notices (triggers send one when a session ends or ages, or an account is deactivated or its
 * roles change, whoever made the change): a notice drops that user's entries; while the listening
 * connection is lost, every request asks the database, and the cache starts empty when it is back.
 */
@Injectable()
export class SessionCache {
  private readonly entries: LRUCache<string, SessionUser>;
  private readonly subscription: NoticeSubscription;
  /** Moves on with every drop, so a lookup that raced a notice is not cached. */
  private epoch = 0;

  private readonly ttlMs: number;

  constructor(private readonly notices: NoticeListener, @Inject(APP_CONFIG) config: AppConfig) {
    this.ttlMs = sessionRefreshSeconds(config) * 1000;
    this.entries = new LRUCache({ max: 10_000, ttl: this.ttlMs, ttlAutopurge: false });
    this.subscription = notices.subscribe(SESSION_INVALIDATED_CHANNEL, (userId) => this.forgetUser(userId), () => this.forgetAll());
  }

  private get listening(): boolean {
    return this.subscription.listening;
  }

  get(tokenDigest: string): SessionUser | undefined {
    return this.listening ? this.entries.get(tokenDigest) : undefined;
  }

  /** Taken before a lookup in the database, and given back to `set` with its answer. */
  mark(): number {
    return this.epoch;
  }

  /**
   * Keeps a lookup's answer unless something was dropped since it started (the answer may be
   * stale), for at most `lifetimeMs`: what the session has left before its maximum lifetime.
   */
  set(tokenDigest: string, user: SessionUser, mark: number, lifetimeMs = Number.POSITIVE_INFINITY): void {
    if (!this.listening || mark !== this.epoch) return;
    const ttl = Math.floor(Math.min(this.ttlMs, lifetimeMs));
    if (ttl > 0) this.entries.set(tokenDigest, user, { ttl });
  }

  /** Drops every entry of a user in this process; the database's notice reaches the others. */
  forgetUser(userId: string): void {
    this.epoch++;
    const digests = [...this.entries.entries()].filter(([, user]) => user.id === userId).map(([digest]) => digest);
    for (const digest of digests) this.entries.delete(digest);
  }

  forgetToken(tokenDigest: string): void {
    this.epoch++;
    this.entries.delete(tokenDigest);
  }

  /** Notices may have been missed: nothing kept can be trusted, nor any lookup still under way. */
  private forgetAll(): void {
    this.epoch++;
    this.entries.clear();
  }

  /** Resolves once every notice committed before the call has been applied (a round trip on the listening connection). */
  settled(): Promise<void> {
    return this.notices.settled();
  }
}
