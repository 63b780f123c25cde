import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DESCRIPTION_MAX, EVIDENCE_TYPES, EvidenceType, TITLE_MAX } from '@send/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { IsIsoDate, Trim } from '../../common/validators';

export const URL_MAX = 2000;

/** Form fields are text: read "true"/"false" (and a checkbox's "on") as booleans; JSON booleans pass through. */
const FormBoolean = () =>
  Transform(({ value }) => (value === 'true' || value === 'on' ? true : value === 'false' ? false : value));

/**
 * One evidence item. Sent as JSON with a `url` for a link, or as multipart/form-data with these
 * same fields as text and the document in a `file` part. Both are validated by this class.
 */
export class CreateEvidenceDto {
  @ApiProperty({ enum: EVIDENCE_TYPES })
  @IsIn(EVIDENCE_TYPES, { message: `type must be one of: ${EVIDENCE_TYPES.join(', ')}` })
  type!: EvidenceType;

  @ApiProperty()
  @Trim() @IsString() @IsNotEmpty({ message: 'title must not be empty' }) @MaxLength(TITLE_MAX)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional() @Trim() @IsString() @MaxLength(DESCRIPTION_MAX)
  description?: string;

  @ApiProperty({ example: '2025-01-09', description: 'The date the evidence is from' })
  @IsIsoDate()
  date!: string;

  @ApiPropertyOptional({ description: 'Demonstrates impact on children and young people', default: false })
  @IsOptional() @FormBoolean() @IsBoolean({ message: 'demonstratesImpact must be true or false' })
  demonstratesImpact?: boolean;

  @ApiPropertyOptional({ description: 'A link (http or https) instead of a file', example: 'https://www.plymouth.gov.uk/send' })
  @IsOptional() @Trim()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be a web address starting with http:// or https://' })
  @MaxLength(URL_MAX)
  url?: string;
}
