import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { MilestoneController } from './milestone.controller';
import { MilestoneService } from './milestone.service';

@Module({ imports: [ActionModule], controllers: [MilestoneController], providers: [MilestoneService] })
export class MilestoneModule {}
