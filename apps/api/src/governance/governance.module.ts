import { Module } from '@nestjs/common';
import { BodyMemberController } from './body-member.controller';
import { BodyMemberService } from './body-member.service';
import { DecisionController } from './decision.controller';
import { DecisionService } from './decision.service';
import { GovernanceBodyController } from './governance-body.controller';
import { MeetingController } from './meeting.controller';
import { MeetingService } from './meeting.service';

@Module({
  controllers: [GovernanceBodyController, BodyMemberController, MeetingController, DecisionController],
  providers: [MeetingService, DecisionService, BodyMemberService],
  exports: [MeetingService, DecisionService],
})
export class GovernanceModule {}
