import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { freeze, type Shared } from '../common/shared-answer';
import { currentLocalAreaIds } from '../db/local-area-context';
import { NoticeListener, NoticeSubscription } from '../db/notice-listener';

/**
 * The notice the database sends, on commit, with the id of a plan whose answers a write may have
 * changed (migrations PlanChangeNotices, HistoryChangeNotices and PlanReadNotices).
 */
export const PLAN_CHANGED_CHANNEL = 'plan_changed';
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
 * whoever made it: a notice drops every answer about that plan; while the listening connection is
 * lost, every read asks the database, and the cache starts empty when it is back.
 */
@Injectable()
export class PlanReadCache {
  private readonly entries = new LRUCache<string, Entry>({ maxSize: CAPACITY, sizeCalculation: () => 1 });
  private readonly subscription: NoticeSubscription;
  /** Moves on with every drop, so a read that raced a notice is not kept. */
  private epoch = 0;

  constructor(private readonly notices: NoticeListener) {
    this.subscription = notices.subscribe(PLAN_CHANGED_CHANNEL, (planId) => this.forgetPlan(planId), () => this.forgetAll());
  }

  private get listening(): boolean {
    return this.subscription.listening;
  }

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

  /** Notices may have been missed: no answer kept can be trusted, nor any read still under way. */
  private forgetAll(): void {
    this.epoch++;
    this.entries.clear();
  }

  /** Resolves once every notice committed before the call has been applied. */
  settled(): Promise<void> {
    return this.settle();
  }

  /** One round trip on the listening connection, shared by the reads that wait at the same time. */
  private settle(): Promise<void> {
    return this.notices.settled();
  }
}

/** By the plan's id as asked (the answer repeats it), under its lower-case form (as notices name it). */
const key = (planId: string, question: string) => `${planId.toLowerCase()}|${planId}|${question}`;
