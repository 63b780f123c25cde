import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@send/domain';
import { ApiDateTime, ApiId } from '../common/api-response';
import type { User } from './user.entity';

const roles = { enum: ROLES, enumName: 'Role', isArray: true } as const;

/** What an administrator sees of an account. Never the password hash. */
export class UserResponse {
  @ApiId() id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty(roles) roles!: Role[];
  @ApiId() localAreaId!: string;
  @ApiId({ nullable: true }) organisationId!: string | null;
  @ApiId({ nullable: true, description: 'the person record the account acts as, as an action owner' }) personId!: string | null;
  @ApiProperty({ description: "may edit every action of its organisation, not only its own" }) canEditOrganisationActions!: boolean;
  @ApiId({ nullable: true, description: "a SENCO's school" }) schoolId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiDateTime({ nullable: true }) passwordChangedAt!: string | null;
  @ApiDateTime({ nullable: true }) lastSignedInAt!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
}

/** The signed-in user as the web app needs them (`GET /api/auth/me`, and the answer to a sign-in). */
export class MeResponse {
  @ApiId() id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty(roles) roles!: Role[];
  @ApiId({ nullable: true }) organisationId!: string | null;
  @ApiId({ nullable: true }) personId!: string | null;
  @ApiProperty() canEditOrganisationActions!: boolean;
  @ApiId() localAreaId!: string;
  @ApiProperty({ description: 'runs the installation: adds local areas and their first administrators' }) installationAdmin!: boolean;
}

/** The answer to a sign-in: the user (the session travels in an HttpOnly cookie). */
export class SignInResponse {
  @ApiProperty({ type: () => MeResponse }) user!: MeResponse;
}

/** A one-time password reset token, to hand to the account's owner. */
export class PasswordResetResponse {
  @ApiProperty() token!: string;
  @ApiDateTime() expiresAt!: string;
}

export function toUserResponse(u: User): UserResponse {
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

export function toMeResponse(u: Pick<User, 'id' | 'email' | 'displayName' | 'roles' | 'organisationId' | 'personId' | 'canEditOrganisationActions' | 'localAreaId' | 'installationAdmin'>): MeResponse {
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
