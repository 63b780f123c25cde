import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AdviserController } from './adviser.controller';
import { LocalAreaController } from './local-area.controller';
import { LocalAreaService } from './local-area.service';

/** Local areas, the tenants (the access guard holds each request's queries to the user's). */
@Module({
  imports: [AuthModule],
  controllers: [LocalAreaController, AdviserController],
  providers: [LocalAreaService],
  exports: [LocalAreaService],
})
export class LocalAreaModule {}
