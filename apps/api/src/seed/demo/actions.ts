import {
  DELIVERY_STATUS_INFO, dayNumberToIsoDate, englandInstant, isoDateToDayNumber, longDate, todayIso,
  type DeliveryStatus, type EvidenceType, type ImpactStatus,
} from '@send/domain';
import { between, pick, randomFor } from './prng';

/** A reporting period the demo continues through, with its meeting's cut-off. */
export interface DemoPeriod {
  id: string;
  title: string;
  opensOn: string;
  updateDeadline: string;
  boardDate: string;
  cutOffAt: Date;
  meetingId: string;
}

export interface Party {
  personId: string;
  label: string;
}

/** An action as the real history left it. */
export interface DemoAction {
  id: string;
  reference: string;
  title: string;
  dueDate: string | null;
  deliveryStatus: DeliveryStatus;
  impactStatus: ImpactStatus;
  author: Party;
  moderator: Party;
  milestones: { id: string; title: string; dueDate: string | null; completedOn: string | null }[];
}

export type DemoUpdateState = 'draft' | 'submitted' | 'approved' | 'returned';

export interface DemoUpdate {
  actionId: string;
  periodId: string;
  state: DemoUpdateState;
  deliveryStatus: DeliveryStatus;
  impactStatus: ImpactStatus;
  narrative: string;
  nextSteps: string;
  risks: string;
  createdAt: Date;
  submittedAt: Date | null;
  moderatedAt: Date | null;
  moderatorComment: string | null;
  author: Party;
  moderator: Party;
  /** Keys of the new evidence (below) the update links to. */
  evidenceKeys: string[];
}

export interface DemoEvidence {
  key: string;
  actionId: string;
  type: EvidenceType;
  title: string;
  description: string;
  date: string;
}

/** An approved change of an action's statuses, for the board's decisions. */
export interface DemoMove {
  actionId: string;
  period: DemoPeriod;
  from: { deliveryStatus: DeliveryStatus; impactStatus: ImpactStatus };
  to: { deliveryStatus: DeliveryStatus; impactStatus: ImpactStatus };
  evidenceTitle: string | null;
}

export interface DemoContinuation {
  updates: DemoUpdate[];
  evidence: DemoEvidence[];
  milestones: { id: string; completedOn: string }[];
  /** Each action's official statuses at the end: those of its last approved update. */
  statuses: Map<string, { deliveryStatus: DeliveryStatus; impactStatus: ImpactStatus }>;
  moves: DemoMove[];
}

const day = (iso: string) => isoDateToDayNumber(iso);
const iso = (n: number) => dayNumberToIsoDate(n);
const monthYear = (date: string) => longDate(date).replace(/^\d+ /, '');

// Owners submit in the morning; the Head of SEND moderates in the afternoon, before the 17:00 cut-off.
const CREATED_AT = '09:30';
const SUBMITTED_AT = '10:00';
const APPROVED_AT = '15:00';
const RETURNED_AT = '11:00';

/** A period is about six weeks. */
const PERIOD_DAYS = 42;
/** How many periods after its due date an action is delivered (before, when negative): most on time, some late. */
const LATENESS_PERIODS = [-2, -1, 0, 0, 0, 1, 1, 2, 3, 4];
/** Per period, the chance that an action monitoring impact has its impact evidenced (a few a year, never at once). */
const EVIDENCE_CHANCE = 0.015;
const PERIODS_BEFORE_EVIDENCE = 3;

