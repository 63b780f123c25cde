import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module';
import { LocalAreaModule } from '../local-area/local-area.module';
import { PackModule } from '../pack/pack.module';
import { PublicSummaryModule } from '../public-summary/public-summary.module';
import { ReportingPeriodModule } from '../reporting-period/reporting-period.module';
import { SeedService } from './seed.service';

@Module({ imports: [PackModule, LocalAreaModule, PublicSummaryModule, GovernanceModule, ReportingPeriodModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
