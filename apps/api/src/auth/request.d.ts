import type { Actor } from '../common/actor';
import type { SessionUser } from './session.service';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set by the access guard on routes that need one. */
    actor?: Actor;
    sessionUser?: SessionUser;
  }
}
