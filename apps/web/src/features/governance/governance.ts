import { dayNumberToIsoDate, isCalendarDate, compareIsoDates, formatIsoDate, isoDateToDayNumber, type Rag } from '@send/domain';
import type { Decision, Pack } from './api';

/** What a list of meetings says about a meeting's packs, in words (and a colour beside them). */
export interface PackStatus {
  label: string;
  rag: Rag;
  /** Whether there is a pack at all. */
  exists?: boolean;
}

/**
 * A meeting's packs in one phrase. Newest first, as the API lists them. A meeting can have a
 * published pack and a newer draft (generated after publishing): both are worth knowing.
 */
export function packStatus(packs: readonly Pack[]): PackStatus {
  const published = packs.find((p) => p.state === 'published');
  const draft = packs.find((p) => p.state === 'draft');
  if (published && draft) return { label: 'Published, new draft', rag: 'blue', exists: true };
  if (published) return { label: 'Published', rag: 'blue', exists: true };
  if (draft) return { label: 'Draft', rag: 'grey', exists: true };
  return { label: 'No pack yet', rag: 'grey', exists: false };
}

/** The pack the meeting page previews: the one asked for, else the draft being prepared, else the latest published. */
export function packToPreview(packs: readonly Pack[], requested: string | null): Pack | undefined {
  return packs.find((p) => p.id === requested) ?? packs.find((p) => p.state === 'draft') ?? packs[0];
}

/**
 * The two windows the meetings page shows: the next meetings from today on, soonest first, and the
 * recent ones before today, latest first. With a five-year calendar seeded, a single list in date
 * order would open on meetings from 2023.
 */
export function meetingWindows(today: string): { upcoming: { from: string; order: 'asc' }; recent: { to: string; order: 'desc' } } {
  return { upcoming: { from: today, order: 'asc' }, recent: { to: dayNumberToIsoDate(isoDateToDayNumber(today) - 1), order: 'desc' } };
}

export const DECISION_VIEWS = ['open', 'overdue', 'closed', 'all'] as const;
export type DecisionView = (typeof DECISION_VIEWS)[number];

export const DECISION_VIEW_LABELS: Record<DecisionView, string> = {
  open: 'Open',
  overdue: 'Overdue',
  closed: 'Closed',
  all: 'All',
};

export function isDecisionView(x: unknown): x is DecisionView {
  return typeof x === 'string' && (DECISION_VIEWS as readonly string[]).includes(x);
}

/** The API filters by status; "overdue" is the open ones past their due date, which the API marks on each. */
export function decisionStatusQuery(view: DecisionView): 'open' | 'closed' | undefined {
  return view === 'overdue' || view === 'open' ? 'open' : view === 'closed' ? 'closed' : undefined;
}

export function filterDecisions(decisions: readonly Decision[], view: DecisionView): Decision[] {
  switch (view) {
    case 'open':
      return decisions.filter((d) => d.status === 'open');
    case 'overdue':
      return decisions.filter((d) => d.status === 'open' && d.overdue);
    case 'closed':
      return decisions.filter((d) => d.status === 'closed');
    default:
      return [...decisions];
  }
}

/** A decision's state in words: overdue matters more than open. */
export function decisionState(d: Pick<Decision, 'status' | 'overdue'>): PackStatus {
  if (d.status === 'closed') return { label: 'Closed', rag: 'blue' };
  if (d.overdue) return { label: 'Overdue', rag: 'red' };
  return { label: 'Open', rag: 'green' };
}

export const REPORT_FILES = ['progress.docx', 'progress.pdf', 'tracker.xlsx', 'tracker.csv'] as const;
export type ReportFile = (typeof REPORT_FILES)[number];

/** A report's download address, as at the end of a day when one is given. */
export function reportHref(planId: string, file: ReportFile, asAt?: string): string {
  return `/api/plans/${planId}/reports/${file}${asAt ? `?asAt=${asAt}` : ''}`;
}

/**
 * The "as at" date typed into the reports page, checked before it goes into four download links:
 * a refused download would open an error page instead of a file, so the form says what is wrong.
 * Empty means today.
 */
export function parseAsAt(parts: { day: string; month: string; year: string }, today: string): { asAt?: string; error?: string } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return {};
  if (!day || !month || !year) return { error: 'Enter a full date, with a day, month and year, or leave the date empty for today' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year) || !isCalendarDate(Number(year), Number(month), Number(day))) {
    return { error: 'The date must be a real date, like 31 1 2025' };
  }
  const asAt = formatIsoDate(Number(year), Number(month), Number(day));
  if (compareIsoDates(asAt, today) > 0) return { error: 'The date must be today or in the past' };
  return { asAt };
}

/** "1.2 MB", "340 KB": how big a file is before someone downloads it. */
export function formatFileSize(bytes: number | null): string | null {
  if (bytes === null) return null;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
