import { Module } from '@nestjs/common';
import { ExpectationController, SchoolAuditController, SchoolController, SchoolOverviewController, SelfReviewController } from './school-review.controller';
import { SchoolReviewService } from './school-review.service';

@Module({
  controllers: [ExpectationController, SchoolController, SelfReviewController, SchoolAuditController, SchoolOverviewController],
  providers: [SchoolReviewService],
  exports: [SchoolReviewService],
})
export class SchoolReviewModule {}
