import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/user.dto';
import { Can } from './policy.decorator';
import { UserService } from './user.service';

/** Accounts and roles: administrators only. */
@ApiTags('users')
@Controller('users')
@Can('manageUsers')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Get()
  findUsers(@Query() query: UserQueryDto, @CurrentActor() actor: Actor) {
    return this.users.findUsers(query, actor);
  }

  @Get(':id')
  getUser(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.users.getUser(id, actor);
  }

  @Post()
  createUser(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor) {
    return this.users.createUser(dto, actor);
  }

  /** Edits an account; `active: false` deactivates it and signs it out everywhere. */
  @Patch(':id')
  updateUser(@Param('id', IdPipe) id: string, @Body() dto: UpdateUserDto, @CurrentActor() actor: Actor) {
    return this.users.updateUser(id, dto, actor);
  }

  /** A one-time token (valid 24 hours) for the administrator to pass on; the user sets a new password with it. */
  @Post(':id/password-reset')
  issuePasswordReset(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.users.issuePasswordReset(id, actor);
  }
}
