import { ApiProperty } from '@nestjs/swagger';
import { ApiId } from '../common/api-response';

/** How many days before each update deadline a plan's owners are reminded. */
export class ReminderDaysResponse {
  @ApiId() planId!: string;
  @ApiProperty({ type: 'integer', isArray: true, example: [7, 1], description: 'days before the deadline, the default until the plan sets its own' }) days!: number[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'null while the plan uses the default' }) version!: number | null;
}
