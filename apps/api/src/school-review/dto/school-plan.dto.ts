import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELIVERY_STATUSES, type DeliveryStatus, IMPACT_STATUSES, type ImpactStatus } from '@send/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';

export const SCHOOL_PLAN_TITLE_MAX = 200;
export const SCHOOL_PLAN_TEXT_MAX = 5000;

export class SchoolPriorityDto {
  @ApiProperty({ example: 'Identify needs early' }) @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(SCHOOL_PLAN_TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ description: 'What the priority is for' }) @IsOptional() @Trim() @IsString() @MaxLength(SCHOOL_PLAN_TEXT_MAX)
  aim?: string;
}

export class CreateSchoolPlanDto {
  @ApiProperty({ example: 'SEND improvement plan 2026/27' }) @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(SCHOOL_PLAN_TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ description: 'The issue the plan answers: what the school found and why it must change' })
  @IsOptional() @Trim() @IsString() @MaxLength(SCHOOL_PLAN_TEXT_MAX)
  description?: string;

  @ApiPropertyOptional({ example: '2026-09-01' }) @IsOptional() @IsIsoDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2027-07-31' }) @IsOptional() @IsIsoDate()
  endDate?: string;

  @ApiProperty({ type: [SchoolPriorityDto], description: 'The plan\'s priorities, numbered in this order' })
  @IsArray() @ArrayMinSize(1, { message: 'priorities must name at least one priority' }) @ArrayMaxSize(20)
  @ValidateNested({ each: true }) @Type(() => SchoolPriorityDto)
  priorities!: SchoolPriorityDto[];
}

export class CreateSchoolActionDto {
  @ApiProperty({ example: 1, description: 'The number of the plan\'s priority the action serves' })
  @IsInt({ message: 'priorityNumber must be a whole number' }) @Min(1)
  priorityNumber!: number;

  @ApiProperty({ example: 'Establish provision mapping for every pupil with SEND' })
  @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(SCHOOL_PLAN_TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ description: 'The provision: what will be done, for whom, with what resources' })
  @IsOptional() @Trim() @IsString() @MaxLength(SCHOOL_PLAN_TEXT_MAX)
  description?: string;

  @ApiPropertyOptional({ example: '2026-09-01' }) @IsOptional() @IsIsoDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2027-03-31' }) @IsOptional() @IsIsoDate()
  dueDate?: string;
}

export class UpdateSchoolActionDto {
  @ApiProperty({ description: 'The version the action was read at; a stale version is refused with 409' }) @IsRecordVersion()
  version!: number;

  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(SCHOOL_PLAN_TITLE_MAX)
  title?: string;

  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @MaxLength(SCHOOL_PLAN_TEXT_MAX)
  description?: string;

  @ApiPropertyOptional({ example: '2027-03-31' }) @IsOptional() @IsIsoDate()
  dueDate?: string;

  @ApiPropertyOptional({ description: 'Why the due date moved: needed when a dated action is re-dated' })
  @IsOptional() @Trim() @IsString() @MaxLength(SCHOOL_PLAN_TEXT_MAX)
  reason?: string;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional() @IsIn(DELIVERY_STATUSES, { message: `deliveryStatus must be one of: ${DELIVERY_STATUSES.join(', ')}` })
  deliveryStatus?: DeliveryStatus;

  @ApiPropertyOptional({ enum: IMPACT_STATUSES })
  @IsOptional() @IsIn(IMPACT_STATUSES, { message: `impactStatus must be one of: ${IMPACT_STATUSES.join(', ')}` })
  impactStatus?: ImpactStatus;
}
