import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  countStatusMoves,
  dayInWords,
  headlineSentences,
  priorityAreaSentence,
  sinceLastBoardSentences,
  todayIso,
  type PublicProgressCounts,
  type PublicSummaryContent,
  type PublicVoiceItem,
} from '@send/domain';
import { LRUCache } from 'lru-cache';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { runInLocalAreas } from '../db/local-area-context';
import type { SummaryCounts } from '../plan/plan-summary';
import { PlanService } from '../plan/plan.service';
import { REPORTING_BODY_KIND } from '../reporting-period/period-meeting';
import { PublicSummary } from './public-summary.entity';
import type { PublicSummaryOverview, PublishedSummary, PublishedSummaryVersion } from './public-summary.response';
import { renderPublicSummaryPdf } from './public-summary.pdf';

/** How long a public answer is kept before it is read again (a publication on this instance clears it at once). */
export const PUBLIC_CACHE_SECONDS = 60;

/** The most "You said, we did" items the page shows: a page to read, not a register. */
const YOU_SAID_WE_DID_MAX = 10;

/**
 * The plan's public summary: made from counts and plain sentences only (no names, drafts, risks,
 * evidence or case audits), published by a plan manager as a version that never changes, and
 * served to anyone without signing in, from the frozen content.
 */
@Injectable()
export class PublicSummaryService {
  /** Public answers by plan id or slug: cheap to serve again, and the routes are open to anyone. */
  private readonly cache = new LRUCache<string, { summary: PublishedSummary | null; pdf?: Buffer }>({ max: 500, ttl: PUBLIC_CACHE_SECONDS * 1000 });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlanService,
    private readonly audit: AuditService,
  ) {}

  /** The versions published so far (latest first), and what would be published now. */
  async overview(planId: string): Promise<PublicSummaryOverview> {
    const preview = await this.buildContent(planId);
    const rows = await this.dataSource.getRepository(PublicSummary).find({
      where: { planId }, order: { versionNumber: 'DESC' },
      select: { id: true, versionNumber: true, publishedAt: true, publishedByLabel: true, publishedByUserId: true },
    });
    return {
      planId,
      versions: rows.map((r) => ({ id: r.id, versionNumber: r.versionNumber, publishedAt: r.publishedAt.toISOString(), publishedBy: { id: r.publishedByUserId, label: r.publishedByLabel } })),
      preview,
    };
  }

  /** Freezes what the summary says now as the plan's next version. */
  async publish(planId: string, actor: Actor): Promise<PublishedSummaryVersion> {
    return this.dataSource.transaction(async (em) => {
      // The plan's row is the lock: two publications at once get consecutive numbers.
      const [plan] = await em.query<{ id: string }[]>('SELECT id FROM plan WHERE id = $1 FOR UPDATE', [planId]);
      if (!plan) throw planNotFound(planId);
      const content = await this.buildContent(planId, em);
      const [{ next }] = await em.query<{ next: number }[]>('SELECT coalesce(max(version_number), 0) + 1 AS next FROM public_summary WHERE plan_id = $1', [planId]);
      const saved = await em.save(em.create(PublicSummary, {
        planId, versionNumber: Number(next), publishedByUserId: actor.id, publishedByLabel: actor.label, content,
      }));
      await this.audit.record(em, actor, { entityType: 'public_summary', entityId: saved.id, action: 'publish', planId, after: { versionNumber: saved.versionNumber } });
      this.cache.clear();
      return {
        id: saved.id, planId, versionNumber: saved.versionNumber, publishedAt: saved.publishedAt.toISOString(),
        publishedBy: { id: saved.publishedByUserId, label: saved.publishedByLabel }, content,
      };
    });
  }

  /** The plan's latest published summary, for anyone: 404 until one is published. */
  async publishedForPlan(planId: string): Promise<PublishedSummary> {
    return this.cached(`plan:${planId}`, async () => {
      const [row] = await this.dataSource.query<{ local_area_id: string | null }[]>('SELECT public_summary_local_area($1::uuid) AS local_area_id', [planId]);
      if (!row?.local_area_id) return null;
      return runInLocalAreas([row.local_area_id], () => this.latest(planId));
    }, () => new NotFoundException({ message: `There is no published summary for the plan ${planId}`, errors: [] }));
  }

  /**
   * The latest published summary of a local area's current plan, found by the area's slug: its
   * plan with the most recent publication (an area publishes for the plan it is working to).
   */
  async publishedForLocalArea(slug: string): Promise<PublishedSummary> {
    return this.cached(`slug:${slug}`, async () => {
      const [area] = await this.dataSource.query<{ id: string }[]>('SELECT id FROM local_area WHERE slug = $1', [slug]);
      if (!area) return null;
      return runInLocalAreas([area.id], async () => {
        const [latest] = await this.dataSource.query<{ plan_id: string }[]>('SELECT plan_id FROM public_summary ORDER BY published_at DESC, version_number DESC LIMIT 1');
        return latest ? this.latest(latest.plan_id) : null;
      });
    }, () => new NotFoundException({ message: `There is no published summary for the local area ${slug}`, errors: [] }));
  }

  /** The latest published summary as a printable PDF, rendered once per version and kept. */
  async publishedPdf(planId: string): Promise<{ bytes: Buffer; fileName: string }> {
    const summary = await this.publishedForPlan(planId);
    const entry = this.cache.get(`plan:${planId}`);
    let bytes = entry?.summary?.versionNumber === summary.versionNumber ? entry.pdf : undefined;
    if (!bytes) {
      bytes = await renderPublicSummaryPdf(summary);
      if (entry) entry.pdf = bytes;
    }
    return { bytes, fileName: `${summary.content.localArea.slug}-plan-summary-v${summary.versionNumber}.pdf` };
  }

  private async cached(key: string, load: () => Promise<PublishedSummary | null>, missing: () => Error): Promise<PublishedSummary> {
    let entry = this.cache.get(key);
    if (!entry) {
      entry = { summary: await load() };
      this.cache.set(key, entry);
    }
    if (!entry.summary) throw missing();
    return entry.summary;
  }

  private async latest(planId: string): Promise<PublishedSummary | null> {
    const row = await this.dataSource.getRepository(PublicSummary).findOne({ where: { planId }, order: { versionNumber: 'DESC' } });
    return row ? { planId: row.planId, versionNumber: row.versionNumber, publishedAt: row.publishedAt.toISOString(), content: row.content } : null;
  }

  /**
   * What the summary says now: counts and sentences only. Reads the plan's official statuses, its
   * priority areas' titles, what changed since its last board meeting (counted), and what the
   * partnership did about what it heard.
   */
  async buildContent(planId: string, em: EntityManager = this.dataSource.manager): Promise<PublicSummaryContent> {
    const today = todayIso();
    const plan = await this.plans.getPlan(planId);
    const summary = await this.plans.getSummary(planId);
    const [area] = await em.query<{ name: string; slug: string }[]>('SELECT la.name, la.slug FROM local_area la JOIN plan p ON p.local_area_id = la.id WHERE p.id = $1', [planId]);
    const [board] = await em.query<{ meeting_date: string; cut_off_at: Date }[]>(
      // The Improvement Board's last meeting; another body's when the board has not met.
      `SELECT m.meeting_date::text AS meeting_date, m.cut_off_at FROM meeting m JOIN governance_body b ON b.id = m.body_id
        WHERE m.plan_id = $1 AND m.meeting_date <= $2::date
        ORDER BY (b.kind = $3) DESC, m.meeting_date DESC, m.cut_off_at DESC LIMIT 1`,
      [planId, today, REPORTING_BODY_KIND],
    );
    let sinceLastBoard: PublicSummaryContent['sinceLastBoard'] = { boardDate: null, sentences: sinceLastBoardSentences({ boardDate: null, completed: 0, newActions: 0, movedForward: 0, slippedBack: 0, missedDeadlines: 0 }) };
    if (board) {
      const changes = await this.plans.getChanges(planId, board.meeting_date, today);
      const moves = countStatusMoves(changes.statusChanges);
      const counts = { boardDate: board.meeting_date, ...moves, newActions: changes.newActions.length, missedDeadlines: changes.missedDeadlines.length };
      sinceLastBoard = { boardDate: board.meeting_date, sentences: sinceLastBoardSentences(counts, dayInWords) };
    }
    const progress = progressOf(summary);
    return {
      schemaVersion: 1,
      localArea: { name: area?.name ?? plan.localArea, slug: area?.slug ?? '' },
      plan: { id: plan.id, title: plan.title },
      asAt: summary.asAt,
      headline: headlineSentences(progress),
      progress,
      priorityAreas: plan.priorityAreas.map((pa) => {
        const counts = summary.priorities.find((p) => p.id === pa.id);
        return { number: pa.number, title: pa.title, summary: priorityAreaSentence(counts ? progressOf(counts) : progressOf(null)) };
      }),
      sinceLastBoard,
      youSaidWeDid: await this.youSaidWeDid(em, planId),
    };
  }

  /**
   * "You said, we did": what children, young people, families and practitioners said, and what was
   * done about it, in their words only: never who said or answered it, where it was heard, or what
   * came from a case audit. Only what is done (a plan is not yet a "we did"), latest first.
   */
  private async youSaidWeDid(em: EntityManager, planId: string): Promise<PublicVoiceItem[]> {
    const rows = await em.query<{ words: string; what_changed: string }[]>(
      `SELECT i.words, r.what_changed FROM voice_item i JOIN voice_response r ON r.voice_item_id = i.id
        WHERE i.plan_id = $1 AND r.status = 'done' AND i.source <> 'case_audit'
        ORDER BY r.responded_on DESC, i.heard_on DESC, i.id LIMIT $2`,
      [planId, YOU_SAID_WE_DID_MAX],
    );
    return rows.map((r) => ({ youSaid: r.words, weDid: r.what_changed }));
  }
}

function progressOf(c: SummaryCounts | null | undefined): PublicProgressCounts {
  if (!c) return { actions: 0, complete: 0, onTrack: 0, needsWork: 0, notStarted: 0, impactEvidenced: 0, overdue: 0 };
  return {
    actions: c.actions,
    complete: c.byDeliveryStatus.complete,
    onTrack: c.byDeliveryStatus.on_track,
    needsWork: c.byDeliveryStatus.at_risk + c.byDeliveryStatus.off_track,
    notStarted: c.byDeliveryStatus.not_started,
    impactEvidenced: c.byImpactStatus.complete_impact_evidenced,
    overdue: c.overdue,
  };
}

function planNotFound(id: string) {
  return new NotFoundException({ message: `There is no plan with id ${id}`, errors: [] });
}
