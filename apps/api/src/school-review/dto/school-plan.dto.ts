import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { DESCRIPTION_MAX, TITLE_MAX } from '@send/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { CreateActionDto } from '../../action/dto/create-action.dto';
import { UpdateActionDto } from '../../action/dto/update-action.dto';
import { IsIsoDate, Trim } from '../../common/validators';

export class SchoolPriorityDto {
  @ApiProperty({ example: 'Identify needs early' }) @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ description: 'What the priority is for' }) @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX)
  aim?: string;
}

export class CreateSchoolPlanDto {
  @ApiProperty({ example: 'SEND improvement plan 2026/27' }) @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ description: 'The issue the plan answers: what the school found and why it must change' })
  @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX)
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

/**
 * An action of a school's plan: the local area's action fields (same rules, same messages), placed
 * under one of the plan's priorities by its number. Reference and owner are the plan's to give.
 */
export class CreateSchoolActionDto extends PickType(CreateActionDto, ['title', 'description', 'startDate', 'dueDate'] as const) {
  @ApiProperty({ example: 1, description: 'The number of the plan\'s priority the action serves' })
  @IsInt({ message: 'priorityNumber must be a whole number' }) @Min(1)
  priorityNumber!: number;
}

/** A change to an action of a school's plan: the local area's action edit, limited to its wording, due date and statuses. */
export class UpdateSchoolActionDto extends PickType(UpdateActionDto, ['version', 'title', 'description', 'dueDate', 'reason', 'deliveryStatus', 'impactStatus'] as const) {}
