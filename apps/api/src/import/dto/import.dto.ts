import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_MAX_ROWS, TITLE_MAX } from '@send/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested,
} from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination.dto';
import { IsRecordVersion, Trim } from '../../common/validators';
import { MAX_COLUMNS } from '../spreadsheet-reader';

/** The text fields of the upload form, beside the `file` part. */
export class UploadImportDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The plan to update; leave out to create a new plan' })
  @IsOptional() @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ description: 'Title of the new plan (when no planId is given)' })
  @ValidateIf((o: UploadImportDto) => !o.planId)
  @Trim() @IsString({ message: 'title must be given for a new plan (or give planId to update a plan)' })
  @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ description: 'Local area of the new plan (when no planId is given)' })
  @ValidateIf((o: UploadImportDto) => !o.planId)
  @Trim() @IsString({ message: 'localArea must be given for a new plan (or give planId to update a plan)' })
  @IsNotEmpty({ message: 'localArea must not be empty' }) @MaxLength(TITLE_MAX)
  localArea?: string;
}

const column = () => (target: object, property: string) => {
  ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, description: 'Column index (0 = column A), or null for none' })(target, property);
  IsOptional()(target, property);
  IsInt({ message: `mapping.${property} must be a column index (0 for column A) or null` })(target, property);
  Min(0)(target, property);
  Max(MAX_COLUMNS - 1)(target, property);
};

/** Which column holds which field; a field left out keeps its column, null leaves it unmapped. */
export class ImportMappingDto {
  @column() reference?: number | null;
  @column() priorityArea?: number | null;
  @column() title?: number | null;
  @column() description?: number | null;
  @column() ownerPerson?: number | null;
  @column() ownerOrganisation?: number | null;
  @column() partners?: number | null;
  @column() startDate?: number | null;
  @column() dueDate?: number | null;
  @column() deliveryStatus?: number | null;
  @column() impactStatus?: number | null;
  @column() latestUpdate?: number | null;
}

export class UpdateImportDto {
  @ApiProperty({ description: 'The version the import was read at; a stale version is refused with 409' })
  @IsRecordVersion('import')
  version!: number;

  @ApiPropertyOptional({ type: ImportMappingDto })
  @IsOptional() @ValidateNested() @Type(() => ImportMappingDto)
  mapping?: ImportMappingDto;

  @ApiPropertyOptional({ type: [Number], description: 'Row numbers (as Excel shows them) not to import; replaces the list' })
  @IsOptional() @IsArray() @ArrayMaxSize(IMPORT_MAX_ROWS) @IsInt({ each: true, message: 'skipRows must hold row numbers' }) @Min(1, { each: true }) @Max(IMPORT_MAX_ROWS + 100, { each: true })
  skipRows?: number[];

  @ApiPropertyOptional({ description: 'Read another sheet of the workbook (the header row and mapping are found again)' })
  @IsOptional() @IsString() @MaxLength(100)
  sheet?: string;

  @ApiPropertyOptional({ description: 'The header row, as Excel numbers it (the mapping is guessed again from it)' })
  @IsOptional() @IsInt() @Min(1) @Max(IMPORT_MAX_ROWS + 100)
  headerRow?: number;
}

export class CommitImportDto {
  @ApiProperty({ description: 'The version of the preview being committed; a stale version is refused with 409' })
  @IsRecordVersion('import')
  version!: number;
}

export const ROW_VIEWS = ['all', 'problems', 'changes'] as const;
export type RowView = (typeof ROW_VIEWS)[number];

export class ImportQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: ROW_VIEWS, default: 'all', description: 'Which rows to list: all, those with problems, or those that would change the plan' })
  @IsOptional() @IsIn(ROW_VIEWS, { message: `rows must be one of: ${ROW_VIEWS.join(', ')}` })
  rows: RowView = 'all';
}
