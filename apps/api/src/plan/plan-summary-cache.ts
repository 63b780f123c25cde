import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { PlanSummary } from './plan-summary';

/** The notice the database sends, on commit, with the id of a plan whose summary a write may have changed (PlanChangeNotices and HistoryChangeNotices migrations). */
export const PLAN_CHANGED_CHANNEL = 'plan_changed';
const RECONNECT_MS = [250, 1000, 5000];

interface Entry {
  /** The plan's local area: the answer is given only to a request that has it in sight. */
  localAreaId: string;
  summary: PlanSummary;
}

/**
 * Each plan's summary, today's and as at past days, as this process last read it, so that a
 * summary read needs no database round trip. Kept per plan and day (overdue moves with the day),
 * and trusted only while this process listens for the database's `plan_changed` notices, which
 * triggers send on commit of any write to what the summary reads, the status history included,
 * whoever made it: a notice drops that plan's answers; losing the listening connection empties
 * the cache and every read asks the database until it is back.
 */
@Injectable()
export class PlanSummaryCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PlanSummaryCache.name);
  private readonly entries = new LRUCache<string, Entry>({ max: 5_000 });
  private listener: Client | null = null;
  private listening = false;
  private stopped = false;
  private reconnects = 0;
  /** Moves on with every drop, so a read that raced a notice is not kept. */
  private epoch = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The plan's summary for `day`, when kept and its local area is among `inSight`. First makes sure
   * that every notice committed before the call has been heard (one round trip on the listening
   * connection, shared by the reads that wait at the same time): so a read made after a write
   * committed, in any process, never gets the answer from before it.
   */
  async get(planId: string, source: SummarySource, day: string, inSight: readonly string[]): Promise<PlanSummary | undefined> {
    if (!this.listening || this.entries.size === 0) return undefined;
    await this.settle();
    if (!this.listening) return undefined;
    const entry = this.entries.get(key(planId, source, day));
    return entry && inSight.includes(entry.localAreaId) ? entry.summary : undefined;
  }

  /** Taken before a read from the database, and given back to `set` with its answer. */
  mark(): number {
    return this.epoch;
  }

  /** Keeps a read's answer unless something was dropped since it started (the answer may be stale). */
  set(planId: string, source: SummarySource, day: string, localAreaId: string, summary: PlanSummary, mark: number): void {
    if (!this.listening || mark !== this.epoch) return;
    this.entries.set(key(planId, source, day), { localAreaId, summary });
  }

  /** Drops a plan's answers in this process (its notice reaches the others, and this one too). */
  forgetPlan(planId: string): void {
    this.epoch++;
    const prefix = `${planId.toLowerCase()}|`;
    for (const k of [...this.entries.keys()]) if (k.startsWith(prefix)) this.entries.delete(k);
  }

  /** Resolves once every notice committed before the call has been applied. */
  settled(): Promise<void> {
    return this.settle();
  }

  /** The round trip in flight on the listening connection, and the one that waits for it. */
  private current: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  /**
   * A round trip on the listening connection that starts after this call: PostgreSQL sends a
   * listener its pending notices before it answers, so once it is back, every notice committed
   * before the call has been applied. A trip already in flight may have started too early, so
   * callers join the next one; one trip serves every caller that waits for it.
   */
  private settle(): Promise<void> {
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
    const trip: Promise<void> = (this.listener?.query('SELECT 1') ?? Promise.resolve()).then(done, done);
    return trip;
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
    const client = new Client({ connectionString: options.url, application_name: 'send-tracker plan notices' });
    client.on('notification', (message) => {
      if (message.channel === PLAN_CHANGED_CHANNEL && message.payload) this.forgetPlan(message.payload);
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
      await client.query(`LISTEN ${PLAN_CHANGED_CHANNEL}`);
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
    this.listening = false;
    this.listener = null;
    this.epoch++;
    this.entries.clear();
    void client.end().catch(() => undefined);
    const delay = RECONNECT_MS[Math.min(this.reconnects++, RECONNECT_MS.length - 1)];
    this.logger.warn(`Lost the plan notice connection${error ? ` (${error.message})` : ''}; summaries are read from the database until it is back (retrying in ${delay} ms)`);
    setTimeout(() => void this.listen(), delay).unref();
  }
}

/** Today's figures, or as at a day (which answers with the day it was asked for). */
export type SummarySource = 'current' | 'asAt';

/** By the plan's id as asked (the answer repeats it), under its lower-case form (as notices name it). */
const key = (planId: string, source: SummarySource, day: string) => `${planId.toLowerCase()}|${source}|${day}|${planId}`;
