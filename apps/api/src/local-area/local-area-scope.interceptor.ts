import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { runInLocalAreas } from '../db/local-area-context';

/**
 * Runs every route's handler with the signed-in user's local areas in sight (none for a public
 * route), so that each query it makes is held to them by PostgreSQL's row-level security.
 */
@Injectable()
export class LocalAreaScopeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const ids = context.switchToHttp().getRequest<FastifyRequest>().sessionUser?.localAreaIds ?? [];
    // The handler starts when handle()'s observable is subscribed to: inside the scope.
    return new Observable((subscriber) => runInLocalAreas(ids, () => next.handle().subscribe(subscriber)));
  }
}
