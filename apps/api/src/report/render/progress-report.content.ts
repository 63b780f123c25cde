import { MEASURE_STATUS_RAG, RAG_COLOURS, withCohort } from '@send/domain';
import type { PlanSnapshot, SnapshotMeasure, SnapshotVoiceItem } from '../plan-snapshot';
import {
  DELIVERY_ORDER, deliveryColour, deliveryLabel, formatDate, formatInstant, formatMonth, IMPACT_STATUSES, impactColour, impactLabel,
  impactSentences, plural, statusBasisNote,
} from './format';

/*
 * The scrutiny progress report, as blocks that the Word and the PDF renderers both lay out, so the
 * two files always say the same thing. Its shape follows the January 2025 report to the Scrutiny
 * Panel: overview, the critical review result, each priority area's aim, progress and measures, and
 * a conclusion.
 */

export interface ReportCell {
  text: string;
  bold?: boolean;
  /** A status colour shown beside the words (never instead of them). */
  swatch?: string;
}

export type ReportBlock =
  | { kind: 'title'; text: string; subtitle: string[] }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; style?: 'aim' | 'note' }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; columns: { header: string; width: number; align?: 'left' | 'right' }[]; rows: ReportCell[][] };

const cell = (text: string, extra: Omit<ReportCell, 'text'> = {}): ReportCell => ({ text, ...extra });

export function progressReportTitle(s: PlanSnapshot): string {
  return `${s.plan.localArea} Local Area SEND Improvement Plan Progress Report`;
}

export function progressReportBlocks(s: PlanSnapshot): ReportBlock[] {
  const t = s.totals;
  const blocks: ReportBlock[] = [];
  blocks.push({
    kind: 'title',
    text: 'Local Area SEND Improvement Plan Progress Report',
    subtitle: [`${s.plan.localArea}`, formatMonth(s.statusDate), `Figures as at ${formatInstant(s.asAt)}`],
  });

  blocks.push({ kind: 'heading', level: 1, text: 'Overview' });
  const inspected = s.plan.inspectionDate ? ` since the local area SEND inspection which took place in ${formatMonth(s.plan.inspectionDate)}` : '';
  blocks.push({
    kind: 'paragraph',
    text: `This report provides information on the progress made in the ${s.plan.localArea} Local Area SEND Improvement Plan${inspected}. It sets out the progress in each of the ${plural(s.priorities.length, 'priority action area')}, the aim of each, what has been done and the measures that show the difference it is making for children and young people.`,
  });
  blocks.push({ kind: 'paragraph', text: statusBasisNote(s), style: 'note' });

  blocks.push({ kind: 'heading', level: 1, text: 'Critical review of progress' });
  blocks.push({ kind: 'paragraph', text: `Each action is judged on whether it is complete and whether there is evidence of its impact on children and young people. Of the ${plural(t.actions, 'action')} in the plan:` });
  blocks.push({ kind: 'list', items: impactSentences(s) });
  blocks.push({
    kind: 'table',
    caption: 'Actions by priority area and impact category',
    columns: [{ header: 'Priority area', width: 40 }, { header: 'Actions', width: 12, align: 'right' }, ...IMPACT_STATUSES.map((k) => ({ header: impactLabel(k), width: 16, align: 'right' as const }))],
    rows: [
      ...s.priorities.map((p) => [cell(`${p.number}. ${p.title}`), cell(String(p.counts.actions)), ...IMPACT_STATUSES.map((k) => cell(String(p.counts.byImpactStatus[k])))]),
      [cell('Total', { bold: true }), cell(String(t.actions), { bold: true }), ...IMPACT_STATUSES.map((k) => cell(String(t.byImpactStatus[k]), { bold: true }))],
    ],
  });
  const delivery = DELIVERY_ORDER.filter((k) => t.byDeliveryStatus[k] > 0).map((k) => `${t.byDeliveryStatus[k]} ${deliveryLabel(k).toLowerCase()}`);
  blocks.push({
    kind: 'paragraph',
    text: `By delivery status, ${delivery.join(', ')}${t.overdue ? `; ${plural(t.overdue, 'action')} ${t.overdue === 1 ? 'is' : 'are'} past ${t.overdue === 1 ? 'its' : 'their'} due date` : ''}.`,
  });

  for (const p of s.priorities) {
    blocks.push({ kind: 'heading', level: 1, text: `Priority Action Area ${p.number}: ${p.title}` });
    if (p.aim) blocks.push({ kind: 'paragraph', text: p.aim, style: 'aim' });
    blocks.push({ kind: 'heading', level: 2, text: 'Progress' });
    blocks.push({ kind: 'paragraph', text: p.progressNarrative || 'No progress narrative has been recorded for this priority area yet.' });
    const updated = p.actions.filter((a) => a.latestUpdate);
    if (s.sections.updates && updated.length) {
      blocks.push({ kind: 'heading', level: 3, text: 'Latest approved updates' });
      for (const a of updated) {
        const u = a.latestUpdate!;
        blocks.push({ kind: 'paragraph', text: `${a.reference} ${a.title}${u.periodTitle ? ` (${u.periodTitle})` : ''}: ${u.narrative}` });
      }
    }
    blocks.push({
      kind: 'table',
      caption: `Priority ${p.number} actions and their status`,
      columns: [{ header: 'Ref', width: 8 }, { header: 'Action', width: 50 }, { header: 'Delivery', width: 18 }, { header: 'Impact', width: 24 }],
      rows: p.actions.map((a) => [
        cell(a.reference), cell(a.title),
        cell(`${deliveryLabel(a.deliveryStatus)}${a.overdue ? ' (overdue)' : ''}`, { swatch: deliveryColour(a.deliveryStatus) }),
        cell(impactLabel(a.impactStatus), { swatch: impactColour(a.impactStatus) }),
      ]),
    });
    if (s.sections.measures) {
      blocks.push({ kind: 'heading', level: 2, text: 'Measures' });
      if (!p.measures?.length) blocks.push({ kind: 'paragraph', text: 'No measure is recorded for this priority area yet.', style: 'note' });
      else blocks.push(measuresTable(p.number, p.measures));
    }
  }

  if (s.voice) blocks.push(...youSaidWeDid(s));

  blocks.push({ kind: 'heading', level: 1, text: 'Conclusion' });
  const complete = t.byImpactStatus.complete_monitoring_impact + t.byImpactStatus.complete_impact_evidenced;
  blocks.push({
    kind: 'paragraph',
    text: `${complete} of the ${plural(t.actions, 'action')} in the plan are complete: ${t.byImpactStatus.complete_monitoring_impact} are being monitored for evidence of impact and ${t.byImpactStatus.complete_impact_evidenced} have evidence of clear impact on children and young people. ${t.byImpactStatus.not_yet_complete} ${t.byImpactStatus.not_yet_complete === 1 ? 'is' : 'are'} not yet fully completed${t.overdue ? `, and ${plural(t.overdue, 'action')} ${t.overdue === 1 ? 'is' : 'are'} past ${t.overdue === 1 ? 'its' : 'their'} due date` : ''}; work on ${t.byImpactStatus.not_yet_complete === 1 ? 'it' : 'them'} continues and is reviewed at every SEND Improvement Board.`,
  });
  blocks.push({
    kind: 'paragraph',
    text: `The Action Plan Tracker, exported from the same figures as this report, lists every action with its owner, dates, milestones and status.`,
  });
  blocks.push({ kind: 'paragraph', text: `Prepared from the SEND Improvement Plan tracker on ${formatDate(s.generatedAt.slice(0, 10))}.`, style: 'note' });
  return blocks;
}

