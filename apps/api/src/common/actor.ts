import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** Who is making a change: recorded on every audit event. */
export interface Actor {
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system' };
export const ANONYMOUS_ACTOR: Actor = { id: null, label: 'anonymous' };

/** The authenticated user of this request, as an audit actor. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ actor?: Actor }>();
  return request.actor ?? ANONYMOUS_ACTOR;
});
