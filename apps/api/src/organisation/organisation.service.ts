import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { toPage, type Page } from '../common/pagination.dto';
import { assertCurrentVersion } from '../common/versioning';
import { CreateOrganisationDto, OrganisationQueryDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { Organisation } from './organisation.entity';
import { OrganisationResponse, toOrganisationResponse } from './organisation.response';

@Injectable()
export class OrganisationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  async findOrganisations(query: OrganisationQueryDto): Promise<Page<OrganisationResponse>> {
    const [rows, total] = await this.dataSource.getRepository(Organisation).findAndCount({
      where: query.kind ? { kind: query.kind } : {},
      order: { name: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return toPage(rows.map(toOrganisationResponse), total, query);
  }

  async getOrganisation(id: string): Promise<OrganisationResponse> {
    const org = await this.dataSource.getRepository(Organisation).findOne({ where: { id } });
    if (!org) throw new NotFoundException({ message: `There is no organisation with id ${id}`, errors: [] });
    return toOrganisationResponse(org);
  }

  async createOrganisation(dto: CreateOrganisationDto, actor: Actor): Promise<OrganisationResponse> {
    return this.dataSource.transaction(async (em) => {
      if (await em.exists(Organisation, { where: { key: dto.key } })) throw fieldError('key', 'Another organisation already has this key', 409);
      const after = toOrganisationResponse(await em.save(em.create(Organisation, dto)));
      await this.audit.record(em, actor, { entityType: 'organisation', entityId: after.id, action: 'create', after });
      return after;
    });
  }

  async updateOrganisation(id: string, dto: UpdateOrganisationDto, actor: Actor): Promise<OrganisationResponse> {
    return this.dataSource.transaction(async (em) => {
      const org = await em.findOne(Organisation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!org) throw new NotFoundException({ message: `There is no organisation with id ${id}`, errors: [] });
      const before = toOrganisationResponse(org);
      assertCurrentVersion(org, dto.version, () => before);
      if (dto.key !== undefined && dto.key !== org.key) {
        if (await em.exists(Organisation, { where: { key: dto.key } })) throw fieldError('key', 'Another organisation already has this key', 409);
        org.key = dto.key;
      }
      if (dto.name !== undefined) org.name = dto.name;
      if (dto.kind !== undefined) org.kind = dto.kind;
      const after = toOrganisationResponse(await em.save(org));
      await this.audit.record(em, actor, { entityType: 'organisation', entityId: id, action: 'update', before, after });
      return after;
    });
  }
}
