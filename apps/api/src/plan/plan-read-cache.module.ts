import { Module } from '@nestjs/common';
import { PlanReadCache } from './plan-read-cache';

/** One read cache per process, shared by the plan, action and exception modules. */
@Module({ providers: [PlanReadCache], exports: [PlanReadCache] })
export class PlanReadCacheModule {}
