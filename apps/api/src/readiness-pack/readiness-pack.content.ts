import { READINESS_JUDGEMENTS, READINESS_LABELS, type ReadinessJudgement } from '@send/domain';
import { formatDate, formatInstant, plural } from '../report/render/format';
import type { ReportBlock, ReportCell } from '../report/render/progress-report.content';

/*
 * The monitoring evidence pack: what a partnership hands to a monitoring visit or the six-monthly
 * DfE and NHS England review. Its content is taken once, as at a day, and kept as it was (a
 * published pack never changes); the PDF and Word files are laid out from the blocks below, so the
 * two always say the same thing.
 */

export interface PackVoiceItem {
  title: string;
  said: string;
  receivedOn: string | null;
  source: string | null;
  responses: { text: string; respondedOn: string | null; statusLabel: string }[];
}

export interface PackFinding {
  id: string;
  inspection: string;
  kindLabel: string;
  number: number;
  title: string | null;
  text: string;
  judgement: ReadinessJudgement;
  judgementLabel: string;
  gaps: string[];
  actions: {
    reference: string;
    title: string;
    organisation: string | null;
    dueDate: string | null;
    deliveryStatusLabel: string;
    impactStatusLabel: string;
    overdue: boolean;
    latestUpdate: { periodTitle: string; approvedAt: string; narrative: string } | null;
  }[];
  evidence: { title: string; typeLabel: string; evidenceDate: string | null; actionReference: string; illustrative: boolean }[];
  measures: {
    title: string;
    unitLabel: string;
    unit: string;
    statusLabel: string;
    trend: string;
    trendLabel: string;
    baseline: { value: number | null; date: string | null };
    target: { value: number | null; date: string | null };
    values: { periodEnd: string; value: number; note: string | null }[];
    illustrative: boolean;
  }[];
  voice: PackVoiceItem[];
  selfEvaluation: { areaHeading: string; criterion: string; gradeLabel: string | null; evaluation: string }[];
}

export interface ReadinessPackContent {
  plan: { id: string; title: string; localArea: string };
  /** The day described (ISO `YYYY-MM-DD`). */
  asAt: string;
  generatedAt: string;
  inspections: { date: string; kindLabel: string; outcome: string | null }[];
  counts: Record<ReadinessJudgement, number>;
  findingsWithGaps: number;
  findingsWithoutImpactEvidence: number;
  findings: PackFinding[];
  selfEvaluation: {
    frameworkTitle: string;
    sections: { areaHeading: string; criterion: string; gradeLabel: string | null; written: boolean; updatedAt: string | null }[];
  };
}

const cell = (text: string, extra: Omit<ReportCell, 'text'> = {}): ReportCell => ({ text, ...extra });

export const readinessPackTitle = (c: ReadinessPackContent) => `${c.plan.localArea} SEND monitoring evidence pack`;

/** "Area for priority action 2: Waiting times" */
export const findingHeading = (f: Pick<PackFinding, 'kindLabel' | 'number' | 'title'>) => `${f.kindLabel} ${f.number}${f.title ? `: ${f.title}` : ''}`;

const number = (v: number | null, unit: string) => (v === null ? '' : `${Number.isInteger(v) ? v : v.toFixed(1)}${unit === 'percent' ? '%' : ''}`);

