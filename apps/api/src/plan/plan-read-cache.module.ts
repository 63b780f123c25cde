import { Module } from '@nestjs/common';
import { NoticeListenerModule } from '../db/notice-listener.module';
import { PlanReadCache } from './plan-read-cache';

/** One read cache per process, shared by the plan, action and exception modules. */
@Module({ imports: [NoticeListenerModule], providers: [PlanReadCache], exports: [PlanReadCache] })
export class PlanReadCacheModule {}
