import { Module } from '@nestjs/common';
import { InspectionModule } from '../inspection/inspection.module';
import { MeasureModule } from '../measure/measure.module';
import { PlanModule } from '../plan/plan.module';
import { SelfEvaluationModule } from '../self-evaluation/self-evaluation.module';
import { StatusUpdateModule } from '../status-update/status-update.module';
import { VoiceModule } from '../voice/voice.module';
import { ReadinessPackController } from './readiness-pack.controller';
import { ReadinessPackService } from './readiness-pack.service';

/** The monitoring evidence pack. */
@Module({
  imports: [PlanModule, InspectionModule, MeasureModule, StatusUpdateModule, SelfEvaluationModule, VoiceModule],
  controllers: [ReadinessPackController],
  providers: [ReadinessPackService],
})
export class ReadinessPackModule {}
