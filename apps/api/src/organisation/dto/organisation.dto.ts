import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination.dto';
import { IsRecordVersion, Trim } from '../../common/validators';
import { ORGANISATION_KINDS, OrganisationKind } from '../organisation.entity';

export class CreateOrganisationDto {
  @ApiProperty({ example: 'nhs-devon-icb' })
  @Trim() @IsString() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'key must be lower-case words joined by hyphens' }) @MaxLength(80)
  key!: string;

  @ApiProperty() @Trim() @IsString() @IsNotEmpty({ message: 'name must not be empty' }) @MaxLength(200) name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS, { message: `kind must be one of: ${ORGANISATION_KINDS.join(', ')}` })
  kind!: OrganisationKind;
}

export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto) {
  @ApiProperty() @IsRecordVersion() version!: number;
}

export class OrganisationQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional() @IsIn(ORGANISATION_KINDS, { message: `kind must be one of: ${ORGANISATION_KINDS.join(', ')}` })
  kind?: OrganisationKind;
}
