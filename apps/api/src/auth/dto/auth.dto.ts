import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH } from '@send/domain';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EMAIL_MAX, IsNewPassword } from './user.dto';

export class LoginDto {
  @ApiProperty({ example: 'head.of.send@demo.example' })
  @IsString() @IsNotEmpty({ message: 'email must not be empty' }) @MaxLength(EMAIL_MAX)
  email!: string;

  @ApiProperty()
  @IsString() @IsNotEmpty({ message: 'password must not be empty' }) @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString() @IsNotEmpty({ message: 'currentPassword must not be empty' }) @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty()
  @IsNewPassword()
  newPassword!: string;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'The one-time token an administrator passed on' })
  @IsString() @IsNotEmpty({ message: 'token must not be empty' }) @MaxLength(200)
  token!: string;

  @ApiProperty()
  @IsNewPassword()
  password!: string;
}
