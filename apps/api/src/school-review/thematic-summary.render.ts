import { type ThematicSummary } from '@send/domain';
import { AlignmentType, Document, Footer, LevelFormat, Packer, PageNumber, Paragraph, Table, TextRun } from 'docx';
import type { ReportBlock } from '../report/render/progress-report.content';
import { toDocx } from '../report/render/progress-report.docx';
import { writeReportBlocks } from '../report/render/progress-report.pdf';
import { PdfWriter } from '../report/render/pdf-writer';

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

/** The thematic summary as an editable Word document or a tagged PDF, from the same blocks. */
export async function renderThematicSummary(s: ThematicSummaryView, format: 'docx' | 'pdf'): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  const title = thematicSummaryTitle(s);
  const fileName = `send-audit-thematic-summary-${s.year}.${format}`;
  const blocks = thematicSummaryBlocks(s);
  if (format === 'pdf') {
    const w = new PdfWriter({
      title, subject: 'Thematic summary of the SEND audits of schools', author: `${s.localArea || 'Local'} authority SEND audit team`,
      keywords: 'SEND, schools, audit, thematic summary', createdAt: new Date(), footer: title,
    });
    writeReportBlocks(w, blocks);
    return { bytes: await w.finish(), contentType: 'application/pdf', fileName };
  }
  const children: (Paragraph | Table)[] = blocks.flatMap(toDocx);
  const doc = new Document({
    creator: `${s.localArea || 'Local'} authority SEND audit team`,
    title,
    description: 'Thematic summary of the SEND audits of schools',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: 'Arial', size: 44, bold: true, color: '0B0C0C' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: 'Arial', size: 32, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: 'Arial', size: 26, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        heading3: { run: { font: 'Arial', size: 23, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      },
    },
    numbering: {
      config: [{
        reference: 'bullets',
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 540, hanging: 270 } } } }],
      }],
    },
    sections: [{
      properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: `${title} · Page `, size: 16, color: '505A5F' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '505A5F' })],
          })],
        }),
      },
      children,
    }],
  });
  return { bytes: await Packer.toBuffer(doc), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fileName };
}
