import { Logger as NestLogger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger, Params, PinoLogger } from 'nestjs-pino';
import pretty from 'pino-pretty';
import type { AppConfig } from '../config/app.config';
import { currentRequestId } from '../db/local-area-context';

/** Nest's level names, in the words of pino (which has no `log` or `verbose`). */
const PINO_LEVEL: Record<AppConfig['logLevel'], string> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/** Start-up chatter (the route table, one line per module) that belongs at debug, not in every console. */
const DEBUG_ONLY_CONTEXTS = new Set(['RoutesResolver', 'RouterExplorer', 'InstanceLoader']);

/**
 * The logging of the whole process, in one place: pino, one line per event, JSON when
 * `LOG_FORMAT=json` (for a log shipper) and readable otherwise. Every line written while a request
 * is handled carries its id (`reqId`, the `x-request-id` the client sent or one made for it), so a
 * user's report of an error can be found in the logs: pino's mixin reads it from the request's scope
 * as each line is written, so a request that logs nothing costs nothing. Each answer is logged once,
 * when sent (`logAnswer`): at debug when it succeeds, at info when refused (4xx), at error when it fails.
 */
export function loggingParams(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): Params {
  const options = {
    level: PINO_LEVEL[config.logLevel],
    mixin: () => {
      const reqId = currentRequestId();
      return reqId === undefined ? {} : { reqId };
    },
  };
  if (config.logFormat === 'json') return { pinoHttp: options };
  // Readable lines, written in this thread (no transport worker) so nothing is lost on exit.
  return { pinoHttp: [options, pretty({ sync: true, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })] };
}

/** The line for an answer sent: its request, status and time, at a level set by its status. */
export function logAnswer(request: FastifyRequest, reply: FastifyReply): void {
  const logger = PinoLogger.root;
  const status = reply.statusCode;
  const level = status >= 500 ? 'error' : status >= 400 ? 'info' : 'debug';
  if (!logger?.isLevelEnabled(level)) return;
  const ms = reply.elapsedTime;
  logger[level](
    { reqId: request.id, method: request.method, url: request.url, remoteAddress: request.ip, statusCode: status, responseTime: Math.round(ms) },
    status >= 500 ? `${request.method} ${request.url} failed with ${status}` : `${request.method} ${request.url} ${status} in ${Math.round(ms)} ms`,
  );
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
