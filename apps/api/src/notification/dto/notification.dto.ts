import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination.dto';
import { EMAIL_STATUSES, type EmailStatus } from '../email-message.entity';

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class NotificationQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Only those not yet read' })
  @IsOptional() @Transform(toBool) @IsBoolean()
  unread?: boolean;
}

export class OutboxQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: EMAIL_STATUSES })
  @IsOptional() @IsIn(EMAIL_STATUSES)
  status?: EmailStatus;
}
