import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { PlanReadCacheModule } from '../plan/plan-read-cache.module';
import { ActionController } from './action.controller';
import { ActionRepository } from './action.repository';
import { ActionService } from './action.service';

@Module({ imports: [EvidenceModule, PlanReadCacheModule], controllers: [ActionController], providers: [ActionRepository, ActionService], exports: [ActionService] })
export class ActionModule {}
