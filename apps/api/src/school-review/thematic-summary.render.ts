import { type ThematicSummary } from '@send/domain';
import type { ReportBlock } from '../report/render/progress-report.content';
import { renderBlocksDocx } from '../report/render/progress-report.docx';
import { renderBlocksPdf } from '../report/render/progress-report.pdf';
import { DOCX, PDF } from '../report/render/renderers';

export type ThematicSummaryView = ThematicSummary & { localArea: string };

const schoolsText = (n: number) => `${n} ${n === 1 ? 'school' : 'schools'}`;

export function thematicSummaryTitle(s: ThematicSummaryView): string {
  return `SEND Audit Report ${s.yearLabel}`;
}

/**
 * A year's audits of schools as the local authority's thematic report (the shape of its 2017 SEN
 * Audit Report): an overview, the schools visited by phase, then each theme's findings and
 * recommendations with the number of schools each was said of.
 */
export function thematicSummaryBlocks(s: ThematicSummaryView): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: 'title', text: thematicSummaryTitle(s), subtitle: [`${s.localArea ? `${s.localArea}: ` : ''}thematic summary of the SEND audits of schools`] },
    { kind: 'heading', level: 1, text: 'Overview' },
    { kind: 'paragraph', text: s.overview },
    {
      kind: 'table', caption: 'Schools visited, by phase',
      columns: [{ header: 'Phase', width: 3 }, { header: 'Schools visited', width: 1, align: 'right' }],
      rows: [...s.byPhase.map((p) => [{ text: p.label }, { text: String(p.schools) }]), [{ text: 'All phases', bold: true }, { text: String(s.schoolsVisited), bold: true }]],
    },
  ];
  if (s.strengths.length) {
    blocks.push({ kind: 'heading', level: 1, text: 'Strengths seen' });
    blocks.push({ kind: 'list', items: s.strengths.map((p) => `${p.text} (${schoolsText(p.schools)})`) });
  }
  blocks.push({ kind: 'heading', level: 1, text: 'Thematic audit findings' });
  for (const theme of s.themes) {
    blocks.push({ kind: 'heading', level: 2, text: theme.title });
    blocks.push({ kind: 'paragraph', text: `Findings recorded in ${schoolsText(theme.schools)}.`, style: 'note' });
    if (theme.findings.length) {
      blocks.push({ kind: 'heading', level: 3, text: 'What was found' });
      blocks.push({ kind: 'list', items: theme.findings.map((p) => `${p.text} (${schoolsText(p.schools)})`) });
    }
    if (theme.recommendations.length) {
      blocks.push({ kind: 'heading', level: 3, text: 'Recommendations' });
      blocks.push({ kind: 'list', items: theme.recommendations.map((p) => `${p.text} (${schoolsText(p.schools)})`) });
    }
    if (!theme.findings.length && !theme.recommendations.length) blocks.push({ kind: 'paragraph', text: 'Nothing was recorded under this theme.' });
  }
  return blocks;
}

/** The thematic summary as an editable Word document or a tagged PDF, from the same blocks (the reports' shared renderers). */
export async function renderThematicSummary(s: ThematicSummaryView, format: 'docx' | 'pdf'): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  const title = thematicSummaryTitle(s);
  const fileName = `send-audit-thematic-summary-${s.year}.${format}`;
  const blocks = thematicSummaryBlocks(s);
  const author = `${s.localArea || 'Local'} authority SEND audit team`;
  const description = 'Thematic summary of the SEND audits of schools';
  if (format === 'pdf') {
    const bytes = await renderBlocksPdf(blocks, { title, subject: description, author, keywords: 'SEND, schools, audit, thematic summary', createdAt: new Date(), footer: title });
    return { bytes, contentType: PDF, fileName };
  }
  return { bytes: await renderBlocksDocx(blocks, { draft: false, creator: author, title, description }), contentType: DOCX, fileName };
}
