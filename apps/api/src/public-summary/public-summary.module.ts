import { Module } from '@nestjs/common';
import { PlanModule } from '../plan/plan.module';
import { PublicController, PublicSummaryController } from './public-summary.controller';
import { PublicSummaryService } from './public-summary.service';

@Module({
  imports: [PlanModule],
  controllers: [PublicSummaryController, PublicController],
  providers: [PublicSummaryService],
  exports: [PublicSummaryService],
})
export class PublicSummaryModule {}
