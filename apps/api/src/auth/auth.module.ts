import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { NoticeListenerModule } from '../db/notice-listener.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { PlanFence } from './plan-fence';
import { SessionCache } from './session-cache';
import { SessionService } from './session.service';
import { UserController } from './user.controller';
import { UserService } from './user.service';

/** Accounts, sessions, and the guard that applies every route's access policy. */
@Module({
  imports: [NoticeListenerModule],
  controllers: [AuthController, UserController],
  providers: [SessionCache, SessionService, LoginThrottleService, AuthService, UserService, PlanFence, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionService, UserService],
})
export class AuthModule {}
