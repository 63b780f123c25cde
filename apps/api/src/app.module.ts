import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionModule } from './action/action.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { APP_CONFIG, AppConfig } from './config/app.config';
import { appDataSourceOptions } from './db/data-source';
import { CaseAuditModule } from './case-audit/case-audit.module';
import { CriticalReviewModule } from './critical-review/critical-review.module';
import { EvidenceModule } from './evidence/evidence.module';
import { ExceptionModule } from './exception/exception.module';
import { GovernanceModule } from './governance/governance.module';
import { HealthModule } from './health/health.module';
import { ImportModule } from './import/import.module';
import { InspectionModule } from './inspection/inspection.module';
import { DATABASE_URL } from './job-queue/job-queue.tokens';
import { JobQueueModule } from './job-queue/job-queue.module';
import { LocalAreaModule } from './local-area/local-area.module';
import { MeasureModule } from './measure/measure.module';
import { MilestoneModule } from './milestone/milestone.module';
import { NotificationModule } from './notification/notification.module';
import { OrganisationModule } from './organisation/organisation.module';
import { PackModule } from './pack/pack.module';
import { PersonModule } from './person/person.module';
import { PlanModule } from './plan/plan.module';
import { PriorityAreaModule } from './priority-area/priority-area.module';
import { ReadinessPackModule } from './readiness-pack/readiness-pack.module';
import { PublicSummaryModule } from './public-summary/public-summary.module';
import { ReminderModule } from './reminder/reminder.module';
import { ReportModule } from './report/report.module';
import { ReportingPeriodModule } from './reporting-period/reporting-period.module';
import { SchoolReviewModule } from './school-review/school-review.module';
import { SeedModule } from './seed/seed.module';
import { SelfEvaluationModule } from './self-evaluation/self-evaluation.module';
import { StatusUpdateModule } from './status-update/status-update.module';
import { VoiceModule } from './voice/voice.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(appDataSourceOptions(databaseUrl)),
        AuditModule,
        AuthModule,
        SchoolReviewModule,
        LocalAreaModule,
        HealthModule,
        PlanModule,
        CriticalReviewModule,
        CaseAuditModule,
        PublicSummaryModule,
        PriorityAreaModule,
        ActionModule,
        MilestoneModule,
        EvidenceModule,
        GovernanceModule,
        PackModule,
        ReportModule,
        ExceptionModule,
        MeasureModule,
        OrganisationModule,
        PersonModule,
        ReportingPeriodModule,
        StatusUpdateModule,
        SeedModule,
        ImportModule,
        JobQueueModule,
        NotificationModule,
        ReminderModule,
        SelfEvaluationModule,
        ReadinessPackModule,
        InspectionModule,
        VoiceModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: DATABASE_URL, useValue: databaseUrl }],
      exports: [APP_CONFIG, DATABASE_URL],
    };
  }
}
