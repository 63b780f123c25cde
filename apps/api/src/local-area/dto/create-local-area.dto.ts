import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Trim } from '../../common/validators';
import { DISPLAY_NAME_MAX, EMAIL_MAX } from '../../auth/dto/user.dto';

export class FirstAdministratorDto {
  @ApiProperty({ example: 'head.of.send@example.gov.uk' })
  @Trim() @IsEmail({}, { message: 'administrator.email must be an email address' }) @MaxLength(EMAIL_MAX)
  email!: string;

  @ApiProperty({ example: 'Head of SEND' })
  @Trim() @IsString() @IsNotEmpty({ message: 'administrator.displayName must not be empty' }) @MaxLength(DISPLAY_NAME_MAX)
  displayName!: string;
}

export class CreateLocalAreaDto {
  @ApiProperty({ example: 'Devon' })
  @Trim() @IsString() @IsNotEmpty({ message: 'name must not be empty' }) @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'devon', description: 'Lower-case letters, digits and hyphens' })
  @Trim() @IsString() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters, digits and single hyphens' }) @MaxLength(100)
  slug!: string;

  @ApiPropertyOptional({ example: 'Devon County Council' })
  @IsOptional() @Trim() @IsString() @MaxLength(200)
  councilName?: string;

  @ApiPropertyOptional({ example: 'NHS Devon' })
  @IsOptional() @Trim() @IsString() @MaxLength(200)
  icbName?: string;

  @ApiProperty({ type: FirstAdministratorDto })
  @ValidateNested() @Type(() => FirstAdministratorDto)
  administrator!: FirstAdministratorDto;
}
