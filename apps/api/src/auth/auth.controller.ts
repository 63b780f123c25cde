import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, ResetPasswordDto } from './dto/auth.dto';
import { TooManyAttemptsException } from './login-throttle.service';
import { Can, Public } from './policy.decorator';
import { SessionService } from './session.service';
import { MeResponse, SignInResponse } from './user.response';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService, private readonly sessions: SessionService) {}

  /** Signs in: sets the HttpOnly session cookie and answers the user. */
  @Public()
  @Post('login')
  @ApiOkResponse({ type: SignInResponse })
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SignInResponse> {
    const { token, user } = await withRetryAfter(reply, () => this.auth.signIn(dto.email, dto.password, request.ip));
    this.sessions.setCookie(request, reply, token);
    return { user };
  }

  /** Signs out: ends the session on the server and clears the cookie. Answers 204 even with no session. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'signed out, the session cookie cleared' })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.signOut(this.sessions.tokenOf(request));
    this.sessions.clearCookie(request, reply);
  }

  /** The signed-in user; 401 without a session. */
  @Can('signedIn')
  @Get('me')
  @ApiOkResponse({ type: MeResponse })
  me(@Req() request: FastifyRequest) {
    return this.auth.me(request.sessionUser!);
  }

  /** Changes your own password: every other session of yours is signed out. */
  @Can('signedIn')
  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'changed: a new session cookie is set and every other session of yours is signed out' })
  async changePassword(@Body() dto: ChangePasswordDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const token = await withRetryAfter(reply, () =>
      this.auth.changePassword(request.sessionUser!, dto.currentPassword, dto.newPassword, request.ip),
    );
    this.sessions.setCookie(request, reply, token);
  }

  /** Sets a new password with the one-time token an administrator passed on. */
  @Public()
  @Post('reset-password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the new password is set' })
  async resetPassword(@Body() dto: ResetPasswordDto) {
    await this.auth.resetPassword(dto.token, dto.password);
  }
}

/** A throttled attempt tells the client when to try again. */
async function withRetryAfter<T>(reply: FastifyReply, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof TooManyAttemptsException) void reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}
