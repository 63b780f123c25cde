import { Module } from '@nestjs/common';
import { PlanController } from './plan.controller';
import { PlanReadCacheModule } from './plan-read-cache.module';
import { PlanService } from './plan.service';

@Module({ imports: [PlanReadCacheModule], controllers: [PlanController], providers: [PlanService], exports: [PlanService] })
export class PlanModule {}
