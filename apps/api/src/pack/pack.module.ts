import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module';
import { NotificationModule } from '../notification/notification.module';
import { ReportModule } from '../report/report.module';
import { PackController } from './pack.controller';
import { PackService } from './pack.service';

@Module({ imports: [GovernanceModule, NotificationModule, ReportModule], controllers: [PackController], providers: [PackService], exports: [PackService] })
export class PackModule {}
