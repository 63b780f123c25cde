import { Module } from '@nestjs/common';
import { CaseAuditController } from './case-audit.controller';
import { CaseAuditService } from './case-audit.service';

@Module({
  controllers: [CaseAuditController],
  providers: [CaseAuditService],
  exports: [CaseAuditService],
})
export class CaseAuditModule {}
