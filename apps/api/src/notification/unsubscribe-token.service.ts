import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmailKind, type EmailKind } from '@send/domain';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';

/** An unsubscribe link works for this long after its email was sent. */
export const UNSUBSCRIBE_LINK_DAYS = 90;

export interface UnsubscribeClaim {
  userId: string;
  kind: EmailKind;
}

/**
 * The token in an email's unsubscribe link: who and which kind of email, until when, signed with
 * a secret kept in the database (made once, shared by every instance). It turns off that one kind
 * for that one person without signing in, and nothing else.
 */
@Injectable()
export class UnsubscribeTokenService {
  private secret?: Promise<Buffer>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sign(claim: UnsubscribeClaim, now = new Date()): Promise<string> {
    const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_LINK_DAYS * 86_400;
    const payload = Buffer.from(JSON.stringify({ u: claim.userId, k: claim.kind, x: expires })).toString('base64url');
    return `${payload}.${await this.mac(payload)}`;
  }

  /** The claim of a genuine, unexpired token; 400 otherwise. */
  async verify(token: string, now = new Date()): Promise<UnsubscribeClaim> {
    const [payload, mac, ...rest] = token.split('.');
    const invalid = () => new BadRequestException({ message: 'This unsubscribe link is not valid. Change your email settings after signing in instead.', errors: [{ field: 'token', message: 'The link is not valid' }] });
    if (!payload || !mac || rest.length) throw invalid();
    const expected = Buffer.from(await this.mac(payload));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    let claim: { u?: unknown; k?: unknown; x?: unknown };
    try {
      claim = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    if (typeof claim.u !== 'string' || !isEmailKind(claim.k) || typeof claim.x !== 'number') throw invalid();
    if (claim.x * 1000 < now.getTime()) {
      throw new BadRequestException({ message: 'This unsubscribe link has expired. Sign in and change your email settings instead.', errors: [{ field: 'token', message: 'The link has expired' }] });
    }
    return { userId: claim.u, kind: claim.k };
  }

  private async mac(payload: string): Promise<string> {
    return createHmac('sha256', await this.key()).update(payload).digest('base64url');
  }

  private key(): Promise<Buffer> {
    this.secret ??= (async () => {
      // The first instance to need it makes it; the others read the one that won.
      await this.dataSource.query(
        `INSERT INTO signing_secret (name, secret) VALUES ('unsubscribe', $1) ON CONFLICT (name) DO NOTHING`,
        [randomBytes(32).toString('base64url')],
      );
      const [row] = await this.dataSource.query(`SELECT secret FROM signing_secret WHERE name = 'unsubscribe'`);
      return Buffer.from(row.secret as string, 'base64url');
    })();
    this.secret.catch(() => (this.secret = undefined));
    return this.secret;
  }
}
