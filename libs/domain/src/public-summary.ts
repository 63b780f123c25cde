/**
 * The public summary: what the partnership tells children, young people, families and anyone else
 * about its plan, in plain words. It is made from counts only, never from people's names, drafts,
 * risks, evidence or case audits, and a plan manager publishes it as a version that never changes.
 * The words are short sentences in everyday English (the web page's test measures them).
 */

export interface PublicProgressCounts {
  actions: number;
  complete: number;
  onTrack: number;
  /** At risk or off track. */
  needsWork: number;
  notStarted: number;
  /** Done, and shown to have made a difference. */
  impactEvidenced: number;
  overdue: number;
}

export interface PublicChangeCounts {
  /** The day of the last board meeting, or null when there has been none. */
  boardDate: string | null;
  completed: number;
  newActions: number;
  movedForward: number;
  slippedBack: number;
  missedDeadlines: number;
}

export interface PublicPriorityArea {
  number: number;
  title: string;
  summary: string;
}

export interface PublicVoiceItem {
  youSaid: string;
  weDid: string;
}

/** What a published summary holds: frozen when it is published, served as it is. */
export interface PublicSummaryContent {
  schemaVersion: 1;
  localArea: { name: string; slug: string };
  plan: { id: string; title: string };
  /** The day the figures are for. */
  asAt: string;
  headline: string[];
  progress: PublicProgressCounts;
  priorityAreas: PublicPriorityArea[];
  sinceLastBoard: { boardDate: string | null; sentences: string[] };
  youSaidWeDid: PublicVoiceItem[];
}

/** "1 action", "3 actions". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "is" or "are" for a count. */
const isAre = (n: number) => (n === 1 ? 'is' : 'are');
const hasHave = (n: number) => (n === 1 ? 'has' : 'have');

/** The headline in words: how many things the plan has, how many are done, how many need work. */
export function headlineSentences(c: PublicProgressCounts): string[] {
  if (c.actions === 0) return ['The plan has no tasks in it yet.'];
  const sentences = [`Our plan has ${countOf(c.actions, 'task')}.`];
  sentences.push(c.complete === 0 ? 'None of them are done yet.' : `${c.complete} of them ${isAre(c.complete)} done.`);
  if (c.onTrack > 0) sentences.push(`${c.onTrack} ${isAre(c.onTrack)} going to plan.`);
  if (c.needsWork > 0) sentences.push(`${c.needsWork} ${isAre(c.needsWork)} behind, and we are working to catch up.`);
  if (c.notStarted > 0) sentences.push(`${c.notStarted} ${hasHave(c.notStarted)} not started yet.`);
  if (c.impactEvidenced > 0) sentences.push(`For ${c.impactEvidenced} of the tasks that are done, we can show they made things better for children and families.`);
  return sentences;
}

/** One or two sentences about a part of the plan, from its counts. */
export function priorityAreaSentence(c: PublicProgressCounts): string {
  if (c.actions === 0) return 'There are no tasks in this part of the plan yet.';
  const first = `There ${isAre(c.actions)} ${countOf(c.actions, 'task')} in this part.`;
  if (c.complete === c.actions) return `${first} All of them are done.`;
  const parts: string[] = [];
  if (c.complete > 0) parts.push(`${c.complete} ${isAre(c.complete)} done`);
  if (c.onTrack > 0) parts.push(`${c.onTrack} ${isAre(c.onTrack)} going to plan`);
  if (c.needsWork > 0) parts.push(`${c.needsWork} ${isAre(c.needsWork)} behind`);
  if (c.notStarted > 0) parts.push(`${c.notStarted} ${hasHave(c.notStarted)} not started`);
  if (parts.length === 0) return first;
  const last = parts.pop()!;
  return `${first} ${capitalise(parts.length ? `${parts.join(', ')} and ${last}` : last)}.`;
}

/** What changed since the last board meeting, in counts: never which task or whose. */
export function sinceLastBoardSentences(c: PublicChangeCounts, formatDay: (iso: string) => string = (iso) => iso): string[] {
  if (!c.boardDate) return ['Our board has not met yet, so there is nothing to compare with.'];
  const sentences = [`Our board last met on ${formatDay(c.boardDate)}. Since then:`];
  const changes: string[] = [];
  if (c.completed > 0) changes.push(`${countOf(c.completed, 'task')} ${c.completed === 1 ? 'was' : 'were'} finished.`);
  if (c.movedForward > 0) changes.push(`${countOf(c.movedForward, 'task')} moved on.`);
  if (c.newActions > 0) changes.push(`We added ${countOf(c.newActions, 'new task')}.`);
  if (c.slippedBack > 0) changes.push(`${countOf(c.slippedBack, 'task')} fell behind.`);
  if (c.missedDeadlines > 0) changes.push(`${countOf(c.missedDeadlines, 'task')} missed the date we set.`);
  if (changes.length === 0) return [`Our board last met on ${formatDay(c.boardDate)}. Nothing has changed since then.`];
  return [...sentences, ...changes];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-01-22" as "22 January 2025". */
export function dayInWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const DELIVERY_RANK: Readonly<Record<string, number>> = { off_track: 0, at_risk: 1, not_started: 1, on_track: 2, complete: 3 };
const IMPACT_RANK: Readonly<Record<string, number>> = { not_yet_complete: 0, complete_monitoring_impact: 1, complete_impact_evidenced: 2 };

export interface StatusMove {
  delivery: { from: string; to: string } | null;
  impact: { from: string; to: string } | null;
}

/**
 * Status moves counted for the public: finished (delivery moved to complete), moved on (any other
 * step forward, in delivery or in impact) and fell behind (a step back in either).
 */
export function countStatusMoves(moves: readonly StatusMove[]): { completed: number; movedForward: number; slippedBack: number } {
  let completed = 0;
  let movedForward = 0;
  let slippedBack = 0;
  for (const m of moves) {
    const delivery = m.delivery ? (DELIVERY_RANK[m.delivery.to] ?? 0) - (DELIVERY_RANK[m.delivery.from] ?? 0) : 0;
    const impact = m.impact ? (IMPACT_RANK[m.impact.to] ?? 0) - (IMPACT_RANK[m.impact.from] ?? 0) : 0;
    if (m.delivery?.to === 'complete') completed += 1;
    else if (delivery > 0 || (delivery === 0 && impact > 0)) movedForward += 1;
    else if (delivery < 0 || impact < 0) slippedBack += 1;
  }
  return { completed, movedForward, slippedBack };
}