const SLIP_REASONS = [
  'recruitment to a key post has taken longer than planned',
  "a partner's capacity was stretched over the school holidays",
  'procurement needed a second round',
  'data from a partner system arrived late',
  'it depends on a service redesign that has been delayed',
  'sickness absence in a small team slowed the work',
];
const STEADY = [
  'Work continued to plan this period.',
  'Steady progress, reported to the priority delivery group.',
  'On plan: the work is being delivered as agreed with partners.',
  'Progress continued with partners, with no new risks.',
];
const MONITORING = [
  'Complete; impact is being monitored. Feedback from families and the measures this action supports are reviewed at the priority delivery group.',
  'Complete; monitoring impact. Early signs are positive, but there is not yet evidence of the difference for children and young people.',
  'Delivered; the priority delivery group is gathering evidence of impact through case audits and family feedback.',
];
const EVIDENCED = [
  'Impact remains evidenced; the priority delivery group keeps it under review.',
  'Impact evidenced and sustained; no change this period.',
];
const EVIDENCE_KINDS: { type: EvidenceType; title: (month: string) => string }[] = [
  { type: 'voice_of_parent_carers', title: (m) => `Parent carer feedback, ${m}` },
  { type: 'case_study', title: (m) => `Case studies of three children, ${m}` },
  { type: 'audit', title: (m) => `Multi-agency case audit, ${m}` },
  { type: 'voice_of_children_and_young_people', title: (m) => `What children and young people told us, ${m}` },
  { type: 'data', title: (m) => `Before and after figures, ${m}` },
];
const RETURN_COMMENTS = [
  'Please add the numbers for this half-term, and say what families have told you.',
  'Thank you. Can you say what the risk to the milestone date is, and what you are doing about it?',
];

interface State {
  deliveryStatus: DeliveryStatus;
  impactStatus: ImpactStatus;
  /** Periods since delivery completed. */
  sinceComplete: number;
  openMilestones: DemoAction['milestones'];
}

interface Planned {
  action: DemoAction;
  period: DemoPeriod;
  before: State;
  after: State;
  narrative: string;
  nextSteps: string;
  risks: string;
  completed: { id: string; dueDate: string | null }[];
  evidence: DemoEvidence | null;
  createdAt: Date;
  submittedAt: Date;
  approvedAt: Date;
  /** The day an early draft was started, for the period still open. */
  draftedAt: Date;
  /** In the period still open: waiting for the moderator whatever the day (a few are). */
  backlog: boolean;
}

/**
 * The illustrative continuation of every action through the periods from `fromIndex` that have
 * opened by `now`: one approved update a period (submitted by the deadline, approved before the
 * pack cut-off), mostly steady progress, some slipping to at risk or off track, completions as due
 * dates near, a few impact judgements moving to evidenced with the evidence that shows it. The
 * period still open at `now` is written as far as `now`: updates approved, awaiting moderation,
 * returned or in draft, and some not yet started. At least one action has changed status since the
 * last board, so "what changed" is never empty.
 */
export function continueActions(
  actions: readonly DemoAction[], periods: readonly DemoPeriod[], fromIndex: number, now: Date, leftToReport: ReadonlySet<string> = new Set(),
): DemoContinuation {
  const today = todayIso(now);
  const result: DemoContinuation = { updates: [], evidence: [], milestones: [], statuses: new Map(), moves: [] };
  const states = new Map<string, State>(actions.map((a) => [a.id, {
    deliveryStatus: a.deliveryStatus, impactStatus: a.impactStatus, sinceComplete: a.deliveryStatus === 'complete' ? PERIODS_BEFORE_EVIDENCE : 0,
    openMilestones: a.milestones.filter((m) => !m.completedOn),
  }]));
  for (const a of actions) result.statuses.set(a.id, { deliveryStatus: a.deliveryStatus, impactStatus: a.impactStatus });

  for (let k = fromIndex; k < periods.length; k++) {
    const period = periods[k];
    if (period.opensOn > today) break;
    const open = period.boardDate >= today;
    // In the period still open, the actions left to the demo's own owner accounts wait for them, unless delivered.
    const planned = actions
      .filter((a) => !(open && leftToReport.has(a.id) && states.get(a.id)!.deliveryStatus !== 'complete'))
      .map((a) => plan(a, states.get(a.id)!, period));
    if (open) {
      const previous = periods[k - 1];
      ensureAChange(planned, previous ? englandInstant(iso(day(previous.boardDate) + 1), '00:00') : englandInstant(period.opensOn, '00:00'), now);
    }
    for (const p of planned) {
      const state = open ? stateAt(p, now) : 'approved';
      if (!state) continue;
      if (p.evidence) result.evidence.push(p.evidence);
      const r = randomFor('moderation', p.action.reference, period.boardDate);
      const returned = state === 'returned';
      result.updates.push({
        actionId: p.action.id, periodId: period.id, state,
        deliveryStatus: p.after.deliveryStatus, impactStatus: p.after.impactStatus,
        narrative: p.narrative, nextSteps: p.nextSteps, risks: p.risks,
        createdAt: state === 'draft' ? p.draftedAt : p.createdAt,
        submittedAt: state === 'draft' ? null : p.submittedAt,
        moderatedAt: state === 'approved' ? p.approvedAt : returned ? returnedAt(p) : null,
        moderatorComment: returned ? pick(r, RETURN_COMMENTS) : null,
        author: p.action.author, moderator: p.action.moderator,
        evidenceKeys: p.evidence ? [p.evidence.key] : [],
      });
      if (state !== 'approved') continue;
      const approvedDay = todayIso(p.approvedAt);
      for (const m of p.completed) {
        result.milestones.push({ id: m.id, completedOn: m.dueDate && m.dueDate < approvedDay ? maxIso(m.dueDate, period.opensOn) : approvedDay });
      }
      if (p.before.deliveryStatus !== p.after.deliveryStatus || p.before.impactStatus !== p.after.impactStatus) {
        result.moves.push({ actionId: p.action.id, period, from: pickStatuses(p.before), to: pickStatuses(p.after), evidenceTitle: p.evidence?.title ?? null });
      }
      states.set(p.action.id, p.after);
      result.statuses.set(p.action.id, pickStatuses(p.after));
    }
  }
  return result;
}