/** "You said, we did": what children, young people and families told the partnership, and what it did. */
function youSaidWeDid(s: PlanSnapshot): ReportBlock[] {
  const items = s.voice ?? [];
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: 'You said, we did' }];
  if (items.length === 0) {
    blocks.push({ kind: 'paragraph', text: `No voice of children, young people or families had been recorded by ${formatDate(s.statusDate)}.`, style: 'note' });
    return blocks;
  }
  const unanswered = items.filter((v) => v.unanswered).length;
  blocks.push({
    kind: 'paragraph',
    text: `What children, young people, parent carers and practitioners told the partnership, heard by ${formatDate(s.statusDate)}, and what was done about it by then. ${unanswered === 0 ? 'Every concern and recommendation has a response.' : `${plural(unanswered, 'concern or recommendation', 'concerns and recommendations')} had no response yet.`}`,
  });
  blocks.push(voiceTable(items));
  return blocks;
}

export function voiceSaid(v: SnapshotVoiceItem): string {
  const cohort = v.cohortSize ? `, ${v.cohortSize} ${v.cohortSize === 1 ? 'respondent' : 'respondents'}` : '';
  const areas = v.priorityNumbers.length ? ` Priority ${v.priorityNumbers.join(', ')}.` : '';
  return `${v.kindLabel}: ${v.words} (${v.voiceOfLabel.toLowerCase()}; ${v.sourceTitle || v.sourceLabel}${cohort}${v.illustrative ? '; illustrative' : ''}).${areas}`;
}

export function voiceDid(v: SnapshotVoiceItem): string {
  if (!v.response) return v.unanswered ? 'No response yet.' : 'No response needed.';
  const r = v.response;
  return `${r.statusLabel}: ${r.whatChanged} (${formatDate(r.respondedOn)}, ${r.respondedBy}${r.actions.length ? `; actions ${r.actions.join(', ')}` : ''}).`;
}

function voiceTable(items: SnapshotVoiceItem[]): ReportBlock {
  return {
    kind: 'table',
    caption: 'You said, we did',
    columns: [{ header: 'You said', width: 50 }, { header: 'Heard', width: 14 }, { header: 'We did', width: 36 }],
    rows: items.map((v) => [cell(voiceSaid(v)), cell(formatDate(v.heardOn)), cell(voiceDid(v), { bold: v.unanswered })]),
  };
}

function measuresTable(priorityNumber: number, measures: SnapshotMeasure[]): ReportBlock {
  const fmt = (m: SnapshotMeasure, v: number | null, date: string | null) =>
    v === null ? '' : `${Number.isInteger(v) ? v : v.toFixed(1)}${m.unit === 'percent' ? '%' : ''}${date ? ` (${formatMonth(date)})` : ''}`;
  return {
    kind: 'table',
    caption: `Priority ${priorityNumber} measures`,
    columns: [{ header: 'Measure', width: 34 }, { header: 'Baseline', width: 16 }, { header: 'Latest', width: 16 }, { header: 'Target', width: 16 }, { header: 'Status', width: 18 }],
    rows: measures.map((m) => [
      cell(`${m.title}${m.illustrative ? ' (illustrative)' : ''}`),
      cell(fmt(m, m.baseline.value, m.baseline.date)),
      cell(withCohort(fmt(m, m.latest?.value ?? null, null), m.latest?.cohortSize) + (m.latest ? ` (${formatMonth(m.latest.date)})` : '')),
      cell(fmt(m, m.target.value, m.target.date)),
      cell(`${m.statusLabel}${m.trend !== 'no_data' ? `, ${m.trendLabel.toLowerCase()}` : ''}`, {
        swatch: RAG_COLOURS[MEASURE_STATUS_RAG[m.status as keyof typeof MEASURE_STATUS_RAG] ?? 'grey'].colour,
      }),
    ]),
  };
}
