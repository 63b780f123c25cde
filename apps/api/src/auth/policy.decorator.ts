import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@send/domain';

/**
 * Who may call a route, declared on the handler (or its controller). One global guard reads it;
 * a route without a policy is refused for everyone.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'permission'; permission: Permission } | { kind: 'installation' };

export const ACCESS_POLICY = 'send:access-policy';

/** No sign-in needed. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/**
 * Signed-in users whose roles hold `permission` in the domain's PERMISSIONS table, the table the
 * web app's controls read too. An administrator always may.
 */
export const Can = (permission: Permission) => SetMetadata(ACCESS_POLICY, { kind: 'permission', permission } satisfies AccessPolicy);

/** The installation's administrators only (they create local areas), whatever their roles in their own area. */
export const InstallationAdmin = () => SetMetadata(ACCESS_POLICY, { kind: 'installation' } satisfies AccessPolicy);
