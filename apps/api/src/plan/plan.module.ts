import { Module } from '@nestjs/common';
import { PlanController } from './plan.controller';
import { PlanSummaryCache } from './plan-summary-cache';
import { PlanService } from './plan.service';

@Module({ controllers: [PlanController], providers: [PlanService, PlanSummaryCache], exports: [PlanService] })
export class PlanModule {}
