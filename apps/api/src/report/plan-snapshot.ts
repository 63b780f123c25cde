import type { DecisionKind, DeliveryStatus, ExceptionReason, ImpactStatus, InconsistencyCode } from '@send/domain';
import type { SummaryCounts } from '../plan/plan-summary';

/*
 * The one description of the plan that every pack and report is rendered from. Numbers are worked
 * out once, by the snapshot builder, and only laid out by the renderers. A published pack stores
 * its snapshot as JSON and never changes, so this shape only ever gains optional sections:
 * renderers must read a snapshot of an older schema version as well as the current one.
 */
export const SNAPSHOT_SCHEMA_VERSION = 1;

export interface PersonRef {
  name: string;
  jobTitle: string | null;
}

export interface ActionRef {
  id: string;
  reference: string;
  title: string;
  priorityNumber: number;
}

export interface SnapshotMilestones {
  total: number;
  done: number;
  /** The first milestone not done, by due date. */
  next: { title: string; dueDate: string | null } | null;
}

/** An approved status update as the pack shows it. */
export interface SnapshotUpdate {
  id: string;
  periodTitle: string | null;
  approvedAt: string | null;
  narrative: string;
  nextSteps: string;
  risks: string;
  deliveryStatus: DeliveryStatus | null;
  impactStatus: ImpactStatus | null;
}

export interface SnapshotAction extends ActionRef {
  description: string;
  owner: PersonRef | null;
  organisation: string | null;
  partners: string[];
  startDate: string | null;
  dueDate: string | null;
  deliveryStatus: DeliveryStatus;
  impactStatus: ImpactStatus;
  overdue: boolean;
  milestones: SnapshotMilestones;
  evidence: { total: number; impact: number };
  /** Warnings that the status may not tell the whole story (libs/domain inconsistencies()). */
  issues: { code: InconsistencyCode; message: string }[];
  /** The latest approved update, when status updates are recorded. */
  latestUpdate?: SnapshotUpdate | null;
  /** No approved update for more than two reporting periods, when reporting periods are recorded. */
  stale?: boolean;
}

export interface SnapshotMeasure {
  id: string;
  title: string;
  unit: string;
  unitLabel: string;
  polarity: 'higher_is_better' | 'lower_is_better';
  baseline: { value: number | null; date: string | null };
  target: { value: number | null; date: string | null };
  status: string;
  statusLabel: string;
  trend: string;
  trendLabel: string;
  /** cohortSize: the number of people the figure stands for (a survey's respondents; newer snapshots). */
  latest: { date: string; value: number; cohortSize?: number | null } | null;
  expected: number | null;
  /** Values up to the snapshot's date, oldest first. */
  series: { date: string; value: number; cohortSize?: number | null }[];
  source: string | null;
  /** records or survey (newer snapshots). */
  sourceKind?: string;
  illustrative: boolean;
  /** The target date passed on the snapshot's day with the target unmet (newer snapshots). */
  targetMissed?: boolean;
  /** The next value was due before the snapshot's day and had not come (newer snapshots). */
  valueOverdue?: boolean;
  nextValueDue?: string | null;
}

export interface SnapshotPriority {
  id: string;
  number: number;
  title: string;
  aim: string;
  progressNarrative: string;
  lead: PersonRef | null;
  deliveryGroup: string | null;
  counts: SummaryCounts;
  actions: SnapshotAction[];
  /** Present once measures are recorded. */
  measures?: SnapshotMeasure[];
}

export interface SnapshotDecision {
  id: string;
  kind: DecisionKind;
  kindLabel: string;
  text: string;
  action: { reference: string; title: string } | null;
  owner: PersonRef | null;
  dueDate: string | null;
  overdue: boolean;
  meeting: { title: string; meetingDate: string };
  status: 'open' | 'closed';
  closingNote: string | null;
  closedOn: string | null;
}

