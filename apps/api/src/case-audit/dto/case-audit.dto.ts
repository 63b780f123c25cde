import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_AUDIT_DOMAINS,
  CASE_AUDIT_GRADES,
  CASE_REFERENCE_HINT,
  CASE_REFERENCE_MAX,
  caseReferenceProblem,
  DESCRIPTION_MAX,
  LEARNING_THEME_MAX,
  LEARNING_THEMES_MAX,
  type CaseAuditGrade,
} from '@send/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';

const GRADE_MESSAGE = `must be one of: ${CASE_AUDIT_GRADES.join(', ')}`;
const AUDITORS_MAX = 20;
const PRIORITY_AREAS_MAX = 50;

/** A case reference of the right shape (caseReferenceProblem): never a name. */
function IsCaseReference(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCaseReference',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && caseReferenceProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) =>
          typeof args?.value === 'string' ? (caseReferenceProblem(args.value) ?? 'reference is not valid') : 'reference must be a string',
      },
    });
}

/** A grade for each of the six domains, on the four-point scale. */
export class CaseAuditGradesDto {
  @ApiProperty({ enum: CASE_AUDIT_GRADES }) @IsIn(CASE_AUDIT_GRADES, { message: `identification_of_need ${GRADE_MESSAGE}` })
  identification_of_need!: CaseAuditGrade;

  @ApiProperty({ enum: CASE_AUDIT_GRADES }) @IsIn(CASE_AUDIT_GRADES, { message: `assessment ${GRADE_MESSAGE}` })
  assessment!: CaseAuditGrade;

  @ApiProperty({ enum: CASE_AUDIT_GRADES }) @IsIn(CASE_AUDIT_GRADES, { message: `quality_of_ehc_plan ${GRADE_MESSAGE}` })
  quality_of_ehc_plan!: CaseAuditGrade;

  @ApiProperty({ enum: CASE_AUDIT_GRADES }) @IsIn(CASE_AUDIT_GRADES, { message: `childs_voice ${GRADE_MESSAGE}` })
  childs_voice!: CaseAuditGrade;

  @ApiProperty({ enum: CASE_AUDIT_GRADES }) @IsIn(CASE_AUDIT_GRADES, { message: `multi_agency_working ${GRADE_MESSAGE}` })
  multi_agency_working!: CaseAuditGrade;

  @ApiProperty({ enum: CASE_AUDIT_GRADES }) @IsIn(CASE_AUDIT_GRADES, { message: `outcomes ${GRADE_MESSAGE}` })
  outcomes!: CaseAuditGrade;
}

// Keeps the DTO and the domain's list of domains in step.
const DOMAINS_IN_DTO: readonly (keyof CaseAuditGradesDto)[] = CASE_AUDIT_DOMAINS;
void DOMAINS_IN_DTO;

export class CreateCaseAuditDto {
  @ApiProperty({ example: 'CA-2025-01', maxLength: CASE_REFERENCE_MAX, description: `${CASE_REFERENCE_HINT}: letters, digits and hyphens, with at least one digit` })
  @Trim() @IsCaseReference()
  reference!: string;

  @ApiProperty({ example: '2025-01-22', description: 'The day of the audit' })
  @IsIsoDate()
  auditDate!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "The auditors' organisations: ids of the local area's organisations" })
  @IsOptional() @IsArray() @ArrayMaxSize(AUDITORS_MAX) @IsUUID('all', { each: true, message: 'auditorOrganisationIds must be ids of organisations' })
  auditorOrganisationIds?: string[];

  @ApiProperty({ type: CaseAuditGradesDto })
  @ValidateNested() @Type(() => CaseAuditGradesDto) @IsNotEmpty({ message: 'grades must give a grade for each domain' })
  grades!: CaseAuditGradesDto;

  @ApiPropertyOptional({ description: 'What the audit found was strong' })
  @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX)
  strengths?: string;

  @ApiPropertyOptional({ type: [String], description: 'What the partnership learns, each in a few words' })
  @IsOptional() @IsArray() @ArrayMaxSize(LEARNING_THEMES_MAX)
  @IsString({ each: true }) @IsNotEmpty({ each: true, message: 'learningThemes must not hold an empty theme' }) @MaxLength(LEARNING_THEME_MAX, { each: true })
  learningThemes?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "The plan's priority areas the findings bear on" })
  @IsOptional() @IsArray() @ArrayMaxSize(PRIORITY_AREAS_MAX) @IsUUID('all', { each: true, message: 'priorityAreaIds must be ids of the plan\'s priority areas' })
  priorityAreaIds?: string[];

  @ApiPropertyOptional({ description: 'Demo data, not a real audit' })
  @IsOptional() @IsBoolean()
  illustrative?: boolean;
}

export class UpdateCaseAuditDto {
  @ApiProperty({ description: 'The version the audit was read at; a stale version is refused with 409' })
  @IsRecordVersion('case audit')
  version!: number;

  @ApiPropertyOptional({ example: 'CA-2025-01', maxLength: CASE_REFERENCE_MAX, description: CASE_REFERENCE_HINT })
  @IsOptional() @Trim() @IsCaseReference()
  reference?: string;

  @ApiPropertyOptional({ example: '2025-01-22' }) @IsOptional() @IsIsoDate() auditDate?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(AUDITORS_MAX) @IsUUID('all', { each: true, message: 'auditorOrganisationIds must be ids of organisations' })
  auditorOrganisationIds?: string[];

  @ApiPropertyOptional({ type: CaseAuditGradesDto })
  @IsOptional() @ValidateNested() @Type(() => CaseAuditGradesDto)
  grades?: CaseAuditGradesDto;

  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX) strengths?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(LEARNING_THEMES_MAX)
  @IsString({ each: true }) @IsNotEmpty({ each: true, message: 'learningThemes must not hold an empty theme' }) @MaxLength(LEARNING_THEME_MAX, { each: true })
  learningThemes?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayMaxSize(PRIORITY_AREAS_MAX) @IsUUID('all', { each: true, message: 'priorityAreaIds must be ids of the plan\'s priority areas' })
  priorityAreaIds?: string[];

  @ApiPropertyOptional() @IsOptional() @IsBoolean() illustrative?: boolean;
}