export function readinessPackBlocks(c: ReadinessPackContent): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const latest = c.inspections[0];
  blocks.push({
    kind: 'title',
    text: 'Monitoring evidence pack',
    subtitle: [
      c.plan.title,
      `${c.plan.localArea} local area SEND partnership`,
      `As at ${formatDate(c.asAt)}`,
      latest ? `Answering the ${latest.kindLabel.toLowerCase()} of ${formatDate(latest.date)}${latest.outcome ? ` (${latest.outcome})` : ''}` : 'No inspection is recorded by this date',
      `Prepared on ${formatInstant(c.generatedAt)}`,
    ],
  });
  blocks.push({
    kind: 'paragraph',
    text: 'For the partnership, its advisers and those who monitor its progress: the Department for Education and NHS England six-monthly review, and monitoring visits. Evidence titles are named in full; this pack is not for publication.',
    style: 'note',
  });

  blocks.push({ kind: 'heading', level: 2, text: 'Contents' });
  blocks.push({
    kind: 'list',
    items: ['Summary', ...c.findings.map(findingHeading), 'The self-evaluation, criterion by criterion'],
  });
  blocks.push({ kind: 'pageBreak' });

  blocks.push({ kind: 'heading', level: 1, text: 'Summary' });
  const total = c.findings.length;
  blocks.push({
    kind: 'paragraph',
    text: total === 0
      ? `No inspection finding for the plan to answer is recorded by ${formatDate(c.asAt)}.`
      : `The inspection${c.inspections.length === 1 ? '' : 's'} recorded by ${formatDate(c.asAt)} set ${plural(total, 'finding')} for the partnership to answer. For each, this pack sets out what the inspection said, what has been done, the evidence of impact, the measures, what families have said and how the partnership evaluates itself, with one judgement and the gaps that remain.`,
  });
  blocks.push({
    kind: 'table',
    caption: 'Findings by readiness judgement',
    columns: [{ header: 'Judgement', width: 70 }, { header: 'Findings', width: 30, align: 'right' }],
    rows: [
      ...READINESS_JUDGEMENTS.map((j) => [cell(READINESS_LABELS[j]), cell(String(c.counts[j]))]),
      [cell('Total', { bold: true }), cell(String(total), { bold: true })],
    ],
  });
  blocks.push({
    kind: 'paragraph',
    text: `${plural(c.findingsWithGaps, 'finding')} ${c.findingsWithGaps === 1 ? 'has' : 'have'} gaps still to close; ${plural(c.findingsWithoutImpactEvidence, 'finding')} ${c.findingsWithoutImpactEvidence === 1 ? 'has' : 'have'} no evidence of impact yet.`,
  });
  if (total > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Each finding, its judgement and its gaps',
      columns: [{ header: 'Finding', width: 46 }, { header: 'Judgement', width: 34 }, { header: 'Gaps', width: 20, align: 'right' }],
      rows: c.findings.map((f) => [cell(findingHeading(f)), cell(f.judgementLabel), cell(String(f.gaps.length))]),
    });
  }

  for (const f of c.findings) blocks.push(...findingBlocks(f));

  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: 'The self-evaluation, criterion by criterion' });
  blocks.push({ kind: 'paragraph', text: `Against ${c.selfEvaluation.frameworkTitle}: the partnership's own grade for each criterion, as written when this pack was prepared.` });
  blocks.push({
    kind: 'table',
    caption: 'Self-evaluation grades',
    columns: [{ header: 'Criterion', width: 58 }, { header: 'Self-evaluated grade', width: 28 }, { header: 'Last written', width: 14 }],
    rows: c.selfEvaluation.sections.map((s) => [
      cell(s.criterion),
      cell(s.gradeLabel ?? (s.written ? 'Not graded' : 'Not yet written')),
      cell(s.updatedAt ? formatDate(s.updatedAt.slice(0, 10)) : ''),
    ]),
  });
  blocks.push({ kind: 'paragraph', text: `Prepared from the SEND Improvement Plan tracker on ${formatInstant(c.generatedAt)}, describing the plan as at the end of ${formatDate(c.asAt)}.`, style: 'note' });
  return blocks;
}

