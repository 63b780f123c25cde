import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/actor';
import { PageOf } from '../common/api-response';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/user.dto';
import { Can } from './policy.decorator';
import { PasswordResetResponse, UserResponse } from './user.response';
import { UserService } from './user.service';

/** Accounts and roles: administrators only. */
@ApiTags('users')
@Controller('users')
@Can('manageUsers')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Get()
  @ApiOkResponse({ type: PageOf(UserResponse) })
  findUsers(@Query() query: UserQueryDto, @CurrentActor() actor: Actor) {
    return this.users.findUsers(query, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserResponse })
  getUser(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.users.getUser(id, actor);
  }

  @Post()
  @ApiCreatedResponse({ type: UserResponse })
  createUser(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor) {
    return this.users.createUser(dto, actor);
  }

  /** Edits an account; `active: false` deactivates it and signs it out everywhere. */
  @Patch(':id')
  @ApiOkResponse({ type: UserResponse })
  updateUser(@Param('id', IdPipe) id: string, @Body() dto: UpdateUserDto, @CurrentActor() actor: Actor) {
    return this.users.updateUser(id, dto, actor);
  }

  /** A one-time token (valid 24 hours) for the administrator to pass on; the user sets a new password with it. */
  @Post(':id/password-reset')
  @ApiCreatedResponse({ type: PasswordResetResponse })
  issuePasswordReset(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.users.issuePasswordReset(id, actor);
  }
}
