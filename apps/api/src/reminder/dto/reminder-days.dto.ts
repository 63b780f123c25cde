import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, Max, Min } from 'class-validator';
import { MAX_DAYS_BEFORE_DEADLINE, MAX_REMINDER_DAYS } from '@send/domain';

export class SetReminderDaysDto {
  @ApiProperty({ type: [Number], example: [7, 2], description: 'Days before each update deadline that owners are reminded' })
  @IsArray() @ArrayMaxSize(MAX_REMINDER_DAYS) @IsInt({ each: true }) @Min(0, { each: true }) @Max(MAX_DAYS_BEFORE_DEADLINE, { each: true })
  days!: number[];
}
