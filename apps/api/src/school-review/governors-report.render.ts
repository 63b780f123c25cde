import {
  academicYearLabel, AUDIT_THEME_LABELS, AUDIT_THEMES, countSchoolPlan, DELIVERY_STATUS_INFO, DELIVERY_STATUSES, EXPECTATION_RATING_COLOURS, EXPECTATION_RATING_LABELS, EXPECTATION_RATINGS,
} from '@send/domain';
import { formatDate, plural } from '../report/render/format';
import type { ReportBlock, ReportCell } from '../report/render/progress-report.content';
import { renderBlocksDocx } from '../report/render/progress-report.docx';
import { renderBlocksPdf } from '../report/render/progress-report.pdf';
import { DOCX, PDF } from '../report/render/renderers';
import { deliveryColour, impactColour } from '../report/render/format';
import type { GovernorsReportView } from './school-plan.service';

export function governorsReportTitle(r: GovernorsReportView): string {
  return `SEND report to governors: ${r.plan.school.name}`;
}

const ratingRows = (counts: Record<(typeof EXPECTATION_RATINGS)[number], number>): ReportCell[][] =>
  EXPECTATION_RATINGS.map((rating) => [{ text: EXPECTATION_RATING_LABELS[rating], swatch: EXPECTATION_RATING_COLOURS[rating] }, { text: String(counts[rating]) }]);

const byTheme = (points: { theme: string; text: string }[]) =>
  AUDIT_THEMES.map((theme) => ({ theme, items: points.filter((p) => p.theme === theme).map((p) => p.text) })).filter((t) => t.items.length);

const dates = (start: string | null, due: string | null) => [start ? `from ${formatDate(start)}` : '', due ? `by ${formatDate(due)}` : ''].filter(Boolean).join(' ') || 'Not dated';

/**
 * A school's report to its governors on its SEND improvement plan, in the shape of a school's SEND
 * case study: the issue (what the audit and the self-review found), the actions and their status, a
 * provision map, and the evidence of impact. The Word and PDF files are laid out from these blocks.
 */
