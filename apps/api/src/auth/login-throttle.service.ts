import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LoginFailure } from './login-failure.entity';

/** Failed sign-ins are counted over this window... */
export const THROTTLE_WINDOW_MINUTES = 15;
/** ...and this many failures for one email address refuse further tries until the oldest ages out. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/**
 * One client address gets more room than one account: a council office or a hospital shares one
 * address between many people.
 */
export const MAX_FAILURES_PER_ADDRESS = 20;

export class TooManyAttemptsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      { message: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, errors: [] },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** Throttles password guessing, per account and per client address, counted in PostgreSQL. */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws TooManyAttemptsException (429, with the seconds to wait) when either limit is reached. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const waits = await Promise.all([
      this.secondsToWait('email', email, MAX_FAILURES_PER_ACCOUNT),
      this.secondsToWait('address', address, MAX_FAILURES_PER_ADDRESS),
    ]);
    const wait = Math.max(...waits);
    if (wait > 0) throw new TooManyAttemptsException(wait);
  }

  async recordFailure(em: EntityManager, email: string, address: string): Promise<void> {
    await em.insert(LoginFailure, { email, address });
    // Failures older than a day count for nothing; keep the table small.
    await em.query(`DELETE FROM login_failure WHERE (email = $1 OR address = $2) AND occurred_at < now() - interval '1 day'`, [email, address]);
  }

  /** A successful sign-in wipes the account's failures (not the address's). */
  async clearAccount(em: EntityManager, email: string): Promise<void> {
    await em.delete(LoginFailure, { email });
  }

  /**
   * With `limit` or more failures in the window, the seconds until enough of them age out for one
   * more try; otherwise 0.
   */
  private async secondsToWait(column: 'email' | 'address', value: string, limit: number): Promise<number> {
    const rows: { wait: number }[] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM occurred_at + make_interval(mins => $2) - now()))::int AS wait
         FROM login_failure
        WHERE ${column} = $1 AND occurred_at > now() - make_interval(mins => $2)
        ORDER BY occurred_at DESC
        OFFSET $3 LIMIT 1`,
      [value, THROTTLE_WINDOW_MINUTES, limit - 1],
    );
    return rows.length ? Math.max(1, rows[0].wait) : 0;
  }
}
