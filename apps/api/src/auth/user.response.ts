import type { User } from './user.entity';

/** What an administrator sees of an account. Never the password hash. */
export function toUserResponse(u: User) {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    roles: u.roles,
    localAreaId: u.localAreaId,
    organisationId: u.organisationId,
    personId: u.personId,
    canEditOrganisationActions: u.canEditOrganisationActions,
    schoolId: u.schoolId,
    active: u.active,
    passwordChangedAt: u.passwordChangedAt?.toISOString() ?? null,
    lastSignedInAt: u.lastSignedInAt?.toISOString() ?? null,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

export type UserResponse = ReturnType<typeof toUserResponse>;

/** The signed-in user as the web app needs them (`GET /api/auth/me`, and the answer to a sign-in). */
export function toMeResponse(u: Pick<User, 'id' | 'email' | 'displayName' | 'roles' | 'organisationId' | 'personId' | 'canEditOrganisationActions' | 'localAreaId' | 'installationAdmin'>) {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    roles: u.roles,
    organisationId: u.organisationId,
    personId: u.personId,
    canEditOrganisationActions: u.canEditOrganisationActions,
    localAreaId: u.localAreaId,
    installationAdmin: u.installationAdmin,
  };
}

export type MeResponse = ReturnType<typeof toMeResponse>;

/** The fields an audit event keeps of an account. */
export function toUserAuditState(u: User) {
  return {
    email: u.email,
    displayName: u.displayName,
    roles: [...u.roles],
    organisationId: u.organisationId,
    personId: u.personId,
    canEditOrganisationActions: u.canEditOrganisationActions,
    schoolId: u.schoolId,
    active: u.active,
    version: u.version,
  };
}
