import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  academicYearOf, academicYearRange, can, EXPECTATION_RATING_LABELS, type ExpectationRating, heatMap, needsSupportRanking, type RatingFact,
  schoolReviewScope, selfReviewAboveAudit, thematicSummary, todayIso, unratedStatements,
} from '@send/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError, violationsException } from '../common/error-envelope';
import { assertCurrentVersion } from '../common/versioning';
import { CreateAuditDto, CreateSchoolDto, CreateSelfReviewDto, UpdateAuditDto, UpdateSchoolDto, UpdateSelfReviewDto } from './dto/school-review.dto';
import { ExpectationArea, ExpectationFramework, ExpectationStatement } from './expectation.entity';
import type {
  AuditDetailResponse, AuditResponse, FrameworkView, SchoolOverviewResponse, SchoolResponse, SelfReviewDetailResponse, SelfReviewResponse, ThematicSummaryResponse,
} from './school-review.response';
import { School, SchoolAudit, SchoolAuditRating, SchoolSelfReview, SchoolSelfReviewRating } from './school.entity';

const toSchool = (s: School): SchoolResponse => ({
  id: s.id, name: s.name, phase: s.phase, urn: s.urn, sencoName: s.sencoName, illustrative: s.illustrative, version: s.version,
  createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString(),
});

const selfReviewState = (r: SchoolSelfReview) => ({ state: r.state, summary: r.summary, academicYear: r.academicYear, version: r.version });
const auditState = (a: SchoolAudit) => ({
  state: a.state, visitDate: a.visitDate, auditors: a.auditors, strengths: a.strengths, findings: a.findings, nextSteps: a.nextSteps, version: a.version,
});

