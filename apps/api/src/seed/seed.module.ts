import { Module } from '@nestjs/common';
import { PackModule } from '../pack/pack.module';
import { SeedService } from './seed.service';

@Module({ imports: [PackModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