export interface SnapshotStatusMove {
  action: ActionRef;
  at: string;
  delivery: { from: DeliveryStatus; to: DeliveryStatus } | null;
  impact: { from: ImpactStatus; to: ImpactStatus } | null;
  periodTitle: string | null;
}

/** What changed since the same body's previous meeting, once the status history is recorded. */
export interface SnapshotChanges {
  since: { meetingTitle: string; meetingDate: string; date: string };
  statusChanges: SnapshotStatusMove[];
  newActions: { action: ActionRef; deliveryStatus: DeliveryStatus; impactStatus: ImpactStatus }[];
  completions: { action: ActionRef; at: string }[];
  missedDeadlines: { action: ActionRef; dueDate: string; deliveryStatus: DeliveryStatus; owner: string | null }[];
  /** Due dates moved, with the date before and the reason given (newer snapshots). */
  reDated?: { action: ActionRef; at: string; from: string | null; to: string | null; reason: string | null }[];
}

/** "You said, we did": a voice item as it stood on the snapshot's day, with its response then (if any). */
export interface SnapshotVoiceItem {
  id: string;
  kind: string;
  kindLabel: string;
  sourceLabel: string;
  sourceTitle: string;
  voiceOfLabel: string;
  heardOn: string;
  cohortSize: number | null;
  words: string;
  illustrative: boolean;
  priorityNumbers: number[];
  /** Null when no response had been given by the snapshot's day. */
  response: null | { whatChanged: string; respondedOn: string; status: string; statusLabel: string; respondedBy: string; actions: string[] };
  /** A concern or recommendation with no response by the snapshot's day. */
  unanswered: boolean;
}

export interface PlanSnapshot {
  schemaVersion: number;
  /** When the snapshot was taken. */
  generatedAt: string;
  generatedBy: string;
  /** The moment the figures describe: the meeting's cut-off, or the generation time if earlier. */
  asAt: string;
  /** The day (England) the statuses and "overdue" are judged on. */
  statusDate: string;
  /** `as_at`: statuses rebuilt as they stood on statusDate; `current`: the statuses recorded when generated. */
  statusBasis: 'current' | 'as_at';
  plan: { id: string; title: string; localArea: string; inspectionDate: string | null; startDate: string | null; endDate: string | null };
  meeting: null | {
    id: string;
    title: string;
    meetingDate: string;
    cutOffAt: string;
    location: string;
    body: { id: string; name: string; kind: string; chair: string };
    previousMeeting: { id: string; title: string; meetingDate: string; cutOffAt: string } | null;
  };
  /** Whether every priority area is in scope; the in-scope ones are listed in `priorities`. */
  allPriorityAreas: boolean;
  totals: SummaryCounts;
  priorities: SnapshotPriority[];
  exceptions: {
    offTrack: ActionRef[];
    overdue: ActionRef[];
    inconsistent: (ActionRef & { issues: { code: InconsistencyCode; message: string }[] })[];
    /** Present once reporting periods and approved updates are recorded. */
    stale?: ActionRef[];
    /** Every exception with all its reasons, as GET /api/plans/:planId/exceptions lists them (newer snapshots). */
    items?: (ActionRef & { reasons: ExceptionReason[]; issues: { code: InconsistencyCode; message: string }[] })[];
  };
  /** Null for a plan-level report or a body's first meeting; absent until the status history is recorded. */
  changes?: SnapshotChanges | null;
  decisions: { open: SnapshotDecision[]; closedSinceLastMeeting: SnapshotDecision[] };
  /**
   * "You said, we did": the voice items heard by the snapshot's day (those of the priority areas in
   * scope), each with the response it had by then. Absent from older snapshots.
   */
  voice?: SnapshotVoiceItem[];
  /** Which optional sections this snapshot carries, so a renderer can say what is not yet recorded. */
  sections: { measures: boolean; updates: boolean; changes: boolean; stale: boolean };
}