/** Schools, their SEND self-reviews against the local authority's expectations, and its audit visits. */
@Injectable()
export class SchoolReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---- the expectations framework

  /** The latest published edition of the local area's expectations. */
  async currentFramework(em: EntityManager = this.dataSource.manager): Promise<FrameworkView> {
    const framework = await em.getRepository(ExpectationFramework).createQueryBuilder('f')
      .where('f.published_on IS NOT NULL').orderBy('f.edition', 'DESC').getOne();
    if (!framework) throw new NotFoundException({ message: 'The local authority has published no expectations yet', errors: [] });
    return this.frameworkView(framework.id, em);
  }

  async frameworkView(id: string, em: EntityManager = this.dataSource.manager): Promise<FrameworkView> {
    const framework = await em.findOneOrFail(ExpectationFramework, { where: { id } });
    const areas = await em.find(ExpectationArea, { where: { frameworkId: id }, order: { number: 'ASC' } });
    const statements = await em.find(ExpectationStatement, { where: { frameworkId: id }, order: { number: 'ASC' } });
    return {
      id: framework.id, version: framework.edition, title: framework.title, label: framework.label, publishedOn: framework.publishedOn,
      areas: areas.map((a) => ({
        id: a.id, number: a.number, title: a.title, introduction: a.introduction,
        localAuthority: a.localAuthorityIntroduction ? { introduction: a.localAuthorityIntroduction, commitments: a.localAuthorityCommitments } : null,
        statements: statements.filter((s) => s.areaId === a.id).map((s) => ({ id: s.id, number: s.number, text: s.text })),
      })),
    };
  }

  // ---- schools

  async findSchools(actor: Actor): Promise<SchoolResponse[]> {
    const scope = schoolReviewScope(actor);
    const qb = this.dataSource.getRepository(School).createQueryBuilder('s').orderBy('s.name', 'ASC');
    if (scope.kind === 'school') {
      if (!scope.schoolId) return [];
      qb.where('s.id = :id', { id: scope.schoolId });
    }
    return (await qb.getMany()).map(toSchool);
  }

  async getSchool(id: string, actor: Actor): Promise<SchoolResponse> {
    return toSchool(await this.schoolInSight(id, actor));
  }

  async createSchool(dto: CreateSchoolDto, actor: Actor): Promise<SchoolResponse> {
    return this.dataSource.transaction(async (em) => {
      await this.assertUrnFree(em, dto.urn);
      const saved = await em.save(em.create(School, { name: dto.name, phase: dto.phase, urn: dto.urn, sencoName: dto.sencoName ?? null, illustrative: false }));
      await this.audit.record(em, actor, { entityType: 'school', entityId: saved.id, action: 'create', after: toSchool(saved) });
      return toSchool(saved);
    });
  }

  async updateSchool(id: string, dto: UpdateSchoolDto, actor: Actor): Promise<SchoolResponse> {
    return this.dataSource.transaction(async (em) => {
      const school = await em.findOne(School, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!school) throw notFound('school', id);
      assertCurrentVersion(school, dto.version, () => toSchool(school));
      const before = toSchool(school);
      if (dto.urn !== undefined && dto.urn !== school.urn) await this.assertUrnFree(em, dto.urn);
      if (dto.name !== undefined) school.name = dto.name;
      if (dto.phase !== undefined) school.phase = dto.phase;
      if (dto.urn !== undefined) school.urn = dto.urn;
      if (dto.sencoName !== undefined) school.sencoName = dto.sencoName;
      const saved = await em.save(school);
      await this.audit.record(em, actor, { entityType: 'school', entityId: id, action: 'update', before, after: toSchool(saved) });
      return toSchool(saved);
    });
  }

  private async assertUrnFree(em: EntityManager, urn: string) {
    if (await em.exists(School, { where: { urn } })) throw fieldError('urn', 'Another school in this local area has this URN', 409);
  }

  /** The school, if the actor may see it: another school's, or one of another local area, is not found. */
  async schoolInSight(id: string, actor: Actor, em: EntityManager = this.dataSource.manager): Promise<School> {
    const scope = schoolReviewScope(actor);
    if (scope.kind === 'school' && scope.schoolId !== id) throw notFound('school', id);
    const school = await em.findOne(School, { where: { id } });
    if (!school) throw notFound('school', id);
    return school;
  }

  // ---- self-reviews

  async findSelfReviews(schoolId: string, actor: Actor): Promise<SelfReviewResponse[]> {
    await this.schoolInSight(schoolId, actor);
    const rows = await this.dataSource.getRepository(SchoolSelfReview).find({ where: { schoolId }, order: { academicYear: 'DESC' } });
    const counts = await this.ratingCounts('school_self_review_rating', 'self_review_id', rows.map((r) => r.id));
    return rows.map((r) => this.selfReviewHeader(r, counts.get(r.id)));
  }

  async createSelfReview(schoolId: string, dto: CreateSelfReviewDto, actor: Actor): Promise<SelfReviewDetailResponse> {
    return this.dataSource.transaction(async (em) => {
      const school = await this.schoolInSight(schoolId, actor, em);
      const academicYear = dto.academicYear ?? academicYearOf(todayIso());
      if (await em.exists(SchoolSelfReview, { where: { schoolId, academicYear } })) {
        throw fieldError('academicYear', `${school.name} already has a self-review for this academic year`, 409);
      }
      const framework = await this.currentFramework(em);
      const saved = await em.save(em.create(SchoolSelfReview, { schoolId, frameworkId: framework.id, academicYear, state: 'draft', summary: null, submittedAt: null, submittedBy: null }));
      await this.audit.record(em, actor, { entityType: 'school_self_review', entityId: saved.id, action: 'create', after: selfReviewState(saved) });
      return this.getSelfReview(saved.id, actor, em);
    });
  }

  async getSelfReview(id: string, actor: Actor, em: EntityManager = this.dataSource.manager): Promise<SelfReviewDetailResponse> {
    const review = await this.selfReviewInSight(id, actor, em);
    const school = await em.findOneOrFail(School, { where: { id: review.schoolId } });
    const framework = await this.frameworkView(review.frameworkId, em);
    const ratings = new Map((await em.find(SchoolSelfReviewRating, { where: { selfReviewId: id } })).map((r) => [r.statementId, r]));
    const statementIds = framework.areas.flatMap((a) => a.statements.map((s) => s.id));
    return {
      ...this.selfReviewHeader(review, countOf([...ratings.values()])),
      school: toSchool(school),
      framework: { id: framework.id, version: framework.version, title: framework.title, label: framework.label },
      unrated: unratedStatements(statementIds, [...ratings.values()]).length,
      areas: framework.areas.map((a) => ({
        number: a.number, title: a.title,
        statements: a.statements.map((s) => {
          const r = ratings.get(s.id);
          return { id: s.id, number: s.number, text: s.text, rating: r?.rating ?? null, notes: r?.notes ?? null, evidence: r?.evidence ?? null };
        }),
      })),
    };
  }

  async updateSelfReview(id: string, dto: UpdateSelfReviewDto, actor: Actor): Promise<SelfReviewDetailResponse> {
    return this.dataSource.transaction(async (em) => {
      const review = await this.selfReviewInSight(id, actor, em, true);
      assertCurrentVersion(review, dto.version, () => selfReviewState(review));
      if (review.state !== 'draft') throw new ConflictException({ message: 'This self-review has been submitted to the local authority and can no longer be changed', errors: [{ field: 'state', message: 'submitted' }] });
      const before = selfReviewState(review);
      if (dto.ratings?.length) {
        await this.assertStatementsOf(em, review.frameworkId, dto.ratings.map((r) => r.statementId));
        for (const r of dto.ratings) {
          if (r.rating === null) {
            await em.delete(SchoolSelfReviewRating, { selfReviewId: id, statementId: r.statementId });
            continue;
          }
          const existing = await em.findOne(SchoolSelfReviewRating, { where: { selfReviewId: id, statementId: r.statementId } });
          await em.save(em.create(SchoolSelfReviewRating, {
            selfReviewId: id, statementId: r.statementId, rating: r.rating,
            notes: r.notes !== undefined ? r.notes : existing?.notes ?? null,
            evidence: r.evidence !== undefined ? r.evidence : existing?.evidence ?? null,
          }));
        }
      }
      if (dto.summary !== undefined) review.summary = dto.summary;
      // Saving bumps the version even when only ratings changed: the review as a whole was edited.
      review.updatedAt = new Date();
      const saved = await em.save(review);
      await this.audit.record(em, actor, { entityType: 'school_self_review', entityId: id, action: 'update', before, after: { ...selfReviewState(saved), ratings: dto.ratings?.length ?? 0 } });
      return this.getSelfReview(id, actor, em);
    });
  }

  async submitSelfReview(id: string, version: number, actor: Actor): Promise<SelfReviewDetailResponse> {
    return this.dataSource.transaction(async (em) => {
      const review = await this.selfReviewInSight(id, actor, em, true);
      assertCurrentVersion(review, version, () => selfReviewState(review));
      if (review.state !== 'draft') throw new ConflictException({ message: 'This self-review has already been submitted', errors: [{ field: 'state', message: 'submitted' }] });
      const statements = await em.find(ExpectationStatement, { where: { frameworkId: review.frameworkId }, select: { id: true } });
      const ratings = await em.find(SchoolSelfReviewRating, { where: { selfReviewId: id } });
      const unrated = unratedStatements(statements.map((s) => s.id), ratings);
      if (unrated.length) throw fieldError('ratings', `Rate every statement before submitting: ${unrated.length} of ${statements.length} are not rated yet`);
      const before = selfReviewState(review);
      review.state = 'submitted';
      review.submittedAt = new Date();
      review.submittedBy = actor.label;
      const saved = await em.save(review);
      await this.audit.record(em, actor, { entityType: 'school_self_review', entityId: id, action: 'submit', before, after: selfReviewState(saved) });
      return this.getSelfReview(id, actor, em);
    });
  }

  private selfReviewHeader(r: SchoolSelfReview, counts: Record<ExpectationRating, number> | undefined): SelfReviewResponse {
    return {
      id: r.id, schoolId: r.schoolId, frameworkId: r.frameworkId, academicYear: r.academicYear, state: r.state, summary: r.summary,
      submittedAt: r.submittedAt?.toISOString() ?? null, submittedBy: r.submittedBy,
      counts: counts ?? { embedded: 0, developing: 0, not_yet: 0 },
      version: r.version, updatedAt: r.updatedAt.toISOString(),
    };
  }

  private async selfReviewInSight(id: string, actor: Actor, em: EntityManager, lock = false): Promise<SchoolSelfReview> {
    const review = await em.findOne(SchoolSelfReview, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const scope = schoolReviewScope(actor);
    if (!review || (scope.kind === 'school' && scope.schoolId !== review.schoolId)) throw notFound('self-review', id);
    return review;
  }

  // ---- audits

  async findAudits(schoolId: string, actor: Actor): Promise<AuditResponse[]> {
    await this.schoolInSight(schoolId, actor);
    const where = this.laReader(actor) ? { schoolId } : { schoolId, state: 'published' as const };
    const rows = await this.dataSource.getRepository(SchoolAudit).find({ where, order: { visitDate: 'DESC' } });
    const counts = await this.ratingCounts('school_audit_rating', 'audit_id', rows.map((r) => r.id));
    return rows.map((a) => this.auditHeader(a, counts.get(a.id)));
  }

  async createAudit(schoolId: string, dto: CreateAuditDto, actor: Actor): Promise<AuditDetailResponse> {
    return this.dataSource.transaction(async (em) => {
      await this.schoolInSight(schoolId, actor, em);
      const framework = await this.currentFramework(em);
      const saved = await em.save(em.create(SchoolAudit, {
        schoolId, frameworkId: framework.id, visitDate: dto.visitDate, auditors: dto.auditors ?? [], state: 'draft', publishedAt: null,
        strengths: [], findings: [], nextSteps: [],
      }));
      await this.audit.record(em, actor, { entityType: 'school_audit', entityId: saved.id, action: 'create', after: auditState(saved) });
      return this.getAudit(saved.id, actor, em);
    });
  }

  async getAudit(id: string, actor: Actor, em: EntityManager = this.dataSource.manager): Promise<AuditDetailResponse> {
    const audit = await this.auditInSight(id, actor, em);
    const school = await em.findOneOrFail(School, { where: { id: audit.schoolId } });
    const framework = await this.frameworkView(audit.frameworkId, em);
    const ratings = new Map((await em.find(SchoolAuditRating, { where: { auditId: id } })).map((r) => [r.statementId, r]));
    // The school's own view beside the audit's: its self-review of the same year, once submitted.
    const self = await em.findOne(SchoolSelfReview, { where: { schoolId: audit.schoolId, academicYear: academicYearOf(audit.visitDate), state: 'submitted' } });
    const selfRatings = new Map(self ? (await em.find(SchoolSelfReviewRating, { where: { selfReviewId: self.id } })).map((r) => [r.statementId, r.rating]) : []);
    return {
      ...this.auditHeader(audit, countOf([...ratings.values()])),
      school: toSchool(school),
      framework: { id: framework.id, version: framework.version, title: framework.title, label: framework.label },
      selfReviewId: self?.id ?? null,
      areas: framework.areas.map((a) => ({
        number: a.number, title: a.title,
        statements: a.statements.map((s) => {
          const r = ratings.get(s.id);
          return { id: s.id, number: s.number, text: s.text, rating: r?.rating ?? null, note: r?.note ?? null, selfRating: selfRatings.get(s.id) ?? null };
        }),
      })),
    };
  }

  async updateAudit(id: string, dto: UpdateAuditDto, actor: Actor): Promise<AuditDetailResponse> {
    return this.dataSource.transaction(async (em) => {
      const audit = await this.auditInSight(id, actor, em, true);
      assertCurrentVersion(audit, dto.version, () => auditState(audit));
      const before = auditState(audit);
      if (dto.ratings?.length) {
        await this.assertStatementsOf(em, audit.frameworkId, dto.ratings.map((r) => r.statementId));
        for (const r of dto.ratings) {
          if (r.rating === null) await em.delete(SchoolAuditRating, { auditId: id, statementId: r.statementId });
          else {
            const existing = await em.findOne(SchoolAuditRating, { where: { auditId: id, statementId: r.statementId } });
            await em.save(em.create(SchoolAuditRating, { auditId: id, statementId: r.statementId, rating: r.rating, note: r.note !== undefined ? r.note : existing?.note ?? null }));
          }
        }
      }
      if (dto.visitDate !== undefined) audit.visitDate = dto.visitDate;
      if (dto.auditors !== undefined) audit.auditors = dto.auditors;
      if (dto.strengths !== undefined) audit.strengths = dto.strengths;
      if (dto.findings !== undefined) audit.findings = dto.findings.map((f) => ({ theme: f.theme, text: f.text }));
      if (dto.nextSteps !== undefined) audit.nextSteps = dto.nextSteps.map((f) => ({ theme: f.theme, text: f.text }));
      let action = 'update';
      if (dto.state !== undefined && dto.state !== audit.state) {
        action = dto.state === 'published' ? 'publish' : 'unpublish';
        audit.state = dto.state;
        audit.publishedAt = dto.state === 'published' ? new Date() : null;
      }
      audit.updatedAt = new Date();
      const saved = await em.save(audit);
      await this.audit.record(em, actor, { entityType: 'school_audit', entityId: id, action, before, after: { ...auditState(saved), ratings: dto.ratings?.length ?? 0 } });
      return this.getAudit(id, actor, em);
    });
  }

  private auditHeader(a: SchoolAudit, counts: Record<ExpectationRating, number> | undefined): AuditResponse {
    return {
      id: a.id, schoolId: a.schoolId, frameworkId: a.frameworkId, visitDate: a.visitDate, auditors: a.auditors, state: a.state,
      publishedAt: a.publishedAt?.toISOString() ?? null, strengths: a.strengths, findings: a.findings, nextSteps: a.nextSteps,
      counts: counts ?? { embedded: 0, developing: 0, not_yet: 0 },
      version: a.version, updatedAt: a.updatedAt.toISOString(),
    };
  }

  /** An audit the actor may see: a school sees its own, once published. */
  private async auditInSight(id: string, actor: Actor, em: EntityManager, lock = false): Promise<SchoolAudit> {
    const audit = await em.findOne(SchoolAudit, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const scope = schoolReviewScope(actor);
    if (!audit) throw notFound('audit', id);
    if (scope.kind === 'school' && (scope.schoolId !== audit.schoolId || audit.state !== 'published')) throw notFound('audit', id);
    return audit;
  }

  private laReader(actor: Actor): boolean {
    return schoolReviewScope(actor).kind === 'all';
  }

  private async assertStatementsOf(em: EntityManager, frameworkId: string, ids: string[]) {
    const found = new Set((await em.find(ExpectationStatement, { where: { id: In([...new Set(ids)]), frameworkId }, select: { id: true } })).map((s) => s.id));
    const wrong = ids.map((id, i) => ({ id, i })).filter(({ id }) => !found.has(id));
    if (wrong.length) {
      throw violationsException(wrong.slice(0, 20).map(({ i }) => ({ field: `ratings.${i}.statementId`, message: 'There is no statement with this id in the edition of the expectations this review uses' })));
    }
    const seen = new Set<string>();
    const twice = ids.map((id, i) => ({ id, i })).filter(({ id }) => (seen.has(id) ? true : (seen.add(id), false)));
    if (twice.length) throw violationsException(twice.slice(0, 20).map(({ i }) => ({ field: `ratings.${i}.statementId`, message: 'This statement is rated twice' })));
  }

  private async ratingCounts(table: string, column: string, ids: string[]): Promise<Map<string, Record<ExpectationRating, number>>> {
    const out = new Map<string, Record<ExpectationRating, number>>();
    if (!ids.length) return out;
    const rows: { id: string; rating: ExpectationRating; n: number }[] = await this.dataSource.query(
      `SELECT ${column} AS id, rating, count(*)::int AS n FROM ${table} WHERE ${column} = ANY($1::uuid[]) GROUP BY 1, 2`, [ids],
    );
    for (const r of rows) {
      const c = out.get(r.id) ?? { embedded: 0, developing: 0, not_yet: 0 };
      c[r.rating] = r.n;
      out.set(r.id, c);
    }
    return out;
  }

  // ---- the local authority's view

  /** Published audits and submitted self-reviews of a year's cohort, as facts for the domain's aggregations. */
  private async yearFacts(year: number) {
    const { from, to } = academicYearRange(year);
    const em = this.dataSource.manager;
    const schools = await em.find(School, { order: { name: 'ASC' } });
    const audits = await em.getRepository(SchoolAudit).createQueryBuilder('a')
      .where("a.state = 'published'").andWhere('a.visit_date BETWEEN :from AND :to', { from, to })
      .orderBy('a.visit_date', 'ASC').getMany();
    // A school audited twice in a year: its latest visit speaks for it.
    const latest = new Map<string, SchoolAudit>();
    for (const a of audits) latest.set(a.schoolId, a);
    const auditRatings: RatingFact[] = latest.size ? await em.query(
      `SELECT a.school_id AS "schoolId", ar.number AS "areaNumber", r.statement_id AS "statementId", r.rating
         FROM school_audit_rating r JOIN school_audit a ON a.id = r.audit_id
         JOIN expectation_statement s ON s.id = r.statement_id JOIN expectation_area ar ON ar.id = s.area_id
        WHERE r.audit_id = ANY($1::uuid[])`, [[...latest.values()].map((a) => a.id)]) : [];
    const selfRatings: RatingFact[] = await em.query(
      `SELECT v.school_id AS "schoolId", ar.number AS "areaNumber", r.statement_id AS "statementId", r.rating
         FROM school_self_review_rating r JOIN school_self_review v ON v.id = r.self_review_id
         JOIN expectation_statement s ON s.id = r.statement_id JOIN expectation_area ar ON ar.id = s.area_id
        WHERE v.academic_year = $1 AND v.state = 'submitted'`, [year]);
    return { schools, audits: [...latest.values()], auditRatings, selfRatings };
  }

  async overview(year: number | undefined): Promise<SchoolOverviewResponse> {
    const y = year ?? academicYearOf(todayIso());
    const framework = await this.currentFramework();
    const { schools, audits, auditRatings, selfRatings } = await this.yearFacts(y);
    const areas = framework.areas.map((a) => ({ number: a.number, title: a.title }));
    const names = new Map(schools.map((s) => [s.id, s.name]));
    const statementText = new Map<string, { text: string; number: number }>();
    const ids = [...new Set(selfRatings.map((r) => r.statementId))];
    if (ids.length) {
      for (const s of await this.dataSource.getRepository(ExpectationStatement).find({ where: { id: In(ids) }, select: { id: true, text: true, number: true } })) {
        statementText.set(s.id, { text: s.text, number: s.number });
      }
    }
    const submitted = new Set(selfRatings.map((r) => r.schoolId));
    return {
      year: y,
      framework: { id: framework.id, version: framework.version, title: framework.title },
      schools: schools.map((s) => ({ ...toSchool(s), audited: audits.some((a) => a.schoolId === s.id), selfReviewSubmitted: submitted.has(s.id) })),
      ratingLabels: EXPECTATION_RATING_LABELS,
      auditHeatMap: heatMap(areas, auditRatings),
      selfReviewHeatMap: heatMap(areas, selfRatings),
      needsSupport: needsSupportRanking(schools.map((s) => ({ id: s.id, name: s.name })), auditRatings),
      differences: selfReviewAboveAudit(selfRatings, auditRatings).map((d) => ({
        ...d, schoolName: names.get(d.schoolId) ?? '', statementNumber: statementText.get(d.statementId)?.number ?? 0, statementText: statementText.get(d.statementId)?.text ?? '',
      })).sort((a, b) => a.schoolName.localeCompare(b.schoolName) || a.schoolId.localeCompare(b.schoolId) || a.areaNumber - b.areaNumber || a.statementNumber - b.statementNumber),
    };
  }

  async thematicSummary(year: number | undefined, actor: Actor): Promise<ThematicSummaryResponse> {
    const y = year ?? academicYearOf(todayIso());
    const { schools, audits } = await this.yearFacts(y);
    const phases = new Map(schools.map((s) => [s.id, s.phase]));
    const localArea: { name: string }[] = actor.localAreaId ? await this.dataSource.query(`SELECT name FROM local_area WHERE id = $1`, [actor.localAreaId]) : [];
    return {
      localArea: localArea[0]?.name ?? '',
      ...thematicSummary(y, audits.map((a) => ({ schoolId: a.schoolId, phase: phases.get(a.schoolId)!, strengths: a.strengths, findings: a.findings, nextSteps: a.nextSteps }))),
    };
  }

  /** Whether the actor reads every school (the local authority) rather than their own. */
  readsAllSchools(actor: Actor): boolean {
    return this.laReader(actor) || can(actor.roles, 'reviewSchools');
  }
}

function countOf(ratings: { rating: ExpectationRating }[]): Record<ExpectationRating, number> {
  const c = { embedded: 0, developing: 0, not_yet: 0 };
  for (const r of ratings) c[r.rating] += 1;
  return c;
}

function notFound(what: string, id: string) {
  return new NotFoundException({ message: `There is no ${what} with id ${id}`, errors: [] });
}
