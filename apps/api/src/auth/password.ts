import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';

/**
 * Passwords are hashed with argon2id at OWASP's recommended cost (19 MiB, 2 passes, 1 lane):
 * about a tenth of a second on a small server, so sign-ins stay quick and a flood of them cannot
 * exhaust the machine. Neither passwords nor hashes are ever logged or returned.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (no such account, or no password set yet)
 * it checks against a throwaway hash instead, so the answer takes the same time either way and the
 * timing tells nobody whether an account exists.
 */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64url'));
  const against = hash ?? (await dummyHash);
  try {
    const ok = await argon2.verify(against, password);
    return ok && !!hash;
  } catch {
    return false;
  }
}

export function passwordNeedsRehash(hash: string): boolean {
  const { memoryCost, timeCost, parallelism } = ARGON2_OPTIONS;
  return !hash.startsWith('$argon2id$') || argon2.needsRehash(hash, { memoryCost, timeCost, parallelism });
}

/** A random secret for a cookie or a one-time link: 256 bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: a SHA-256, never the token itself. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A random password for demo accounts and first administrators, printed once. */
export function randomPassword(): string {
  return randomBytes(15).toString('base64url');
}

/** Emails are compared lower-case and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