export function governorsReportBlocks(r: GovernorsReportView): ReportBlock[] {
  const { plan } = r;
  const actions = plan.priorities.flatMap((p) => p.actions.map((a) => ({ ...a, priority: p })));
  const counts = countSchoolPlan(plan.priorities);
  const blocks: ReportBlock[] = [{
    kind: 'title', text: governorsReportTitle(r),
    subtitle: [plan.title, `Prepared on ${formatDate(r.generatedOn)}${plan.school.sencoName ? ` by ${plan.school.sencoName}, SENCO` : ''}`],
  }];
  if (plan.school.illustrative) blocks.push({ kind: 'paragraph', text: 'Illustrative: this school and its plan are made up for demonstration.', style: 'note' });

  blocks.push({ kind: 'heading', level: 1, text: 'The issue' });
  if (plan.description) blocks.push({ kind: 'paragraph', text: plan.description });
  blocks.push({ kind: 'heading', level: 2, text: 'SEND audit' });
  if (r.audit) {
    const a = r.audit;
    blocks.push({ kind: 'paragraph', text: `The local authority's SEND audit team visited on ${formatDate(a.visitDate)}${a.auditors.length ? ` (${a.auditors.join(', ')})` : ''}.` });
    blocks.push({ kind: 'table', caption: 'The audit\'s ratings of the expectations', columns: [{ header: 'Rating', width: 3 }, { header: 'Statements', width: 1, align: 'right' }], rows: ratingRows(a.counts) });
    if (a.strengths.length) {
      blocks.push({ kind: 'heading', level: 3, text: 'Strengths' });
      blocks.push({ kind: 'list', items: a.strengths });
    }
    for (const { theme, items } of byTheme(a.findings)) {
      blocks.push({ kind: 'heading', level: 3, text: `Found: ${AUDIT_THEME_LABELS[theme]}` });
      blocks.push({ kind: 'list', items });
    }
    if (a.nextSteps.length) {
      blocks.push({ kind: 'heading', level: 3, text: 'Next steps agreed' });
      blocks.push({ kind: 'list', items: a.nextSteps.map((p) => p.text) });
    }
  } else {
    blocks.push({ kind: 'paragraph', text: 'No audit visit has been published for this school yet.' });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'The school\'s self-review' });
  if (r.selfReview) {
    const s = r.selfReview;
    blocks.push({ kind: 'paragraph', text: `Self-review for ${academicYearLabel(s.academicYear)}: ${s.state === 'submitted' ? 'submitted to the local authority' : 'in draft'}${s.unrated ? `, ${plural(s.unrated, 'statement')} not yet rated` : ''}.` });
    if (s.summary) blocks.push({ kind: 'paragraph', text: s.summary });
    blocks.push({ kind: 'table', caption: 'The school\'s own ratings of the expectations', columns: [{ header: 'Rating', width: 3 }, { header: 'Statements', width: 1, align: 'right' }], rows: ratingRows(s.counts) });
  } else {
    blocks.push({ kind: 'paragraph', text: 'The school has not started a self-review yet.' });
  }

  blocks.push({ kind: 'heading', level: 1, text: 'The solution: our actions' });
  blocks.push({ kind: 'paragraph', text: `${plural(counts.actions, 'action')} under ${plural(counts.priorities, 'priority', 'priorities')}; ${counts.complete} complete, ${counts.overdue} overdue.` });
  if (counts.actions) {
    blocks.push({
      kind: 'table', caption: 'Actions by delivery status', columns: [{ header: 'Delivery', width: 3 }, { header: 'Actions', width: 1, align: 'right' }],
      rows: DELIVERY_STATUSES.map((status) => [{ text: DELIVERY_STATUS_INFO[status].label, swatch: deliveryColour(status) }, { text: String(counts.byDeliveryStatus[status]) }]),
    });
  }
  for (const p of plan.priorities) {
    blocks.push({ kind: 'heading', level: 2, text: `Priority ${p.number}: ${p.title}` });
    if (p.aim) blocks.push({ kind: 'paragraph', text: p.aim, style: 'aim' });
    blocks.push({
      kind: 'table', caption: `Actions for priority ${p.number}`,
      columns: [{ header: 'Ref', width: 1 }, { header: 'Action', width: 5 }, { header: 'Due', width: 2 }, { header: 'Delivery', width: 2 }, { header: 'Impact', width: 3 }],
      rows: p.actions.map((a) => [
        { text: a.reference }, { text: a.title }, { text: `${a.dueDate ? formatDate(a.dueDate) : 'Not dated'}${a.overdue ? ' (overdue)' : ''}` },
        { text: a.deliveryStatusLabel, swatch: deliveryColour(a.deliveryStatus) }, { text: a.impactStatusLabel, swatch: impactColour(a.impactStatus) },
      ]),
    });
  }

  blocks.push({ kind: 'heading', level: 1, text: 'Provision map' });
  blocks.push({ kind: 'paragraph', text: 'What the school provides for its pupils with SEND under each priority, and when.' });
  blocks.push({
    kind: 'table', caption: 'Provision map',
    columns: [{ header: 'Priority', width: 3 }, { header: 'Provision', width: 6 }, { header: 'When', width: 3 }, { header: 'Status', width: 2 }],
    rows: actions.map((a) => [
      { text: `${a.priority.number}. ${a.priority.title}` }, { text: a.description ? `${a.title}: ${a.description}` : a.title },
      { text: dates(a.startDate, a.dueDate) }, { text: a.deliveryStatusLabel },
    ]),
  });

  blocks.push({ kind: 'heading', level: 1, text: 'Evidence of impact' });
  const impact = actions.flatMap((a) => a.evidence.filter((e) => e.demonstratesImpact).map((e) => ({ ...e, action: a })));
  const other = actions.flatMap((a) => a.evidence.filter((e) => !e.demonstratesImpact).map((e) => ({ ...e, action: a })));
  blocks.push({ kind: 'paragraph', text: `${plural(counts.impactEvidenced, 'action')} with impact evidenced; ${plural(counts.impactEvidence, 'piece')} of evidence showing impact on pupils.` });
  if (impact.length) {
    blocks.push({ kind: 'list', items: impact.map((e) => `${e.title} (action ${e.action.reference}${e.date ? `, ${formatDate(e.date)}` : ''})${e.description ? `: ${e.description}` : ''}`) });
  } else {
    blocks.push({ kind: 'paragraph', text: 'No evidence of impact has been recorded yet.' });
  }
  if (other.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Other evidence of progress' });
    blocks.push({ kind: 'list', items: other.map((e) => `${e.title} (action ${e.action.reference}${e.date ? `, ${formatDate(e.date)}` : ''})`) });
  }
  return blocks;
}

/** The governors' report as an editable Word document or a tagged PDF, from the same blocks. */
export async function renderGovernorsReport(r: GovernorsReportView, format: 'docx' | 'pdf'): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  const title = governorsReportTitle(r);
  const fileName = `governors-report-${r.plan.school.urn}-${r.generatedOn}.${format}`;
  const blocks = governorsReportBlocks(r);
  const author = r.plan.school.name;
  const description = `Progress against ${r.plan.title}`;
  if (format === 'pdf') {
    const bytes = await renderBlocksPdf(blocks, { title, subject: description, author, keywords: 'SEND, school, governors, improvement plan', createdAt: new Date(), footer: title });
    return { bytes, contentType: PDF, fileName };
  }
  return { bytes: await renderBlocksDocx(blocks, { draft: false, creator: author, title, description }), contentType: DOCX, fileName };
}
