import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module';
import { LocalAreaScopeInterceptor } from './local-area-scope.interceptor';
import { AdviserController } from './adviser.controller';
import { LocalAreaController } from './local-area.controller';
import { LocalAreaService } from './local-area.service';

/** Local areas, the tenants, and the scope every request's queries run in. */
@Module({
  imports: [AuthModule],
  controllers: [LocalAreaController, AdviserController],
  providers: [LocalAreaService, { provide: APP_INTERCEPTOR, useClass: LocalAreaScopeInterceptor }],
  exports: [LocalAreaService],
})
export class LocalAreaModule {}
