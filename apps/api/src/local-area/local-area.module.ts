import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LocalAreaScopeInterceptor } from './local-area-scope.interceptor';
import { LocalAreaController } from './local-area.controller';
import { LocalAreaService } from './local-area.service';

/** Local areas, the tenants, and the scope every request's queries run in. */
@Module({
  controllers: [LocalAreaController],
  providers: [LocalAreaService, { provide: APP_INTERCEPTOR, useClass: LocalAreaScopeInterceptor }],
  exports: [LocalAreaService],
})
export class LocalAreaModule {}
