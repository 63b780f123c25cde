import { SetMetadata } from '@nestjs/common';
import { PLAN_READER_ROLES, ROLES, type Role } from '@send/domain';

/**
 * Who may call a route, declared on the handler (or its controller). One global guard reads it;
 * a route without a policy is refused for everyone.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] } | { kind: 'installation' };

export const ACCESS_POLICY = 'send:access-policy';

/** No sign-in needed. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Signed-in users with one of these roles. An administrator is always allowed. */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);

/** The installation's administrators only (they create local areas), whatever their roles in their own area. */
export const InstallationAdmin = () => SetMetadata(ACCESS_POLICY, { kind: 'installation' } satisfies AccessPolicy);

/** Every role that may read plan content: all but scrutiny. Use as `@Allow(...READERS)`. */
export const READERS: readonly Role[] = PLAN_READER_ROLES;

/** Any signed-in user, whatever their role. Use as `@Allow(...SIGNED_IN)`. */
export const SIGNED_IN: readonly Role[] = ROLES;
