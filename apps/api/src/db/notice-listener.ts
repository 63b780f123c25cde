import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

const RECONNECT_MS = [250, 1000, 5000];
/** Channel names are written into LISTEN as identifiers, so only plain ones are taken. */
const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

/** node-postgres sets processID on a connected client; its types leave it out. */
type ListeningClient = Client & { processID?: number };

/** What a subscriber is told: each notice's payload, and that it may have missed some. */
export interface NoticeSubscription {
  /**
   * True while the channel's notices are heard: only then may a subscriber trust what it keeps.
   * It becomes true only after the subscriber's `onReconnect` has run for the current connection.
   */
  readonly listening: boolean;
}

interface Subscriber {
  channel: string;
  onNotice: (payload: string) => void;
  onReconnect: () => void;
  /** The connection on which the channel is listened to and `onReconnect` has run, if any. */
  on: ListeningClient | null;
}

/**
 * This process's one connection that listens for the database's notices (`plan_changed`,
 * `session_invalidated`, …) on behalf of the caches that subscribe to them. A subscriber's cache
 * is trusted only while its subscription is listening. The connection can be lost at any time
 * (a restart, a failover, a terminated backend): it is then opened again with growing waits, and
 * each subscriber's `onReconnect` runs before its subscription listens again, because notices
 * sent in between were missed.
 */
@Injectable()
export class NoticeListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NoticeListener.name);
  private readonly subscribers: Subscriber[] = [];
  private client: ListeningClient | null = null;
  private connecting = false;
  private stopped = false;
  private reconnects = 0;
  private losses = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Calls `onNotice` with the payload of each notice on `channel`, and `onReconnect` each time the
   * connection is (re)opened, before the subscription listens: notices may have been missed, so
   * whatever the subscriber keeps must be dropped then.
   */
  subscribe(channel: string, onNotice: (payload: string) => void, onReconnect: () => void): NoticeSubscription {
    if (!CHANNEL_NAME.test(channel)) throw new Error(`Not a notice channel name: ${channel}`);
    const subscriber: Subscriber = { channel, onNotice, onReconnect, on: null };
    this.subscribers.push(subscriber);
    // Subscribed after the connection opened: listen on it too (while it opens, that is done for every subscriber).
    const client = this.client;
    if (client && !this.connecting) void this.listenOn(client).catch((error: Error) => this.lost(client, error));
    return {
      get listening() {
        return subscriber.on !== null;
      },
    };
  }

  /** The connection, while there is one: its server process id, and how often one was lost. */
  get connection(): { processId: number | null; losses: number } {
    const processId = this.client && !this.connecting ? (this.client.processID ?? null) : null;
    return { processId, losses: this.losses };
  }

  /** The round trip in flight on the connection, and the one that waits for it. */
  private current: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  /**
   * Resolves once every notice committed before the call has been applied: PostgreSQL sends a
   * listener its pending notices before it answers a query, so a round trip that starts after the
   * call does it. A trip already in flight may have started too early, so callers join the next
   * one; one trip serves every caller that waits for it. A connection lost meanwhile has had its
   * subscribers stop listening, which settles them as well.
   */
  settled(): Promise<void> {
    if (!this.current) return (this.current = this.roundTrip());
    this.next ??= this.current.then(() => {
      this.next = null;
      return (this.current = this.roundTrip());
    });
    return this.next;
  }

  private roundTrip(): Promise<void> {
    const done = () => {
      if (this.current === trip) this.current = null;
    };
    const client = this.client && !this.connecting ? this.client : null;
    const trip: Promise<void> = (client?.query('SELECT 1') ?? Promise.resolve()).then(done, done);
    return trip;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    for (const subscriber of this.subscribers) subscriber.on = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const options = this.dataSource.options as PostgresConnectionOptions;
    const client: ListeningClient = new Client({ connectionString: options.url, application_name: 'send-tracker notices' });
    client.on('notification', (message) => {
      if (!message.payload) return;
      for (const subscriber of this.subscribers) if (subscriber.channel === message.channel) subscriber.onNotice(message.payload);
    });
    let gone = false;
    const lost = (error?: Error) => {
      if (gone) return;
      gone = true;
      this.lost(client, error);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    this.client = client;
    this.connecting = true;
    try {
      await client.connect();
      await this.listenOn(client);
    } catch (error) {
      lost(error as Error);
      return;
    } finally {
      if (this.client === client) this.connecting = false;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.reconnects = 0;
  }

  /**
   * Listens on `client` to the channels of the subscribers not yet listening on it, then has each
   * drop what it kept and trust its subscription again; again while any subscribed meanwhile.
   */
  private async listenOn(client: ListeningClient): Promise<void> {
    let waiting: Subscriber[];
    while ((waiting = this.subscribers.filter((s) => s.on !== client)).length > 0) {
      for (const channel of new Set(waiting.map((s) => s.channel))) await client.query(`LISTEN ${channel}`);
      if (this.client !== client || this.stopped) return;
      // In one go, with no await between: any notice heard from here on reaches a subscriber that listens.
      for (const subscriber of waiting) {
        subscriber.onReconnect();
        subscriber.on = client;
      }
    }
  }

  private lost(client: ListeningClient, error?: Error): void {
    if (this.stopped || this.client !== client) return;
    this.losses++;
    this.client = null;
    this.connecting = false;
    for (const subscriber of this.subscribers) subscriber.on = null;
    void client.end().catch(() => undefined);
    const delay = RECONNECT_MS[Math.min(this.reconnects++, RECONNECT_MS.length - 1)];
    this.logger.warn(`Lost the database notice connection${error ? ` (${error.message})` : ''}; the caches that rely on it are bypassed until it is back (retrying in ${delay} ms)`);
    setTimeout(() => void this.connect(), delay).unref();
  }
}
