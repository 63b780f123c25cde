import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { WEEKDAYS, type Weekday } from '@send/domain';

/** Which kinds of email to get: true to get it, false to stop it. Kinds left out stay as they are. */
export class EmailChoicesDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() update_reminder?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() update_moderated?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() weekly_digest?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() pack_published?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() decision_due?: boolean;
}

export class UpdatePreferencesDto {
  @ApiPropertyOptional({ type: EmailChoicesDto })
  @IsOptional() @ValidateNested() @Type(() => EmailChoicesDto)
  emails?: EmailChoicesDto;

  @ApiPropertyOptional({ enum: WEEKDAYS, description: 'The day the weekly summary comes' })
  @IsOptional() @IsIn(WEEKDAYS, { message: `digestDay must be one of ${WEEKDAYS.join(', ')}` })
  digestDay?: Weekday;

  @ApiPropertyOptional({ description: 'The version read, to refuse a stale change (409)' })
  @IsOptional() @IsInt() @Min(0)
  version?: number;
}

export class UnsubscribeDto {
  @ApiProperty({ description: 'The token from the link in the email' })
  @IsString() @MaxLength(1000)
  token!: string;
}

export class UnsubscribeQueryDto {
  @ApiProperty({ description: 'The token from the link in the email' })
  @IsString() @MaxLength(1000)
  token!: string;
}
