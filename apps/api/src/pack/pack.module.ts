import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module';
import { ReportModule } from '../report/report.module';
import { PackController } from './pack.controller';
import { PackService } from './pack.service';

@Module({ imports: [GovernanceModule, ReportModule], controllers: [PackController], providers: [PackService], exports: [PackService] })
export class PackModule {}
