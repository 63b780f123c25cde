import { DELIVERY_STATUS_INFO, DELIVERY_STATUSES, IMPACT_STATUS_LABELS, IMPACT_STATUSES, RAG_COLOURS, type DeliveryStatus, type ImpactStatus, type Rag } from '@send/domain';
import type { PlanSnapshot } from '../plan-snapshot';

/** How dates and counts read in every export: "12 February 2025", "17:00 on 5 February 2025". */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const ENGLAND_TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });
const ENGLAND_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const formatDate = (iso: string | null | undefined) => (iso ? DAY.format(day(iso)) : '');
export const formatShortDate = (iso: string | null | undefined) => (iso ? SHORT.format(day(iso)) : '');
export const formatWeekday = (iso: string) => WEEKDAY.format(day(iso));
export const formatMonth = (iso: string) => MONTH.format(day(iso));
/** An instant as clocks in England showed it: "17:00 on 5 February 2025". */
export const formatInstant = (iso: string) => `${ENGLAND_TIME.format(new Date(iso))} on ${ENGLAND_DAY.format(new Date(iso))}`;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const percent = (n: number, of: number) => (of === 0 ? '0%' : `${Math.round((n / of) * 100)}%`);

/**
 * Impact categories in charts: grey while delivery goes on, blue once delivered (as BRAG's
 * complete), green once impact is evidenced. Always shown with the label.
 */
export const IMPACT_RAG: Readonly<Record<ImpactStatus, Rag>> = {
  not_yet_complete: 'grey',
  complete_monitoring_impact: 'blue',
  complete_impact_evidenced: 'green',
};
export const impactColour = (s: ImpactStatus) => RAG_COLOURS[IMPACT_RAG[s]].colour;
export const deliveryColour = (s: DeliveryStatus) => DELIVERY_STATUS_INFO[s].colour;
export const deliveryLabel = (s: DeliveryStatus) => DELIVERY_STATUS_INFO[s].label;
export const impactLabel = (s: ImpactStatus) => IMPACT_STATUS_LABELS[s];

/** BRAG in the order a board reads it: what needs attention first. */
export const DELIVERY_ORDER: readonly DeliveryStatus[] = ['off_track', 'at_risk', 'on_track', 'not_started', 'complete'];
export { DELIVERY_STATUSES, IMPACT_STATUSES };

/** The sentence of the critical review: "17 are not yet fully completed; 31 ...; 7 ...". */
export function impactSentences(s: PlanSnapshot): string[] {
  const c = s.totals.byImpactStatus;
  return [
    `${c.not_yet_complete} ${c.not_yet_complete === 1 ? 'is' : 'are'} not yet fully completed.`,
    `${c.complete_monitoring_impact} ${c.complete_monitoring_impact === 1 ? 'is' : 'are'} completed and now monitoring for evidence of impact on children and young people.`,
    `${c.complete_impact_evidenced} ${c.complete_impact_evidenced === 1 ? 'is' : 'are'} completed and there is evidence of clear impact on children and young people.`,
  ];
}

/** "Statuses as at 17:00 on 5 February 2025" or, before the history is recorded, as recorded when generated. */
export function statusBasisNote(s: PlanSnapshot): string {
  return s.statusBasis === 'as_at'
    ? `Statuses are as they stood at the end of ${formatDate(s.statusDate)}${s.meeting && s.asAt === s.meeting.cutOffAt ? ', the day of the cut-off' : ''}; overdue is judged on that day.`
    : `Statuses are as recorded when this was generated (${formatInstant(s.generatedAt)}); overdue is judged on ${formatDate(s.statusDate)}.`;
}

export function ownerText(owner: { name: string; jobTitle: string | null } | null, organisation?: string | null): string {
  if (!owner) return organisation ?? '';
  return organisation ? `${owner.name}, ${organisation}` : owner.name;
}
