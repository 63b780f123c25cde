import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { freeze, type Shared } from '../common/shared-answer';
import { currentLocalAreaIds } from '../db/local-area-context';

export type { Shared };

/**
 * The notice the database sends, on commit, with the id of a plan whose answers a write may have
 * changed (migrations PlanChangeNotices, HistoryChangeNotices and PlanReadNotices).
 */
export const PLAN_CHANGED_CHANNEL = 'plan_changed';
const RECONNECT_MS = [250, 1000, 5000];
/** Room for about this many actions' worth of answers (a summary counts as one). */
const CAPACITY = 20_000;

interface Entry {
  /** The plan's local area: the answer is given only to a request that has it in sight. */
  localAreaId: string;
  value: unknown;
}

/**
 * The answers of a plan's most read routes (its summary, now and as at past days, the changes
 * between two days, its action list and its exceptions), as this process last read them, so that
 * reading one again needs no database round trip. Kept per plan and per what was asked (the day
 * included: overdue moves with it), and trusted only while this process listens for the database's
 * `plan_changed` notices, which triggers send on commit of any write to a table those answers read,
 * whoever made it: a notice drops every answer about that plan; losing the listening connection
 * empties the cache and every read asks the database until it is back.
 */
@Injectable()
export class PlanReadCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PlanReadCache.name);
  private readonly entries = new LRUCache<string, Entry>({ maxSize: CAPACITY, sizeCalculation: () => 1 });
  private listener: Client | null = null;
  private listening = false;
  private stopped = false;
  private reconnects = 0;
  /** Moves on with every drop, so a read that raced a notice is not kept. */
  private epoch = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The answer about `planId` to `question` (what was asked, as a string: route and parameters),
   * from memory when kept and its local area is in the request's sight; otherwise `load`ed and kept.
   * Kept only for a request with one local area in sight (a read of one plan is scoped to the plan's
   * own), and under that area. `size`: about how many actions' worth the answer holds.
   */
  async read<T>(planId: string, question: string, load: () => Promise<T>, size: (value: T) => number = () => 1): Promise<Shared<T>> {
    const inSight = currentLocalAreaIds();
    const k = key(planId, question);
    const kept = await this.get(k, inSight);
    if (kept !== undefined) return kept as Shared<T>;
    const mark = this.epoch;
    const loaded = await load();
    const value = freeze(loaded);
    if (inSight.length === 1 && this.listening && mark === this.epoch) {
      this.entries.set(k, { localAreaId: inSight[0], value }, { size: Math.max(1, size(loaded)) });
    }
    return value;
  }

  /**
   * First makes sure that every notice committed before the call has been heard (one round trip
   * on the listening connection, shared by the reads that wait at the same time): so a read made
   * after a write committed, in any process, never gets the answer from before it.
   */
  private async get(k: string, inSight: readonly string[]): Promise<unknown> {
    if (!this.listening || this.entries.size === 0) return undefined;
    await this.settle();
    if (!this.listening) return undefined;
    const entry = this.entries.get(k);
    return entry && inSight.includes(entry.localAreaId) ? entry.value : undefined;
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
    this.logger.warn(`Lost the plan notice connection${error ? ` (${error.message})` : ''}; answers are read from the database until it is back (retrying in ${delay} ms)`);
    setTimeout(() => void this.listen(), delay).unref();
  }
}

/** By the plan's id as asked (the answer repeats it), under its lower-case form (as notices name it). */
const key = (planId: string, question: string) => `${planId.toLowerCase()}|${planId}|${question}`;
