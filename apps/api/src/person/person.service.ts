import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { toPage, type Page } from '../common/pagination.dto';
import { assertCurrentVersion } from '../common/versioning';
import { CreatePersonDto, PersonQueryDto, UpdatePersonDto } from './dto/person.dto';
import { Person } from './person.entity';
import { PersonResponse, toPersonResponse } from './person.response';

@Injectable()
export class PersonService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  async findPeople(query: PersonQueryDto): Promise<Page<PersonResponse>> {
    const [rows, total] = await this.dataSource.getRepository(Person).findAndCount({
      where: query.organisationId ? { organisationId: query.organisationId } : {},
      order: { name: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return toPage(rows.map(toPersonResponse), total, query);
  }

  async getPerson(id: string): Promise<PersonResponse> {
    const person = await this.dataSource.getRepository(Person).findOne({ where: { id } });
    if (!person) throw new NotFoundException({ message: `There is no person with id ${id}`, errors: [] });
    return toPersonResponse(person);
  }

  async createPerson(dto: CreatePersonDto, actor: Actor): Promise<PersonResponse> {
    return this.dataSource.transaction(async (em) => {
      const after = toPersonResponse(await em.save(em.create(Person, { ...dto, key: null, jobTitle: dto.jobTitle ?? null, email: dto.email ?? null })));
      await this.audit.record(em, actor, { entityType: 'person', entityId: after.id, action: 'create', after });
      return after;
    });
  }

  async updatePerson(id: string, dto: UpdatePersonDto, actor: Actor): Promise<PersonResponse> {
    return this.dataSource.transaction(async (em) => {
      const person = await em.findOne(Person, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw new NotFoundException({ message: `There is no person with id ${id}`, errors: [] });
      const before = toPersonResponse(person);
      assertCurrentVersion(person, dto.version, () => before);
      const { version: _v, ...changes } = dto;
      Object.assign(person, changes);
      const after = toPersonResponse(await em.save(person));
      await this.audit.record(em, actor, { entityType: 'person', entityId: id, action: 'update', before, after });
      return after;
    });
  }
}
