import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { APP_DATABASE_ROLE } from '../db/data-source';
import { currentLocalAreaIds, runInLocalAreas } from '../db/local-area-context';
import { DATABASE_URL } from './job-queue.tokens';

/** Where a job's data carries the local areas it runs in. */
const SCOPE = 'localAreaIds';
type JobData = { [SCOPE]?: string[] } | null | undefined;

export type JobHandler<T> = (data: T, job: { id: string; retryCount: number; retryLimit: number }) => Promise<void>;

interface QueueDefinition {
  name: string;
  handler: JobHandler<unknown>;
  /** Temporary failures are retried this many times, backing off; 0 for jobs that must not repeat. */
  retries: boolean;
  /** A cron expression (Europe/London) for jobs that run on a timetable. */
  cron?: string;
}

/**
 * The job queue: pg-boss in its own schema (`pgboss`) of the app's PostgreSQL, so jobs survive a
 * restart and no other server is needed. Every API instance works the queues; pg-boss hands each
 * job to one of them (SKIP LOCKED) and fires each timetable once, whichever instances are running.
 * Features register their queues while the app starts; the boss starts once they all have, and
 * stops (waiting for the jobs in hand) when the app closes.
 */
@Injectable()
export class JobQueueService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueueService.name);
  private readonly queues: QueueDefinition[] = [];
  private boss?: PgBoss;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig, @Inject(DATABASE_URL) private readonly databaseUrl: string) {}

  /** Declares a queue and the handler that works it. Call from a provider's constructor or onModuleInit. */
  register<T>(name: string, handler: JobHandler<T>, options: { retries?: boolean; cron?: string } = {}): void {
    this.queues.push({ name, handler: handler as JobHandler<unknown>, retries: options.retries ?? false, cron: options.cron });
  }

  /** The queue's schema: a plain identifier, as it is written into SQL. */
  private get schema(): string {
    const schema = this.config.jobs.schema ?? 'pgboss';
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Not a schema name for the job queue: ${schema}`);
    return schema;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { pollingSeconds } = this.config.jobs;
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: this.schema,
      max: 4,
      application_name: 'send-tracker-jobs',
      // Timetables are checked often enough that a job due at 07:00 starts within the minute.
      cronMonitorIntervalSeconds: Math.min(30, Math.max(1, Math.round(pollingSeconds * 5))),
      clockMonitorIntervalSeconds: 60,
    });
    boss.on('error', (error) => this.logger.error(`Job queue: ${error.message}`));
    // Instances starting together set the queue up one at a time: pg-boss's queue creation and the
    // grants below deadlock or collide when run at once.
    const lock = new Client({ connectionString: this.databaseUrl, application_name: 'send-tracker-jobs-setup' });
    await lock.connect();
    try {
      await lock.query(`SELECT pg_advisory_lock(hashtext('send:job-queue-setup'))`);
      await this.setUp(boss);
    } finally {
      await lock.end(); // ends the session, and with it the lock
    }
  }

  private async setUp(boss: PgBoss): Promise<void> {
    const { pollingSeconds } = this.config.jobs;
    await boss.start();
    // Jobs queued inside a request's transaction are written by the API's own role.
    await boss.getDb().executeSql(
      `GRANT USAGE ON SCHEMA ${this.schema} TO ${APP_DATABASE_ROLE};
       GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${this.schema} TO ${APP_DATABASE_ROLE};
       GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${this.schema} TO ${APP_DATABASE_ROLE};
       ALTER DEFAULT PRIVILEGES IN SCHEMA ${this.schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_DATABASE_ROLE}`,
      [],
    );
    this.boss = boss;
    const { retryDelaySeconds, retryLimit } = this.config.jobs;
    for (const queue of this.queues) {
      const options = queue.retries ? { name: queue.name, retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true } : { name: queue.name, retryLimit: 0 };
      // Made by the first instance ever to start; its retry settings follow this instance's configuration.
      await boss.createQueue(queue.name, options);
      await boss.updateQueue(queue.name, options);
      const worker: { id?: string } = {};
      worker.id = await boss.work(queue.name, { pollingIntervalSeconds: pollingSeconds, batchSize: 1, includeMetadata: true }, async (jobs) => {
        // A job was found, so there may be more: the worker fetches again at once rather than
        // after the polling interval, and a digest to 300 people drains in seconds, not minutes.
        if (worker.id) boss.notifyWorker(worker.id);
        for (const job of jobs) await this.runJob(queue, job.data as JobData, { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit });
      });
      if (queue.cron) await boss.schedule(queue.name, queue.cron, {}, { tz: 'Europe/London' });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    // Waits for the jobs in hand, then closes the boss's connections: nothing keeps polling.
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /**
   * Queues a job. With `em`, the job is written in that transaction, so it exists exactly when
   * what it is about was committed. `key`: no second job with that key while one is waiting.
   */
  async send(name: string, data: object, options: { em?: EntityManager; key?: string; startAfter?: Date | number } = {}): Promise<string | null> {
    const boss = this.started();
    // The job runs in the local areas of the work that queued it (a request's, or a timetabled job's area).
    data = { ...data, [SCOPE]: currentLocalAreaIds() };
    const db = options.em ? { executeSql: async (text: string, values: unknown[]) => ({ rows: await options.em!.query(text, values) }) } : undefined;
    return boss.send(name, data, {
      ...(db ? { db } : {}),
      ...(options.key ? { singletonKey: options.key } : {}),
      ...(options.startAfter !== undefined ? { startAfter: options.startAfter } : {}),
    });
  }

  /** The timetables pg-boss keeps (one row per job name, however many instances declared it). */
  async schedules(): Promise<{ name: string; cron: string }[]> {
    return (await this.started().getSchedules()).map((s) => ({ name: s.name, cron: s.cron }));
  }

  /** Jobs of a queue not yet finished (created, retrying or active). */
  async pending(name: string): Promise<number> {
    return this.started().getQueueSize(name, { before: 'completed' });
  }

  /**
   * Runs a job in its local areas: those of the work that queued it, or, for a timetabled job
   * (queued by no one), once in each local area in turn, so that what it reads and writes stays
   * inside one area at a time (row-level security sees to it).
   */
  private async runJob(queue: QueueDefinition, data: JobData, job: { id: string; retryCount: number; retryLimit: number }): Promise<void> {
    const scope = data?.[SCOPE];
    if (scope && scope.length > 0) return runInLocalAreas(scope, () => queue.handler(data, job));
    const areas = await this.started().getDb().executeSql('SELECT id FROM local_area ORDER BY created_at, id', []);
    const failures: unknown[] = [];
    for (const { id } of areas.rows) {
      // One area's failure does not keep the others from their reminders; the job fails after all have run.
      await runInLocalAreas([id], () => queue.handler(data ?? {}, job)).catch((error: unknown) => failures.push(error));
    }
    if (failures.length > 0) throw failures[0];
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not running');
    return this.boss;
  }
}
