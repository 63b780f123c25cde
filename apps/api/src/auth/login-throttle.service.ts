import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LoginFailure } from './login-failure.entity';

/**
 * How sign-in guessing is slowed down. The throttle is per account *and* client address, so that
 * nobody can lock someone else out by failing on their account from elsewhere:
 * - one address failing on one account gets a few free tries (typos), then a wait that doubles
 *   with each further failure, up to a ceiling; its failures are remembered for a day, or until it
 *   signs in;
 * - one address failing on many accounts (spraying one password over a list) is stopped after a
 *   number of failures in a window, except for accounts that have signed in from that address
 *   before: a council office or a hospital shares one address between many people.
 */
export const FREE_FAILURES = 3;
export const FIRST_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;
export const PAIR_MEMORY_HOURS = 24;
export const ADDRESS_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ADDRESS = 20;
/** An address an account signed in from this recently is its own. */
export const KNOWN_ADDRESS_DAYS = 90;

/** The wait after `failures` failures in a row of one account from one address. */
export function pairDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES));
}

export class TooManyAttemptsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super({ message: `Too many failed sign-in attempts. Try again in ${inWords(retryAfterSeconds)}.`, errors: [] }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

function inWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Throttles password guessing per account and client address, counted in PostgreSQL. */
@Injectable()
export class LoginThrottleService {
  /** Attempts in progress in this process, by account and address: one at a time each. */
  private readonly inFlight = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs one sign-in attempt of `email` from `address`, refusing it (429) when it must wait. Only
   * one attempt per account and address runs at a time: a burst of parallel guesses would
   * otherwise all pass the check before any failure is counted.
   */
  async attempt<T>(email: string, address: string, run: () => Promise<T>): Promise<T> {
    const key = JSON.stringify([email, address]);
    if (this.inFlight.has(key)) throw new TooManyAttemptsException(1);
    this.inFlight.add(key);
    try {
      await this.assertAllowed(email, address);
      return await run();
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** Throws TooManyAttemptsException (429, with the seconds to wait) while this address must wait for this account. */
  private async assertAllowed(email: string, address: string): Promise<void> {
    const [row]: { failures: number; since_last: number | null; known: boolean; address_wait: number | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS failures, extract(epoch FROM now() - max(f.occurred_at))::float8 AS since_last,
              EXISTS (SELECT 1 FROM sign_in_address k
                       WHERE k.email = $1 AND k.address = $2 AND k.last_signed_in_at > now() - make_interval(days => $4)) AS known,
              (SELECT ceil(extract(epoch FROM a.occurred_at + make_interval(mins => $5) - now()))::int
                 FROM login_failure a
                WHERE a.address = $2 AND a.occurred_at > now() - make_interval(mins => $5)
                ORDER BY a.occurred_at DESC OFFSET $6 LIMIT 1) AS address_wait
         FROM login_failure f
        WHERE f.email = $1 AND f.address = $2 AND f.occurred_at > now() - make_interval(hours => $3)`,
      [email, address, PAIR_MEMORY_HOURS, KNOWN_ADDRESS_DAYS, ADDRESS_WINDOW_MINUTES, MAX_FAILURES_PER_ADDRESS - 1],
    );
    const pairWait = row && row.since_last !== null ? Math.ceil(pairDelaySeconds(row.failures) - row.since_last) : 0;
    const addressWait = row && !row.known && row.address_wait !== null ? row.address_wait : 0;
    const wait = Math.max(pairWait, addressWait);
    if (wait > 0) throw new TooManyAttemptsException(wait);
  }

  async recordFailure(em: EntityManager, email: string, address: string): Promise<void> {
    await em.insert(LoginFailure, { email, address });
    // Failures older than a day count for nothing; keep the table small.
    await em.query(
      `DELETE FROM login_failure WHERE (email = $1 OR address = $2) AND occurred_at < now() - make_interval(hours => $3)`,
      [email, address, PAIR_MEMORY_HOURS],
    );
  }

  /**
   * A successful sign-in wipes this address's failures on the account (not those of other
   * addresses, which may be someone else's guesses) and makes the address the account's own.
   */
  async recordSuccess(em: EntityManager, email: string, address: string): Promise<void> {
    await em.delete(LoginFailure, { email, address });
    await em.query(
      `INSERT INTO sign_in_address (email, address, last_signed_in_at) VALUES ($1, $2, now())
       ON CONFLICT (email, address) DO UPDATE SET last_signed_in_at = now()`,
      [email, address],
    );
    await em.query(`DELETE FROM sign_in_address WHERE email = $1 AND last_signed_in_at < now() - make_interval(days => $2)`, [email, KNOWN_ADDRESS_DAYS]);
  }
}
