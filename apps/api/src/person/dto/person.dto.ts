import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination.dto';
import { IsRecordVersion, Trim } from '../../common/validators';

export class CreatePersonDto {
  @ApiProperty() @Trim() @IsString() @IsNotEmpty({ message: 'name must not be empty' }) @MaxLength(200) name!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(200) jobTitle?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @IsEmail({}, { message: 'email must be an email address' }) email?: string | null;
  @ApiProperty({ format: 'uuid' }) @IsUUID() organisationId!: string;
}

export class UpdatePersonDto extends PartialType(CreatePersonDto) {
  @ApiProperty() @IsRecordVersion() version!: number;
}

export class PersonQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organisationId?: string;
}
