import { Module } from '@nestjs/common';
import { CriticalReviewModule } from '../critical-review/critical-review.module';
import { PlanController } from './plan.controller';
import { PlanService } from './plan.service';

@Module({ imports: [CriticalReviewModule], controllers: [PlanController], providers: [PlanService], exports: [PlanService] })
export class PlanModule {}
