import { Logger as NestLogger } from '@nestjs/common';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Logger, Params, PinoLogger } from 'nestjs-pino';
import pretty from 'pino-pretty';
import type { AppConfig } from '../config/app.config';

/** Nest's level names, in the words of pino (which has no `log` or `verbose`). */
const PINO_LEVEL: Record<AppConfig['logLevel'], string> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/** Start-up chatter (the route table, one line per module) that belongs at debug, not in every console. */
const DEBUG_ONLY_CONTEXTS = new Set(['RoutesResolver', 'RouterExplorer', 'InstanceLoader']);

/**
 * The logging of the whole process, in one place: pino, one line per event, JSON when
 * `LOG_FORMAT=json` (for a log shipper) and readable otherwise. Every line written while a request
 * is handled carries its id (`reqId`, the `x-request-id` the client sent or one made for it), so a
 * user's report of an error can be found in the logs. Answers are logged at debug when they
 * succeed, at info when refused (4xx) and at error when they fail.
 */
export function loggingParams(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): Params {
  const options = {
    level: PINO_LEVEL[config.logLevel],
    // Fastify has already given the request its id (app.factory.ts); pino-http takes the same one.
    genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? '',
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug'),
    // Lines inside a request carry its id, not the whole request again; the request itself is
    // logged once, when it ends, without its cookies.
    quietReqLogger: true,
    serializers: {
      req: (req: { method: string; url: string; remoteAddress?: string }) => ({ method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customSuccessMessage: (req: IncomingMessage, res: ServerResponse, ms: number) => `${req.method} ${req.url} ${res.statusCode} in ${Math.round(ms)} ms`,
    customErrorMessage: (req: IncomingMessage, res: ServerResponse) => `${req.method} ${req.url} failed with ${res.statusCode}`,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  };
  if (config.logFormat === 'json') return { pinoHttp: options };
  // Readable lines, written in this thread (no transport worker) so nothing is lost on exit.
  return { pinoHttp: [options, pretty({ sync: true, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })] };
}

/** Nest's logger interface over pino, with the start-up chatter moved to debug. */
export class AppLogger extends Logger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && DEBUG_ONLY_CONTEXTS.has(context)) super.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }
}

/**
 * Sends every Nest log line of the process, including those before the app exists (the embedded
 * PostgreSQL, migrations), through pino. Call once, first thing.
 */
export function useAppLogging(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): AppLogger {
  const params = loggingParams(config);
  const logger = new AppLogger(new PinoLogger(params), params);
  NestLogger.overrideLogger(logger);
  return logger;
}
