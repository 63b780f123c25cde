import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can } from '@send/domain';
import type { FastifyRequest } from 'fastify';
import { assertNotCrossSite } from './csrf';
import { ACCESS_POLICY, type AccessPolicy } from './policy.decorator';
import { PlanFence } from './plan-fence';
import { actorOf, SessionService } from './session.service';

/**
 * The one place where access to routes is decided (registered as APP_GUARD): refuses cross-site
 * writes, reads the route's declared policy, finds the signed-in user and sets `request.actor`.
 * A route that declares no policy is refused for everyone. A school's own plan named by a route
 * is then checked to be in the user's sight (PlanFence).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector, private readonly sessions: SessionService, private readonly planFence: PlanFence) {}

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
    await this.planFence.assertReachable(request, request.actor);
    return true;
  }
}