function findingBlocks(f: PackFinding): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'pageBreak' }];
  blocks.push({ kind: 'heading', level: 1, text: findingHeading(f) });
  blocks.push({ kind: 'paragraph', text: `Judgement: ${f.judgementLabel}.` });

  blocks.push({ kind: 'heading', level: 2, text: 'What the inspection said' });
  blocks.push({ kind: 'paragraph', text: f.text, style: 'aim' });
  blocks.push({ kind: 'paragraph', text: f.inspection, style: 'note' });

  blocks.push({ kind: 'heading', level: 2, text: 'What has been done' });
  if (f.actions.length === 0) blocks.push({ kind: 'paragraph', text: 'No action answers this finding.' });
  else {
    blocks.push({
      kind: 'table',
      caption: 'The actions answering this finding',
      columns: [{ header: 'Ref', width: 8 }, { header: 'Action', width: 44 }, { header: 'Due', width: 14 }, { header: 'Delivery', width: 14 }, { header: 'Impact', width: 20 }],
      rows: f.actions.map((a) => [
        cell(a.reference), cell(`${a.title}${a.organisation ? ` (${a.organisation})` : ''}`), cell(formatDate(a.dueDate)),
        cell(`${a.deliveryStatusLabel}${a.overdue ? ', overdue' : ''}`), cell(a.impactStatusLabel),
      ]),
    });
    for (const a of f.actions) {
      blocks.push({ kind: 'heading', level: 3, text: `${a.reference} ${a.title}` });
      blocks.push({
        kind: 'paragraph',
        text: a.latestUpdate
          ? `Latest approved update (${a.latestUpdate.periodTitle}, approved on ${formatDate(a.latestUpdate.approvedAt.slice(0, 10))}): ${a.latestUpdate.narrative}`
          : 'No update has been approved for this action yet.',
      });
    }
  }

  blocks.push({ kind: 'heading', level: 2, text: 'Evidence of impact' });
  if (f.evidence.length === 0) blocks.push({ kind: 'paragraph', text: 'No evidence of impact is held for the actions answering this finding.' });
  else {
    blocks.push({
      kind: 'table',
      caption: 'Evidence of impact',
      columns: [{ header: 'Evidence', width: 52 }, { header: 'Type', width: 18 }, { header: 'Dated', width: 16 }, { header: 'Action', width: 14 }],
      rows: f.evidence.map((e) => [cell(`${e.title}${e.illustrative ? ' (illustrative)' : ''}`), cell(e.typeLabel), cell(formatDate(e.evidenceDate)), cell(e.actionReference)]),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: 'Measures' });
  if (f.measures.length === 0) blocks.push({ kind: 'paragraph', text: 'No measure is linked to this finding.' });
  for (const m of f.measures) {
    blocks.push({ kind: 'heading', level: 3, text: `${m.title}${m.illustrative ? ' (illustrative)' : ''}` });
    const facts = [
      `${m.statusLabel}${m.trend !== 'no_data' ? `, ${m.trendLabel.toLowerCase()}` : ''}.`,
      m.baseline.value !== null ? `Baseline ${number(m.baseline.value, m.unit)}${m.baseline.date ? ` (${formatDate(m.baseline.date)})` : ''}.` : '',
      m.target.value !== null ? `Target ${number(m.target.value, m.unit)}${m.target.date ? ` by ${formatDate(m.target.date)}` : ''}.` : '',
    ].filter(Boolean);
    blocks.push({ kind: 'paragraph', text: facts.join(' ') });
    if (m.values.length === 0) blocks.push({ kind: 'paragraph', text: 'No value has been recorded yet.' });
    else {
      blocks.push({
        kind: 'table',
        caption: `${m.title}: values (${m.unitLabel})`,
        columns: [{ header: 'Period ending', width: 30 }, { header: 'Value', width: 20, align: 'right' }, { header: 'Note', width: 50 }],
        rows: m.values.map((v) => [cell(formatDate(v.periodEnd)), cell(number(v.value, m.unit)), cell(v.note ?? '')]),
      });
    }
  }

  blocks.push({ kind: 'heading', level: 2, text: 'What families have said' });
  if (f.voice.length === 0) blocks.push({ kind: 'paragraph', text: "No item of children's, young people's or families' voice is linked to this finding." });
  for (const v of f.voice) {
    blocks.push({ kind: 'heading', level: 3, text: `You said: ${v.title}` });
    blocks.push({ kind: 'paragraph', text: `${v.said}${v.source || v.receivedOn ? ` (${[v.source, v.receivedOn ? formatDate(v.receivedOn) : null].filter(Boolean).join(', ')})` : ''}`, style: 'aim' });
    if (v.responses.length === 0) blocks.push({ kind: 'paragraph', text: 'No response has been recorded yet.' });
    for (const r of v.responses) blocks.push({ kind: 'paragraph', text: `We did${r.respondedOn ? ` (${formatDate(r.respondedOn)})` : ''}, ${r.statusLabel.toLowerCase()}: ${r.text}` });
  }

  blocks.push({ kind: 'heading', level: 2, text: 'How the partnership evaluates itself' });
  if (f.selfEvaluation.length === 0) blocks.push({ kind: 'paragraph', text: 'No section of the self-evaluation is linked to this finding.' });
  for (const s of f.selfEvaluation) {
    blocks.push({ kind: 'heading', level: 3, text: s.criterion });
    blocks.push({ kind: 'paragraph', text: `Self-evaluated grade: ${s.gradeLabel ?? 'not graded'}.` });
    blocks.push({ kind: 'paragraph', text: s.evaluation || 'No evaluation has been written yet.' });
  }

  blocks.push({ kind: 'heading', level: 2, text: 'Readiness and gaps' });
  blocks.push({ kind: 'paragraph', text: `Judgement: ${f.judgementLabel}.` });
  if (f.gaps.length === 0) blocks.push({ kind: 'paragraph', text: 'No gaps: nothing stands between this finding and impact an inspector could see.' });
  else blocks.push({ kind: 'list', items: f.gaps });
  return blocks;
}
