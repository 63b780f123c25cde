import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { ExceptionModule } from '../exception/exception.module';
import { MeasureModule } from '../measure/measure.module';
import { PlanModule } from '../plan/plan.module';
import { InspectionController } from './inspection.controller';
import { InspectionService } from './inspection.service';
import { ReadinessService } from './readiness.service';

@Module({
  imports: [PlanModule, ActionModule, ExceptionModule, MeasureModule],
  controllers: [InspectionController],
  providers: [InspectionService, ReadinessService],
  exports: [InspectionService, ReadinessService],
})
export class InspectionModule {}
