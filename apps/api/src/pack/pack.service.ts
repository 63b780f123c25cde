import { ConflictException, Injectable, Logger, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canReadDraftPacks, isPackEditable } from '@send/domain';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR, type Actor } from '../common/actor';
import { assertCurrentVersion } from '../common/versioning';
import { MeetingService } from '../governance/meeting.service';
import { JobQueueService } from '../job-queue/job-queue.service';
import { NotificationService } from '../notification/notification.service';
import { packPublishedNotices } from '../notification/pack-published-notice';
import type { PlanSnapshot } from '../report/plan-snapshot';
import { PlanSnapshotService } from '../report/plan-snapshot.service';
import { DRAFT_FORMATS, PACK_FORMATS, RenderedFormat } from '../report/render/renderers';
import { PackVersionDto } from './dto/pack.dto';
import { PackFile } from './pack-file.entity';
import { Pack } from './pack.entity';
import { PackDetailResponse, PackList, PackResponse, toPackAuditState, toPackResponse } from './pack.response';

interface RenderedFile {
  name: string;
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

export interface PackDownload {
  bytes: Buffer;
  contentType: string;
  sha256: string;
  fileName: string;
}

/**
 * Meeting packs: generated from a snapshot of the plan at the meeting's cut-off, rendered into
 * files, and published. Publishing renders the files one last time from the stored snapshot and
 * keeps those bytes: a published pack never changes, whatever happens to the plan.
 */
export const RENDER_PUBLISHED_PACK = 'render-published-pack';

@Injectable()
export class PackService implements OnModuleInit {
  private readonly logger = new Logger(PackService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly meetings: MeetingService,
    private readonly snapshots: PlanSnapshotService,
    private readonly notifications: NotificationService,
    private readonly jobs: JobQueueService,
  ) {}

  /**
   * Generates the meeting's pack: regenerates its draft if it has one (answering `created: false`),
   * otherwise starts a new draft, even when an earlier pack of the meeting has been published.
   * `now` is the moment it is generated at (a seed may choose another day).
   */
  async generatePack(meetingId: string, actor: Actor, { now }: { now?: Date } = {}): Promise<{ created: boolean; pack: PackResponse }> {
    const started = Date.now();
    const meeting = await this.meetings.findMeetingOrFail(meetingId);
    const snapshot = await this.snapshots.buildSnapshot({ planId: meeting.planId, meeting, asAt: meeting.cutOffAt, actor, now });
    const files = await this.render(DRAFT_FORMATS, snapshot, 'draft');
    const result = await this.dataSource.transaction(async (em) => {
      // One generation at a time per meeting, so two clicks never make two drafts.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`pack:${meetingId}`]);
      const draft = await em.findOne(Pack, { where: { meetingId, state: 'draft' }, order: { createdAt: 'DESC' }, lock: { mode: 'pessimistic_write' } });
      if (draft) {
        const before = toPackAuditState(draft, await this.fileHashes(em, draft.id));
        const saved = await this.store(em, Object.assign(draft, this.columnsOf(snapshot, actor)), files);
        await this.audit.record(em, actor, { entityType: 'pack', entityId: saved.id, action: 'regenerate', planId: saved.planId, before, after: toPackAuditState(saved, files) });
        return { created: false, id: saved.id };
      }
      const pack = em.create(Pack, { planId: meeting.planId, meetingId, state: 'draft', publishedAt: null, publishedById: null, publishedByLabel: null, ...this.columnsOf(snapshot, actor) });
      const saved = await this.store(em, pack, files);
      await this.audit.record(em, actor, { entityType: 'pack', entityId: saved.id, action: 'generate', planId: saved.planId, after: toPackAuditState(saved, files) });
      return { created: true, id: saved.id };
    });
    this.logger.log(`Generated the pack for meeting ${meetingId} in ${Date.now() - started} ms`);
    return { created: result.created, pack: await this.getPack(result.id, actor) };
  }

  /** Takes a new snapshot for a draft. A published pack is final: 409. */
  async regeneratePack(id: string, dto: PackVersionDto, actor: Actor): Promise<PackResponse> {
    const pack = await this.findPackOrFail(id, actor);
    this.assertDraft(pack);
    if (dto.version !== undefined) assertCurrentVersion(pack, dto.version, () => ({ id: pack.id, state: pack.state, version: pack.version }));
    const meeting = await this.meetings.findMeetingOrFail(pack.meetingId);
    const snapshot = await this.snapshots.buildSnapshot({ planId: pack.planId, meeting, asAt: meeting.cutOffAt, actor });
    const files = await this.render(DRAFT_FORMATS, snapshot, 'draft');
    await this.dataSource.transaction(async (em) => {
      const locked = await this.lockPack(em, id);
      this.assertDraft(locked);
      if (dto.version !== undefined) assertCurrentVersion(locked, dto.version, () => ({ id: locked.id, state: locked.state, version: locked.version }));
      const before = toPackAuditState(locked, await this.fileHashes(em, id));
      const saved = await this.store(em, Object.assign(locked, this.columnsOf(snapshot, actor)), files);
      await this.audit.record(em, actor, { entityType: 'pack', entityId: id, action: 'regenerate', planId: saved.planId, before, after: toPackAuditState(saved, files) });
    });
    return this.getPack(id, actor);
  }

