import { Module } from '@nestjs/common';
import { CriticalReviewController } from './critical-review.controller';
import { CriticalReviewService } from './critical-review.service';

@Module({
  controllers: [CriticalReviewController],
  providers: [CriticalReviewService],
  exports: [CriticalReviewService],
})
export class CriticalReviewModule {}
