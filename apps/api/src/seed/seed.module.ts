import { Module } from '@nestjs/common';
import { LocalAreaModule } from '../local-area/local-area.module';
import { PackModule } from '../pack/pack.module';
import { SeedService } from './seed.service';

@Module({ imports: [PackModule, LocalAreaModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
