/// <reference types="@fastify/static" />
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainRuleError } from '@send/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { QueryFailedError } from 'typeorm';
import type { ErrorEnvelope, FieldError } from './error-envelope';

// PostgreSQL error codes that mean "bad input", never "server broken".
const PG_BAD_INPUT: Record<string, number> = {
  '23502': HttpStatus.BAD_REQUEST, // not_null_violation: a required field sent as null
  '23503': HttpStatus.BAD_REQUEST, // foreign_key_violation: a referenced record does not exist
  '23505': HttpStatus.CONFLICT, // unique_violation
  '23514': HttpStatus.BAD_REQUEST, // check_violation
  '22P02': HttpStatus.BAD_REQUEST, // invalid_text_representation
  '22007': HttpStatus.BAD_REQUEST, // invalid_datetime_format
  '22008': HttpStatus.BAD_REQUEST, // datetime_field_overflow
  // Refused before they reach the database (DTO bounds, hostile-input.ts); kept as a backstop.
  '22003': HttpStatus.BAD_REQUEST, // numeric_value_out_of_range
  '22021': HttpStatus.BAD_REQUEST, // character_not_in_repertoire: a NUL in text
  '22P05': HttpStatus.BAD_REQUEST, // untranslatable_character: a NUL in JSON
};

// Where a database column is set through a differently named API field.
const FIELD_ALIASES: Record<string, string> = {
  'action_partner.organisation_id': 'partnerOrganisationIds',
};

// Fastify's wording names internals; say it the way a client developer needs it.
const friendly = (message: string) => (/not valid JSON/i.test(message) ? 'The request body is not valid JSON' : message);

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Turns every error into `{ message, errors }`. Unknown errors are logged and answered with a
 * generic 500, so stack traces never reach the client. Unknown non-API GET paths get the web
 * app's index.html, so client-side routes survive a reload.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  constructor(private readonly webDist?: string) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const [status, body] = this.toEnvelope(exception, request);

    if (status === HttpStatus.NOT_FOUND && this.servesWebApp(request)) {
      void reply.type('text/html').sendFile('index.html');
      return;
    }
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private servesWebApp(request: FastifyRequest): boolean {
    return (
      request.method === 'GET' &&
      !request.url.startsWith('/api') &&
      !!this.webDist &&
      existsSync(join(this.webDist, 'index.html'))
    );
  }

  private toEnvelope(exception: unknown, request: FastifyRequest): [number, ErrorEnvelope] {
    if (exception instanceof DomainRuleError) {
      return [HttpStatus.BAD_REQUEST, { message: exception.message, errors: [{ field: exception.field, message: exception.message }] }];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'string') return [status, { message: friendly(response), errors: [] }];
      const r = response as { message?: string | string[]; errors?: FieldError[]; current?: unknown };
      const raw = Array.isArray(r.message) ? r.message.join('; ') : (r.message ?? exception.message);
      const message = friendly(raw);
      const body: ErrorEnvelope = { message, errors: r.errors ?? [] };
      if (r.current !== undefined) body.current = r.current;
      return [status, body];
    }
    const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
    if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      // Fastify's own rejections: malformed JSON, body too large, unsupported media type.
      const message = friendly(fastifyError.message ?? 'Bad request');
      return [fastifyError.statusCode, { message, errors: [] }];
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception as QueryFailedError & { code?: string }).code ?? '';
      const status = PG_BAD_INPUT[code];
      if (status) {
        const { detail, table, column: nullColumn } = exception as QueryFailedError & { detail?: string; table?: string; column?: string };
        this.logger.debug(`Refused by the database (${code}): ${detail ?? exception.message}`);
        const column = code === '23502' ? nullColumn : /Key \(([a-z_]+)\)/.exec(detail ?? '')?.[1];
        const field = column ? (FIELD_ALIASES[`${table}.${column}`] ?? camelCase(column)) : undefined;
        const message = status === HttpStatus.CONFLICT
          ? 'A record with the same identifying value already exists'
          : code === '23503'
            ? 'The request refers to a record that does not exist'
            : code === '23502'
              ? 'This field is required and cannot be empty'
              : 'The request holds a value the database cannot store';
        return [status, { message, errors: field ? [{ field, message }] : [] }];
      }
    }
    this.logger.error(`${request.method} ${request.url} failed`, exception instanceof Error ? exception.stack : String(exception));
    return [HttpStatus.INTERNAL_SERVER_ERROR, { message: 'Something went wrong on our side. The error has been logged.', errors: [] }];
  }
}
