import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';

/** More than any adviser could follow, and as many as England has. */
export const ADVISED_LOCAL_AREAS_MAX = 200;

export class AdvisedLocalAreasDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Every local area the adviser reads besides their own; replaces the list' })
  @IsArray() @ArrayMaxSize(ADVISED_LOCAL_AREAS_MAX) @ArrayUnique({ message: 'localAreaIds must not repeat a local area' })
  @IsUUID('all', { each: true, message: 'localAreaIds must hold local area ids' })
  localAreaIds!: string[];
}
