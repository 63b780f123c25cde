import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, type Role } from '@send/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination.dto';
import { IsRecordVersion, QueryBoolean, Trim } from '../../common/validators';

export const EMAIL_MAX = 320;
export const DISPLAY_NAME_MAX = 200;

const rolesMessage = `each of roles must be one of: ${ROLES.join(', ')}`;

/** A password as set by its owner: long enough, not absurdly long. Never logged. */
export const IsNewPassword = (): PropertyDecorator => (target, key) => {
  IsString()(target, key);
  MinLength(PASSWORD_MIN_LENGTH, { message: `${String(key)} must be at least ${PASSWORD_MIN_LENGTH} characters` })(target, key);
  MaxLength(PASSWORD_MAX_LENGTH, { message: `${String(key)} must be at most ${PASSWORD_MAX_LENGTH} characters` })(target, key);
};

export class CreateUserDto {
  @ApiProperty({ example: 'name@example.org' })
  @Trim() @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(EMAIL_MAX)
  email!: string;

  @ApiProperty({ example: 'Head of SEND' })
  @Trim() @IsString() @IsNotEmpty({ message: 'displayName must not be empty' }) @MaxLength(DISPLAY_NAME_MAX)
  displayName!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray() @ArrayMinSize(1, { message: 'roles must name at least one role' }) @ArrayMaxSize(ROLES.length) @IsIn(ROLES, { each: true, message: rolesMessage })
  roles!: Role[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: "Defaults to the linked person's organisation" })
  @IsOptional() @IsUUID()
  organisationId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The person this user acts as when owning actions' })
  @IsOptional() @IsUUID()
  personId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: "A school SENCO's school: the one school whose SEND review they read and write" })
  @IsOptional() @IsUUID()
  schoolId?: string | null;

  @ApiPropertyOptional({ description: "An action owner may edit every action of their organisation" })
  @IsOptional() @IsBoolean()
  canEditOrganisationActions?: boolean;

  @ApiPropertyOptional({ description: `At least ${PASSWORD_MIN_LENGTH} characters. Leave out to issue a password-reset token instead.` })
  @IsOptional() @IsNewPassword()
  password?: string;
}

export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['password'] as const)) {
  @ApiProperty({ description: 'The version the record was read at; a stale version is refused with 409' })
  @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional({ description: 'false deactivates the account and signs it out everywhere' })
  @IsOptional() @IsBoolean()
  active?: boolean;
}

export class UserQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Searches email and display name' })
  @IsOptional() @Trim() @IsString() @MaxLength(200) q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional() @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` }) role?: Role;

  @ApiPropertyOptional({ description: 'Include deactivated accounts' })
  @IsOptional() @QueryBoolean() @IsBoolean({ message: 'includeInactive must be true or false' }) includeInactive?: boolean;
}