const pickStatuses = (s: State) => ({ deliveryStatus: s.deliveryStatus, impactStatus: s.impactStatus });
const maxIso = (a: string, b: string) => (a > b ? a : b);

/** What an action's owner reports for a period, and when. */
function plan(action: DemoAction, before: State, period: DemoPeriod): Planned {
  const r = randomFor('update', action.reference, period.boardDate);
  const board = period.boardDate;
  const cutOffDay = todayIso(period.cutOffAt);
  // Submitted in the week before the deadline, a few on the cut-off day itself; approved before the cut-off.
  const late = r() < 0.08;
  const submitted = late ? cutOffDay : iso(Math.max(day(period.opensOn), day(period.updateDeadline) - between(r, 0, 6)));
  const approved = iso(Math.min(day(submitted) + between(r, 1, 4), day(cutOffDay)));
  const drafted = iso(Math.max(day(period.opensOn), day(submitted) - between(r, 1, 6)));
  const timing = {
    createdAt: englandInstant(submitted, CREATED_AT),
    submittedAt: englandInstant(submitted, SUBMITTED_AT),
    approvedAt: englandInstant(approved, APPROVED_AT),
    draftedAt: englandInstant(drafted, CREATED_AT),
  };
  const reason = pick(r, SLIP_REASONS);
  const backlog = r() < 0.1;
  const after: State = { ...before, openMilestones: [...before.openMilestones] };
  const base = { action, period, before, after, backlog, completed: [] as Planned['completed'], evidence: null as DemoEvidence | null, ...timing };

  if (before.impactStatus === 'complete_impact_evidenced') {
    return { ...base, narrative: pick(r, EVIDENCED), nextSteps: 'Keep the impact under review through the priority delivery group.', risks: '' };
  }
  if (before.impactStatus === 'complete_monitoring_impact') {
    after.sinceComplete = before.sinceComplete + 1;
    if (after.sinceComplete > PERIODS_BEFORE_EVIDENCE && r() < EVIDENCE_CHANCE) {
      const kind = pick(r, EVIDENCE_KINDS);
      const evidenceDate = iso(day(submitted) - between(r, 3, 20));
      const title = kind.title(monthYear(evidenceDate));
      after.impactStatus = 'complete_impact_evidenced';
      return {
        ...base,
        evidence: {
          key: `${action.id}:${board}`, actionId: action.id, type: kind.type, title, date: evidenceDate,
          description: 'Illustrative: made up for the demonstration plan, standing for the evidence a partnership would attach here.',
        },
        narrative: `Impact evidenced: "${title}" shows the difference this action has made for children and young people.`,
        nextSteps: 'Keep the impact under review through the priority delivery group.',
        risks: '',
      };
    }
    return {
      ...base,
      narrative: pick(r, MONITORING),
      nextSteps: 'Collect evidence of the difference made for children and young people: feedback from families, case audits and the measures this action supports.',
      risks: '',
    };
  }

  // Not yet complete: milestones falling due, then the delivery judgement.
  const lines: string[] = [];
  const missed: string[] = [];
  for (const m of before.openMilestones) {
    if (!m.dueDate || m.dueDate > board) continue;
    if (r() < (before.deliveryStatus === 'off_track' ? 0.35 : 0.75)) {
      base.completed.push({ id: m.id, dueDate: m.dueDate });
      lines.push(`Milestone reached: ${m.title}.`);
    } else {
      missed.push(m.title);
    }
  }
  after.openMilestones = before.openMilestones.filter((m) => !base.completed.some((c) => c.id === m.id));
  const pastDue = action.dueDate !== null && action.dueDate < board;
  // Each action is delivered around its due date, some early, some late: when is drawn once per action.
  const lateBy = pick(randomFor('lateness', action.reference), LATENESS_PERIODS);
  const target = action.dueDate === null ? Infinity : day(action.dueDate) + lateBy * PERIOD_DAYS;
  const finishChance = day(board) >= target ? 0.7 : target - day(board) <= PERIOD_DAYS ? 0.15 : action.dueDate === null ? 0.02 : 0;
  const slipping = lateBy > 0 && action.dueDate !== null && day(action.dueDate) - day(board) <= 2 * PERIOD_DAYS;
  const d = before.deliveryStatus;

  if (d === 'not_started') {
    after.deliveryStatus = r() < 0.6 ? 'on_track' : 'not_started';
    lines.push(after.deliveryStatus === 'on_track' ? 'Work has started: the lead and partners are in place.' : `Not started yet: ${reason}.`);
  } else if (r() < finishChance) {
    for (const m of after.openMilestones) base.completed.push({ id: m.id, dueDate: m.dueDate });
    after.openMilestones = [];
    after.deliveryStatus = 'complete';
    after.impactStatus = 'complete_monitoring_impact';
    after.sinceComplete = 0;
    lines.push('Delivered: every milestone is complete. Its impact on children and young people will now be monitored.');
    return { ...base, narrative: lines.join(' '), nextSteps: MONITORING_NEXT, risks: '' };
  } else if (pastDue) {
    // Past its due date and not complete is off track: the board sees it as it is.
    after.deliveryStatus = 'off_track';
    lines.push(`Past its due date of ${longDate(action.dueDate as string)} and not yet delivered: ${reason}.`);
  } else if (slipping && d !== 'off_track') {
    // An action that will be late says so as its due date nears: at risk, then off track once its owner knows it will miss it.
    after.deliveryStatus = d === 'at_risk' && r() < 0.3 ? 'off_track' : 'at_risk';
  } else if (d === 'on_track') {
    after.deliveryStatus = missed.length > 0 ? (r() < 0.6 ? 'at_risk' : 'on_track') : r() < 0.05 ? 'at_risk' : 'on_track';
  } else if (d === 'at_risk') {
    const roll = r();
    after.deliveryStatus = roll < 0.4 ? 'on_track' : roll < 0.5 ? 'off_track' : 'at_risk';
  } else if (d === 'off_track') {
    after.deliveryStatus = r() < 0.35 ? 'at_risk' : 'off_track';
  }
  for (const title of missed) lines.push(`The milestone "${title}" was not met: ${reason}.`);
  const now = after.deliveryStatus;
  if (!pastDue && d !== 'not_started') {
    if (now === d) lines.push(now === 'on_track' ? pick(r, STEADY) : `Still ${DELIVERY_STATUS_INFO[now].label.toLowerCase()}: ${reason}.`);
    else if (now === 'on_track') lines.push('Back on track: the catch-up plan agreed with the priority delivery group has worked.');
    else if (now === 'at_risk') lines.push(`At risk: ${reason}.`);
    else if (now === 'off_track') lines.push(`Off track: ${reason}.`);
  }
  return {
    ...base,
    narrative: lines.join(' '),
    nextSteps: NEXT_STEPS[now],
    risks: now === 'at_risk' || now === 'off_track' || now === 'not_started' ? capitalise(reason) + '.' : '',
  };
}

