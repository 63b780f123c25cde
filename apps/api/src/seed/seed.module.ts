import { Module } from '@nestjs/common';
import { LocalAreaModule } from '../local-area/local-area.module';
import { PackModule } from '../pack/pack.module';
import { PublicSummaryModule } from '../public-summary/public-summary.module';
import { SeedService } from './seed.service';

@Module({ imports: [PackModule, LocalAreaModule, PublicSummaryModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