  /**
   * Publishes a draft: the pack is final from now on (`publishing`, shown as being prepared) and a
   * job on the queue renders its files from the stored snapshot without the draft marking, keeps
   * those bytes for good and marks it `published`. The snapshot is the one the draft showed.
   */
  async publishPack(id: string, dto: PackVersionDto, actor: Actor): Promise<PackResponse> {
    await this.dataSource.transaction(async (em) => {
      const pack = await this.lockPack(em, id);
      this.assertDraft(pack);
      if (dto.version !== undefined) assertCurrentVersion(pack, dto.version, () => ({ id: pack.id, state: pack.state, version: pack.version }));
      const before = toPackAuditState(pack, await this.fileHashes(em, id));
      pack.state = 'publishing';
      pack.publishedAt = new Date();
      pack.publishedById = actor.id;
      pack.publishedByLabel = actor.label;
      const saved = await em.save(pack);
      await this.audit.record(em, actor, { entityType: 'pack', entityId: id, action: 'publish', planId: pack.planId, before, after: toPackAuditState(saved, before.files) });
      // Written with the publication, so its files are rendered even if this process stops now.
      await this.jobs.send(RENDER_PUBLISHED_PACK, { packId: id }, { em });
    });
    return this.getPack(id, actor);
  }

  /** The queued half of publishing: renders and stores every file, then the pack is published. */
  async renderPublishedPack(id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const pack = await em.findOne(Pack, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!pack || pack.state !== 'publishing') return; // done already
      const before = toPackAuditState(pack, await this.fileHashes(em, id));
      const files = await this.render(PACK_FORMATS, pack.snapshot, 'published', pack.publishedAt ?? new Date());
      await this.replaceFiles(em, id, files);
      pack.state = 'published';
      const saved = await em.save(pack);
      await this.audit.record(em, SYSTEM_ACTOR, { entityType: 'pack', entityId: id, action: 'render_published_files', planId: pack.planId, before, after: toPackAuditState(saved, files) });
      // The body's members are told, with a link, once the files are there to read.
      for (const notice of await packPublishedNotices(em, pack, this.notifications.publicUrl)) await this.notifications.notify(em, notice);
    });
  }

  onModuleInit() {
    this.jobs.register<{ packId: string }>(RENDER_PUBLISHED_PACK, (data) => this.renderPublishedPack(data.packId), { retries: true });
  }

  /** A pack with its snapshot, for a preview. Drafts are hidden from those who may not see them. */
  async getPack(id: string, actor: Actor): Promise<PackDetailResponse> {
    const pack = await this.findPackOrFail(id, actor);
    const files = await this.dataSource.getRepository(PackFile).find({ where: { packId: id }, order: { name: 'ASC' } });
    return { ...toPackResponse(pack, sortFiles(files)), snapshot: pack.snapshot };
  }

  /** The meeting's packs, newest first (without their snapshots); drafts only for those who may see them. */
  async findMeetingPacks(meetingId: string, actor: Actor): Promise<PackList> {
    await this.meetings.findMeetingOrFail(meetingId);
    const packs = await this.dataSource.getRepository(Pack).find({ where: { meetingId }, order: { createdAt: 'DESC' } });
    const visible = packs.filter((p) => p.state === 'published' || canReadDraftPacks(actor.roles));
    const files = visible.length
      ? await this.dataSource.getRepository(PackFile).createQueryBuilder('f').where('f.pack_id IN (:...ids)', { ids: visible.map((p) => p.id) }).getMany()
      : [];
    const items = visible.map((p) => toPackResponse(p, sortFiles(files.filter((f) => f.packId === p.id))));
    return { items, total: items.length };
  }

  /**
   * A plan's published packs, newest meeting first, whatever body or date: what scrutiny reads.
   * Packs are often published before their meeting, so the list is not limited to past meetings.
   */
  async findPublishedPacks(planId: string, limit: number): Promise<PackList> {
    const [packs, total] = await this.dataSource.getRepository(Pack).createQueryBuilder('p')
      .innerJoin('meeting', 'm', 'm.id = p.meeting_id')
      .where('p.plan_id = :planId AND p.state = :state', { planId, state: 'published' })
      .orderBy('m.meeting_date', 'DESC').addOrderBy('p.published_at', 'DESC')
      // limit, not take: no join multiplies the rows, and take's paging subquery cannot order by a joined raw column.
      .limit(limit)
      .getManyAndCount();
    const files = packs.length
      ? await this.dataSource.getRepository(PackFile).createQueryBuilder('f').where('f.pack_id IN (:...ids)', { ids: packs.map((p) => p.id) }).getMany()
      : [];
    return { items: packs.map((p) => toPackResponse(p, sortFiles(files.filter((f) => f.packId === p.id)))), total };
  }

  /** The stored bytes of one of the pack's files, exactly as rendered (and, once published, for good). */
  async getPackFile(id: string, name: string, actor: Actor): Promise<PackDownload> {
    const pack = await this.findPackOrFail(id, actor);
    const file = await this.dataSource.getRepository(PackFile).createQueryBuilder('f').addSelect('f.bytes')
      .where('f.pack_id = :id AND f.name = :name', { id, name }).getOne();
    if (file) return { bytes: file.bytes, contentType: file.contentType, sha256: file.sha256, fileName: downloadName(pack, name) };
    // A draft's other files are rendered from its snapshot on request; a published pack has them all stored.
    const format = PACK_FORMATS.find((f) => f.name === name);
    if (!format || pack.state !== 'draft') throw new NotFoundException({ message: `This pack has no file called ${name}`, errors: [] });
    const [rendered] = await this.render([format], pack.snapshot, 'draft');
    return { bytes: rendered.bytes, contentType: rendered.contentType, sha256: rendered.sha256, fileName: downloadName(pack, name) };
  }

  private async findPackOrFail(id: string, actor: Actor): Promise<Pack> {
    const pack = await this.dataSource.getRepository(Pack).findOne({ where: { id } });
    // A draft is as unknown as a missing pack to those who may not see drafts.
    if (!pack || (pack.state !== 'published' && !canReadDraftPacks(actor.roles))) {
      throw new NotFoundException({ message: `There is no pack with id ${id}`, errors: [] });
    }
    return pack;
  }

  private async lockPack(em: EntityManager, id: string): Promise<Pack> {
    const pack = await em.findOne(Pack, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!pack) throw new NotFoundException({ message: `There is no pack with id ${id}`, errors: [] });
    return pack;
  }

  private assertDraft(pack: Pack): void {
    if (!isPackEditable(pack.state)) {
      throw new ConflictException({
        message: 'This pack has been published and is final: it cannot be regenerated or published again. Generate a new pack for the meeting instead.',
        errors: [{ field: 'state', message: 'The pack is published' }],
        current: { id: pack.id, state: pack.state, version: pack.version },
      });
    }
  }

  private columnsOf(snapshot: PlanSnapshot, actor: Actor) {
    return {
      snapshot, asAt: new Date(snapshot.asAt), generatedAt: new Date(snapshot.generatedAt), generatedById: actor.id, generatedByLabel: actor.label,
    };
  }

  private async render(formats: readonly RenderedFormat[], snapshot: PlanSnapshot, state: 'draft' | 'published', publishedAt?: Date): Promise<RenderedFile[]> {
    const files: RenderedFile[] = [];
    for (const format of formats) {
      const bytes = await format.render(snapshot, { state, publishedAt: publishedAt?.toISOString() ?? null });
      files.push({ name: format.name, contentType: format.contentType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
    return files;
  }

  private async store(em: EntityManager, pack: Pack, files: RenderedFile[]): Promise<Pack> {
    const saved = await em.save(pack);
    await this.replaceFiles(em, saved.id, files);
    return saved;
  }

  private async replaceFiles(em: EntityManager, packId: string, files: RenderedFile[]): Promise<void> {
    await em.delete(PackFile, { packId });
    await em.insert(PackFile, files.map((f) => ({ packId, name: f.name, contentType: f.contentType, size: f.bytes.length, sha256: f.sha256, bytes: f.bytes })));
  }

  private async fileHashes(em: EntityManager, packId: string) {
    return em.find(PackFile, { where: { packId }, select: { name: true, sha256: true }, order: { name: 'ASC' } });
  }
}

const sortFiles = (files: PackFile[]) => [...files].sort((a, b) => {
  const order = (n: string) => PACK_FORMATS.findIndex((f) => f.name === n);
  return order(a.name) - order(b.name);
});

/** "Plymouth SEND Improvement Board pack 2025-02-12.pdf", with DRAFT in a draft's name. */
function downloadName(pack: Pack, name: string): string {
  const s = pack.snapshot;
  const extension = name.slice(name.lastIndexOf('.'));
  const base = name.slice(0, name.lastIndexOf('.'));
  const what = base === 'board-pack' ? `${s.meeting?.body.name ?? 'Board'} pack` : base.replace(/-/g, ' ');
  const date = s.meeting?.meetingDate ?? s.statusDate;
  return `${s.plan.localArea} ${what} ${date}${pack.state === 'draft' ? ' DRAFT' : ''}${extension}`;
}