const MONITORING_NEXT = 'Collect evidence of the difference made for children and young people: feedback from families, case audits and the measures this action supports.';
const NEXT_STEPS: Record<DeliveryStatus, string> = {
  not_started: 'Confirm the lead and the start date with the priority delivery group.',
  on_track: 'Carry on to plan and report the next milestone to the priority delivery group.',
  at_risk: 'Agree a catch-up plan with the priority delivery group and report on it at the next board.',
  off_track: 'Bring a recovery plan, with dates, to the next Improvement Board.',
  complete: MONITORING_NEXT,
};
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Where an update of the period still open stands at `now`, or null when the owner has not started it. */
function stateAt(p: Planned, now: Date): DemoUpdateState | null {
  const t = now.getTime();
  if (p.approvedAt.getTime() <= t && !p.backlog) return 'approved';
  const r = randomFor('progress', p.action.reference, p.period.boardDate);
  if (p.submittedAt.getTime() <= t) return r() < 0.3 && returnedAt(p).getTime() <= t ? 'returned' : 'submitted';
  if (p.draftedAt.getTime() <= t && r() < 0.7) return 'draft';
  return null;
}

/** The morning after submission: when a returned update went back to its author. */
const returnedAt = (p: Planned) => englandInstant(iso(day(todayIso(p.submittedAt)) + 1), RETURNED_AT);

