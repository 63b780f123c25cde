import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { COMMENT_MAX, DESCRIPTION_MAX, FINDING_KINDS, INSPECTION_KINDS, TITLE_MAX, type FindingKind, type InspectionKind } from '@send/domain';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate, IsRecordVersion, Trim } from '../../common/validators';
import { URL_MAX } from '../../evidence/dto/create-evidence.dto';

export class CreateInspectionDto {
  @ApiProperty({ example: '2023-06-16', description: 'The day the inspection ended' })
  @IsIsoDate()
  date!: string;

  @ApiProperty({ enum: INSPECTION_KINDS })
  @IsIn(INSPECTION_KINDS, { message: `kind must be one of: ${INSPECTION_KINDS.join(', ')}` })
  kind!: InspectionKind;

  @ApiPropertyOptional({ description: "The inspection framework's outcome, in its words" })
  @IsOptional() @Trim() @IsString() @MaxLength(COMMENT_MAX)
  outcome?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The published report', example: 'https://reports.ofsted.gov.uk/' })
  @IsOptional() @Trim()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'reportUrl must be a web address starting with http:// or https://' })
  @MaxLength(URL_MAX)
  reportUrl?: string | null;

  @ApiPropertyOptional({ description: "Where the record's words come from" })
  @IsOptional() @Trim() @IsString() @MaxLength(COMMENT_MAX)
  sourceNote?: string;
}

export class CreateFindingDto {
  @ApiProperty({ enum: FINDING_KINDS })
  @IsIn(FINDING_KINDS, { message: `kind must be one of: ${FINDING_KINDS.join(', ')}` })
  kind!: FindingKind;

  @ApiProperty({ description: 'Its number among the inspection\'s findings of its kind', example: 1 })
  @IsInt({ message: 'number must be a whole number' }) @Min(1, { message: 'number must be 1 or more' }) @Max(999, { message: 'number must be 999 or less' })
  number!: number;

  @ApiProperty({ description: "The inspection's words" })
  @Trim() @IsString() @IsNotEmpty({ message: 'text must not be empty' }) @MaxLength(DESCRIPTION_MAX)
  text!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'A short title to list it by' })
  @IsOptional() @Trim() @IsString() @MaxLength(TITLE_MAX)
  title?: string | null;
}

export class UpdateFindingDto extends PartialType(CreateFindingDto) {
  @ApiProperty()
  @IsRecordVersion('finding')
  version!: number;
}

export class SetFindingLinksDto {
  @ApiProperty({ type: [String], description: 'The actions that answer the finding (of the same plan)' })
  @IsArray({ message: 'actionIds must be a list of action ids' }) @ArrayMaxSize(200) @IsUUID('all', { each: true, message: 'actionIds must hold only action ids' })
  actionIds!: string[];

  @ApiProperty({ type: [String], description: 'The measures that show whether it has changed things (of the same plan)' })
  @IsArray({ message: 'measureIds must be a list of measure ids' }) @ArrayMaxSize(200) @IsUUID('all', { each: true, message: 'measureIds must hold only measure ids' })
  measureIds!: string[];
}
