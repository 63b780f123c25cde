import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { BodyMemberService } from './body-member.service';
import { BodyMembersResponse } from './governance.response';

export class SetBodyMembersDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The accounts of every member' })
  @IsArray() @ArrayMaxSize(500) @IsUUID('4', { each: true })
  userIds!: string[];
}

@ApiTags('governance')
@Controller('governance-bodies/:id/members')
export class BodyMemberController {
  constructor(private readonly members: BodyMemberService) {}

  @Get()
  @ApiOkResponse({ type: BodyMembersResponse })
  @Can('readPlan')
  findMembers(@Param('id', IdPipe) id: string) {
    return this.members.findMembers(id);
  }

  /** Replaces the members: they are told by email when the body's packs are published. */
  @Put()
  @ApiOkResponse({ type: BodyMembersResponse })
  @Can('manageGovernance')
  setMembers(@Param('id', IdPipe) id: string, @Body() dto: SetBodyMembersDto, @CurrentActor() actor: Actor) {
    return this.members.setMembers(id, dto.userIds, actor);
  }
}
