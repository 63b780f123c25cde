import { Module } from '@nestjs/common';
import { DecisionController } from './decision.controller';
import { DecisionService } from './decision.service';
import { GovernanceBodyController } from './governance-body.controller';
import { MeetingController } from './meeting.controller';
import { MeetingService } from './meeting.service';

@Module({
  controllers: [GovernanceBodyController, MeetingController, DecisionController],
  providers: [MeetingService, DecisionService],
  exports: [MeetingService, DecisionService],
})
export class GovernanceModule {}
