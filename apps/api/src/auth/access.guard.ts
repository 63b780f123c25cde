import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { can } from '@send/domain';
import type { FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { scopeToLocalAreas } from '../db/local-area-context';
import { PlanLocalAreas } from '../local-area/plan-local-area';
import { assertNotCrossSite } from './csrf';
import { ACCESS_POLICY, type AccessPolicy } from './policy.decorator';
import { PlanFence } from './plan-fence';
import { actorOf, SessionService } from './session.service';

/**
 * The one place where access to routes is decided (registered as APP_GUARD): refuses cross-site
 * writes, reads the route's declared policy, finds the signed-in user and sets `request.actor`.
 * A route that declares no policy is refused for everyone. The request's work is then held to the
 * user's local areas (PostgreSQL's row-level security reads them for every query it makes; a public
 * route's work sees none), and a school's own plan named by the route is checked to be in the
 * user's sight (PlanFence).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  private planAreas?: PlanLocalAreas;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly planFence: PlanFence,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    assertNotCrossSite(request);

    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    if (!policy) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access policy: refused`);
      throw new ForbiddenException({ message: 'This route is not open to anyone', errors: [] });
    }
    if (policy.kind === 'public') return true;

    const token = this.sessions.tokenOf(request);
    const user = token ? await this.sessions.resolve(token) : null;
    if (!user) throw new UnauthorizedException({ message: 'Sign in to continue', errors: [] });
    request.sessionUser = user;
    request.actor = actorOf(user);
    if (policy.kind === 'installation' ? !user.installationAdmin : !can(user.roles, policy.permission)) {
      this.logger.debug(`Refused ${request.method} ${request.routeOptions.url} to user ${user.id}: ${policy.kind === 'installation' ? 'not an installation administrator' : `no ${policy.permission} permission`}`);
      throw new ForbiddenException({ message: 'Your role does not allow this', errors: [] });
    }
    const scope = this.localAreasFor(request, user.localAreaIds);
    scopeToLocalAreas(scope instanceof Promise ? await scope : scope);
    await this.planFence.assertReachable(request, request.actor);
    return true;
  }

  /**
   * The user's local areas; for a read of one plan (a `planId` in the path, or in the query of a
   * GET) by a user who sees several, the plan's own area only: the same rows, and far less for
   * PostgreSQL to check.
   */
  private localAreasFor(request: FastifyRequest, ids: readonly string[]): readonly string[] | Promise<readonly string[]> {
    const planId = ids.length > 1 ? planReadOf(request) : undefined;
    if (!planId) return ids;
    this.planAreas ??= new PlanLocalAreas((this.dataSource.driver as PostgresDriver).master as Pool);
    return this.planAreas.scopeFor(planId, ids);
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
