import { Injectable } from '@nestjs/common';
import { englandInstant, todayIso } from '@send/domain';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { PlanSnapshotService } from './plan-snapshot.service';
import { PROGRESS_REPORT_DOCX, PROGRESS_REPORT_PDF, RenderedFormat, TRACKER_CSV, TRACKER_XLSX } from './render/renderers';

export type ReportKind = 'progress.docx' | 'progress.pdf' | 'tracker.xlsx' | 'tracker.csv';

const REPORTS: Record<ReportKind, { format: RenderedFormat; fileName: (area: string, date: string) => string }> = {
  'progress.docx': { format: PROGRESS_REPORT_DOCX, fileName: (area, date) => `${area} SEND improvement plan progress report ${date}.docx` },
  'progress.pdf': { format: PROGRESS_REPORT_PDF, fileName: (area, date) => `${area} SEND improvement plan progress report ${date}.pdf` },
  'tracker.xlsx': { format: TRACKER_XLSX, fileName: (area, date) => `${area} SEND action plan tracker ${date}.xlsx` },
  'tracker.csv': { format: TRACKER_CSV, fileName: (area, date) => `${area} SEND action plan tracker ${date}.csv` },
};

/** The plan's exported reports, rendered on request from a fresh snapshot. */
@Injectable()
export class ReportService {
  constructor(private readonly snapshots: PlanSnapshotService) {}

  async renderReport(planId: string, kind: ReportKind, asAtDate: string | undefined, actor: Actor) {
    const today = todayIso();
    if (asAtDate && asAtDate > today) throw fieldError('asAt', 'asAt cannot be in the future');
    // The end of the asked-for day in England (the snapshot never describes a moment after now).
    const asAt = asAtDate ? new Date(englandInstant(asAtDate, '23:59').getTime() + 59_999) : undefined;
    const snapshot = await this.snapshots.buildSnapshot({ planId, asAt, actor });
    const report = REPORTS[kind];
    const bytes = await report.format.render(snapshot, { state: 'published', publishedAt: null });
    return { bytes, contentType: report.format.contentType, fileName: report.fileName(snapshot.plan.localArea, todayIso(new Date(snapshot.asAt))) };
  }
}
