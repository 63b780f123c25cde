import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import type { SessionUser } from './session.service';

/** The notice the database sends, on commit, with the id of a user whose sessions changed. */
export const SESSION_INVALIDATED_CHANNEL = 'session_invalidated';
const RECONNECT_MS = [250, 1000, 5000];

/**
 * How often an active session's last_seen_at moves forward: writing on every request is wasteful,
 * so at most every minute. A checked session is remembered no longer than this, so it still slides.
 */
export function sessionRefreshSeconds(config: Pick<AppConfig, 'sessionIdleMinutes'>): number {
  return Math.min(60, (config.sessionIdleMinutes * 60) / 4);
}

/** node-postgres sets processID on a connected client; its types leave it out. */
type ListeningClient = Client & { processID?: number };

/**
 * Sessions checked in the last minute, so that a signed-in request needs no second database round
 * trip. It is only trusted while this process listens for the database's `session_invalidated`
 * notices (triggers send one when a session ends or ages, or an account is deactivated or its
 * roles change, whoever made the change): a notice drops that user's entries; losing the listening
 * connection empties the cache and every request asks the database until it is back.
 */
@Injectable()
export class SessionCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionCache.name);
  private readonly entries: LRUCache<string, SessionUser>;
  private listener: ListeningClient | null = null;
  private listening = false;
  private stopped = false;
  private reconnects = 0;
  private losses = 0;
  /** Moves on with every drop, so a lookup that raced a notice is not cached. */
  private epoch = 0;

  private readonly ttlMs: number;

  constructor(@InjectDataSource() private readonly dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    this.ttlMs = sessionRefreshSeconds(config) * 1000;
    this.entries = new LRUCache({ max: 10_000, ttl: this.ttlMs, ttlAutopurge: false });
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

  /** The listening connection, while there is one: its server process id, and how often one was lost. */
  get notices(): { processId: number | null; losses: number } {
    const processId = this.listening ? (this.listener?.processID ?? null) : null;
    return { processId, losses: this.losses };
  }

  /** Resolves once every notice committed before the call has been applied (a round trip on the listening connection). */
  async settled(): Promise<void> {
    // A connection lost meanwhile has emptied the cache, which settles it as well.
    if (this.listener && this.listening) await this.listener.query('SELECT 1').catch(() => undefined);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const options = this.dataSource.options as PostgresConnectionOptions;
    const client = new Client({ connectionString: options.url, application_name: 'send-tracker session notices' });
    client.on('notification', (message) => {
      if (message.channel === SESSION_INVALIDATED_CHANNEL && message.payload) this.forgetUser(message.payload);
    });
    let gone = false;
    const lost = (error?: Error) => {
      if (gone) return;
      gone = true;
      this.lost(client, error);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_INVALIDATED_CHANNEL}`);
    } catch (error) {
      lost(error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.listening = true;
    this.reconnects = 0;
  }

  private lost(client: Client, error?: Error): void {
    if (this.stopped) return;
    this.losses++;
    this.listening = false;
    this.listener = null;
    this.epoch++;
    this.entries.clear();
    void client.end().catch(() => undefined);
    const delay = RECONNECT_MS[Math.min(this.reconnects++, RECONNECT_MS.length - 1)];
    this.logger.warn(`Lost the session notice connection${error ? ` (${error.message})` : ''}; sessions are checked in the database until it is back (retrying in ${delay} ms)`);
    setTimeout(() => void this.listen(), delay).unref();
  }
}
