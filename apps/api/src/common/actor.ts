import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from '@send/domain';

/** Who is making a request: the signed-in user, recorded on every audit event. */
export interface Actor {
  /** The user's id; null for the system (seeding, migrations) and anonymous requests. */
  id: string | null;
  label: string;
  roles: Role[];
  organisationId: string | null;
  /** The person record the user acts as, when they own actions. */
  personId: string | null;
  /** An action owner granted every action of their organisation, not only their own. */
  canEditOrganisationActions?: boolean;
  /** The local area the user belongs to (none for the system). */
  localAreaId?: string | null;
  /** Every local area the user reads: their own, and an adviser's advised areas. */
  localAreaIds?: readonly string[];
  /** Administers the installation: creates local areas. */
  installationAdmin?: boolean;
  /** A school's SENCO: their school. */
  schoolId?: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system', roles: [], organisationId: null, personId: null };
export const ANONYMOUS_ACTOR: Actor = { id: null, label: 'anonymous', roles: [], organisationId: null, personId: null };

/** The authenticated user of this request, as an audit actor. */
/** The actor's local area, for code that must name it. */
export function localAreaOf(actor: Actor): string {
  if (!actor.localAreaId) throw new Error(`${actor.label} belongs to no local area`);
  return actor.localAreaId;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ actor?: Actor }>();
  return request.actor ?? ANONYMOUS_ACTOR;
});
