import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { assertCurrentVersion } from '../common/versioning';
import { Plan } from '../plan/plan.entity';
import { CreatePriorityAreaDto, UpdatePriorityAreaDto } from './dto/priority-area.dto';
import { PriorityArea } from './priority-area.entity';
import { PriorityAreaResponse, toPriorityAreaResponse } from './priority-area.response';

@Injectable()
export class PriorityAreaService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  async getPriorityArea(id: string, em: EntityManager = this.dataSource.manager): Promise<PriorityAreaResponse> {
    const area = await em.findOne(PriorityArea, { where: { id }, relations: { leadPerson: true, deliveryGroup: true } });
    if (!area) throw new NotFoundException({ message: `There is no priority area with id ${id}`, errors: [] });
    return toPriorityAreaResponse(area);
  }

  async createPriorityArea(dto: CreatePriorityAreaDto, actor: Actor): Promise<PriorityAreaResponse> {
    return this.dataSource.transaction(async (em) => {
      if (!(await em.exists(Plan, { where: { id: dto.planId } }))) throw fieldError('planId', 'There is no plan with this id');
      await this.assertNumberFree(em, dto.planId, dto.number);
      const saved = await em.save(em.create(PriorityArea, {
        planId: dto.planId, number: dto.number, title: dto.title, aim: dto.aim ?? '', progressNarrative: dto.progressNarrative ?? '',
        leadPersonId: dto.leadPersonId ?? null, deliveryGroupId: dto.deliveryGroupId ?? null,
      }));
      const after = await this.getPriorityArea(saved.id, em);
      await this.audit.record(em, actor, { entityType: 'priority_area', entityId: saved.id, action: 'create', planId: dto.planId, after });
      return after;
    });
  }

  async updatePriorityArea(id: string, dto: UpdatePriorityAreaDto, actor: Actor): Promise<PriorityAreaResponse> {
    return this.dataSource.transaction(async (em) => {
      const area = await em.findOne(PriorityArea, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!area) throw new NotFoundException({ message: `There is no priority area with id ${id}`, errors: [] });
      const before = await this.getPriorityArea(id, em);
      assertCurrentVersion(area, dto.version, () => before);
      if (dto.number !== undefined && dto.number !== area.number) {
        await this.assertNumberFree(em, area.planId, dto.number);
        area.number = dto.number;
      }
      if (dto.title !== undefined) area.title = dto.title;
      if (dto.aim !== undefined) area.aim = dto.aim;
      if (dto.progressNarrative !== undefined) area.progressNarrative = dto.progressNarrative;
      if (dto.leadPersonId !== undefined) area.leadPersonId = dto.leadPersonId;
      if (dto.deliveryGroupId !== undefined) area.deliveryGroupId = dto.deliveryGroupId;
      await em.save(area);
      const after = await this.getPriorityArea(id, em);
      await this.audit.record(em, actor, { entityType: 'priority_area', entityId: id, action: 'update', planId: area.planId, before, after });
      return after;
    });
  }

  private async assertNumberFree(em: EntityManager, planId: string, number: number) {
    if (await em.exists(PriorityArea, { where: { planId, number } })) {
      throw fieldError('number', `This plan already has a priority area numbered ${number}`, 409);
    }
  }
}
