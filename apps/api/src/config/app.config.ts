import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { resolve } from 'node:path';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/** The environment the app reads, validated once at boot. */
class EnvironmentVariables {
  @IsOptional() @Transform(({ value }) => (value === undefined ? undefined : Number(value))) @IsInt() @Min(0) @Max(65535)
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

  @IsOptional() @Transform(({ value }) => (value === undefined ? undefined : Number(value))) @IsInt() @Min(1) @Max(7 * 24 * 60)
  SESSION_IDLE_MINUTES?: number;

  @IsOptional() @Matches(/^(error|warn|log|debug|verbose)$/)
  LOG_LEVEL?: string;
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
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
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
  return {
    port: vars.PORT ?? 3000,
    // npm runs workspace scripts inside the workspace; paths are relative to where the user ran npm.
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), vars.DATA_DIR ?? '.data'),
    databaseUrl: vars.DATABASE_URL || undefined,
    seedDemo: vars.SEED_DEMO ?? true,
    demoPassword: vars.DEMO_PASSWORD,
    webDist: resolve(vars.WEB_DIST ?? resolve(__dirname, '..', '..', '..', 'web', 'dist')),
    sessionIdleMinutes: vars.SESSION_IDLE_MINUTES ?? 8 * 60,
    logLevel: (vars.LOG_LEVEL as AppConfig['logLevel']) ?? 'log',
    ...overrides,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
