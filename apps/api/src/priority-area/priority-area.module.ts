import { Module } from '@nestjs/common';
import { PriorityAreaController } from './priority-area.controller';
import { PriorityAreaService } from './priority-area.service';

@Module({ controllers: [PriorityAreaController], providers: [PriorityAreaService] })
export class PriorityAreaModule {}
