import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { runInLocalAreas } from '../db/local-area-context';
import { PlanLocalAreas } from './plan-local-area';

/**
 * Runs every route's handler with the signed-in user's local areas in sight (none for a public
 * route), so that each query it makes is held to them by PostgreSQL's row-level security.
 * A read of one plan (a `planId` in the path, or in the query of a GET) by a user who sees several
 * local areas runs with the plan's own area only: the same rows, and far less for PostgreSQL to check.
 */
@Injectable()
export class LocalAreaScopeInterceptor implements NestInterceptor {
  private planAreas?: PlanLocalAreas;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const ids = request.sessionUser?.localAreaIds ?? [];
    // The handler starts when handle()'s observable is subscribed to: inside the scope.
    const run = (scope: readonly string[]) => new Observable((subscriber) => runInLocalAreas(scope, () => next.handle().subscribe(subscriber)));
    const planId = ids.length > 1 ? planReadOf(request) : undefined;
    if (!planId) return run(ids);
    this.planAreas ??= new PlanLocalAreas((this.dataSource.driver as PostgresDriver).master as Pool);
    const scope = this.planAreas.scopeFor(planId, ids);
    if (!(scope instanceof Promise)) return run(scope);
    return new Observable((subscriber) => {
      let inner: { unsubscribe(): void } | undefined;
      let closed = false;
      scope.then(
        (found) => {
          if (!closed) inner = run(found).subscribe(subscriber);
        },
        (error: unknown) => subscriber.error(error),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  }
}

/** The plan a read is of: the path's planId, or (for a GET) the query's. */
function planReadOf(request: FastifyRequest): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const fromPath = (request.params as Record<string, unknown> | undefined)?.planId;
  if (typeof fromPath === 'string') return fromPath;
  const fromQuery = (request.query as Record<string, unknown> | undefined)?.planId;
  return typeof fromQuery === 'string' ? fromQuery : undefined;
}
