import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateBy, validateSync } from 'class-validator';
import { isIP } from 'node:net';
import { resolve } from 'node:path';

const toBool = ({ value }: { value: unknown }) => {
  // Settings arrive as strings; anything else is left for the validator to refuse.
  if (typeof value !== 'string') return value;
  const word = value.toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(word)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(word)) return false;
  return value;
};

const toNumber = ({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value));

/**
 * Which proxies in front of the app to believe about the client's address and scheme
 * (X-Forwarded-For, X-Forwarded-Proto): none (off), the nearest `n` hops, or the proxies at these
 * addresses and ranges. Believing every client would let anyone choose the address the sign-in
 * throttle counts.
 */
export type TrustProxy = false | number | string[];

/** proxy-addr's names for whole ranges, which Fastify accepts beside addresses. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** Reads TRUST_PROXY: off, a hop count, or a comma-separated list of addresses and CIDR ranges. */
export function parseTrustProxy(value: string | undefined): TrustProxy | null {
  const text = (value ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'off', 'no'].includes(text)) return false;
  if (/^\d+$/.test(text)) return Number(text) <= 10 ? Number(text) : null;
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  return entries.length > 0 && entries.every(isProxyAddress) ? entries : null;
}

const TRUST_PROXY_MESSAGE =
  'TRUST_PROXY must be off (unset or false), the number of proxies in front of the app (1 to 10), or a comma-separated list of their addresses or CIDR ranges (e.g. 10.0.0.0/8,loopback)';

/** The environment the app reads, validated once at boot. */
class EnvironmentVariables {
  @IsOptional() @Transform(toNumber) @IsInt() @Min(0) @Max(65535)
  PORT?: number;

  @IsOptional() @IsString()
  DATA_DIR?: string;

  @IsOptional() @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional() @Transform(toBool) @IsBoolean()
  SEED_DEMO?: boolean;

  @IsOptional() @IsString() @MinLength(12, { message: 'DEMO_PASSWORD must be at least 12 characters' })
  DEMO_PASSWORD?: string;

  @IsOptional() @IsString()
  WEB_DIST?: string;

  @IsOptional() @Transform(toNumber) @IsInt() @Min(1) @Max(7 * 24 * 60)
  SESSION_IDLE_MINUTES?: number;

  @IsOptional() @Transform(toNumber)
  @IsInt({ message: 'SESSION_MAX_HOURS must be a whole number of hours' })
  @Min(1, { message: 'SESSION_MAX_HOURS must be at least 1' }) @Max(30 * 24, { message: 'SESSION_MAX_HOURS must be at most 720 (30 days)' })
  SESSION_MAX_HOURS?: number;

  @IsOptional() @ValidateBy({
    name: 'isTrustProxy',
    validator: { validate: (value: unknown) => typeof value === 'string' && parseTrustProxy(value) !== null, defaultMessage: () => TRUST_PROXY_MESSAGE },
  })
  TRUST_PROXY?: string;

  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'COOKIE_SECURE must be true or false' })
  COOKIE_SECURE?: boolean;

  @IsOptional() @IsString()
  NODE_ENV?: string;

  @IsOptional() @Matches(/^(error|warn|log|debug|verbose)$/)
  LOG_LEVEL?: string;

  @IsOptional() @Matches(/^(text|json)$/, { message: 'LOG_FORMAT must be text or json' })
  LOG_FORMAT?: string;

  @IsOptional() @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.org:587' })
  SMTP_URL?: string;

  @IsOptional() @Matches(/^([^<>@\s]+(\s[^<>@\s]+)*\s<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, { message: 'MAIL_FROM must be an address, or a name and an address: SEND Improvement Plan <send@example.org>' })
  MAIL_FROM?: string;

  @IsOptional() @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_URL must be the http:// or https:// address people open the app at' })
  PUBLIC_URL?: string;
}

export interface AppConfig {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  seedDemo: boolean;
  demoPassword?: string;
  webDist: string;
  /** A session lapses after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** ...and this many hours after sign-in, however active. */
  sessionMaxHours: number;
  /** Which proxies to believe about the client's address and scheme. */
  trustProxy: TrustProxy;
  /** The session cookie is sent over HTTPS only, under the `__Host-` prefix. */
  cookieSecure: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** `json`: one JSON object per line, for a log shipper; `text`: readable lines. */
  logFormat: 'text' | 'json';
  /** Where email goes: an SMTP server, or (unset) the outbox table that administrators read. */
  smtpUrl?: string;
  mailFrom: string;
  /** The address people open the app at, for the links in emails. */
  publicUrl: string;
  /** The job queue (pg-boss): how often idle workers look for work, and how email retries back off. */
  jobs: JobQueueConfig;
}

export interface JobQueueConfig {
  /** The PostgreSQL schema of the queue's tables (every instance of one installation shares it). */
  schema?: string;
  pollingSeconds: number;
  /** The first retry of a temporary failure waits this long; each later one twice as long. */
  retryDelaySeconds: number;
  retryLimit: number;
}

export class ConfigError extends Error {}

/** The only reader of process.env. A bad value stops start-up with every offending key listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const vars = plainToInstance(EnvironmentVariables, { ...env }, { enableImplicitConversion: false });
  const errors = validateSync(vars, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const trustProxy = parseTrustProxy(vars.TRUST_PROXY) ?? false;
  return {
    port: vars.PORT ?? 3000,
    // npm runs workspace scripts inside the workspace; paths are relative to where the user ran npm.
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), vars.DATA_DIR ?? '.data'),
    databaseUrl: vars.DATABASE_URL || undefined,
    seedDemo: vars.SEED_DEMO ?? true,
    demoPassword: vars.DEMO_PASSWORD,
    webDist: resolve(vars.WEB_DIST ?? resolve(__dirname, '..', '..', '..', 'web', 'dist')),
    sessionIdleMinutes: vars.SESSION_IDLE_MINUTES ?? 8 * 60,
    sessionMaxHours: vars.SESSION_MAX_HOURS ?? 12,
    trustProxy,
    // In production behind a proxy (which terminates TLS), cookies are for HTTPS only unless told otherwise.
    cookieSecure: vars.COOKIE_SECURE ?? (vars.NODE_ENV === 'production' && trustProxy !== false),
    logLevel: (vars.LOG_LEVEL as AppConfig['logLevel']) ?? 'log',
    logFormat: (vars.LOG_FORMAT as AppConfig['logFormat']) ?? 'text',
    smtpUrl: vars.SMTP_URL || undefined,
    mailFrom: vars.MAIL_FROM ?? 'SEND Improvement Plan <no-reply@localhost>',
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT ?? 3000}`).replace(/\/+$/, ''),
    jobs: { pollingSeconds: 2, retryDelaySeconds: 30, retryLimit: 5 },
    ...overrides,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