/**
 * Makes sure something has changed since the last board: when no update of the open period that
 * changes a status has been approved by `now`, the first that would (or else a first report of
 * progress or slippage, or else a first impact evidenced) is brought forward to just before `now`,
 * after the board (`after`).
 */
function ensureAChange(planned: Planned[], after: Date, now: Date): void {
  const changes = (p: Planned) => p.before.deliveryStatus !== p.after.deliveryStatus || p.before.impactStatus !== p.after.impactStatus;
  if (planned.some((p) => changes(p) && !p.backlog && p.approvedAt.getTime() <= now.getTime())) return;
  let chosen: Planned | undefined = planned.filter(changes).sort((a, b) => a.approvedAt.getTime() - b.approvedAt.getTime())[0];
  if (!chosen) chosen = reportSlippageOrProgress(planned) ?? reportImpact(planned);
  if (!chosen) return;
  const span = now.getTime() - after.getTime();
  const approvedAt = now.getTime() - Math.min(3_600_000, span / 2);
  const submittedAt = approvedAt - Math.min(7_200_000, (approvedAt - after.getTime()) / 2);
  const createdAt = submittedAt - Math.min(1_800_000, (submittedAt - after.getTime()) / 2);
  Object.assign(chosen, {
    createdAt: new Date(createdAt), submittedAt: new Date(submittedAt), approvedAt: new Date(approvedAt), draftedAt: new Date(createdAt), backlog: false,
  });
}

function reportSlippageOrProgress(planned: Planned[]): Planned | undefined {
  const chosen = planned.find((p) => p.before.deliveryStatus === 'at_risk' || p.before.deliveryStatus === 'on_track' || p.before.deliveryStatus === 'off_track');
  if (!chosen) return undefined;
  const from = chosen.before.deliveryStatus;
  const to: DeliveryStatus = from === 'on_track' ? 'at_risk' : from === 'at_risk' ? 'on_track' : 'at_risk';
  chosen.after = { ...chosen.after, deliveryStatus: to };
  chosen.narrative = to === 'at_risk'
    ? 'An early update: the next milestone is at risk, and a catch-up plan is being agreed with the priority delivery group.'
    : 'An early update: the catch-up plan has worked and the action is back on track.';
  chosen.nextSteps = NEXT_STEPS[to];
  chosen.risks = to === 'at_risk' ? 'The next milestone date may slip.' : '';
  return chosen;
}

function reportImpact(planned: Planned[]): Planned | undefined {
  const chosen = planned.find((p) => p.before.impactStatus === 'complete_monitoring_impact');
  if (!chosen) return undefined;
  const date = todayIso(chosen.createdAt);
  const title = `Parent carer feedback, ${monthYear(date)}`;
  chosen.after = { ...chosen.after, impactStatus: 'complete_impact_evidenced' };
  chosen.evidence = {
    key: `${chosen.action.id}:${chosen.period.boardDate}`, actionId: chosen.action.id, type: 'voice_of_parent_carers', title, date: chosen.period.opensOn,
    description: 'Illustrative: made up for the demonstration plan, standing for the evidence a partnership would attach here.',
  };
  chosen.narrative = `Impact evidenced: "${title}" shows the difference this action has made for children and young people.`;
  chosen.nextSteps = 'Keep the impact under review through the priority delivery group.';
  return chosen;
}
