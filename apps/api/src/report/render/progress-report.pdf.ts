import type { PlanSnapshot } from '../plan-snapshot';
import type { PackRenderOptions } from './board-pack.pdf';
import { formatMonth } from './format';
import { BRAND, PdfWriter, SECONDARY, type WriterOptions } from './pdf-writer';
import { type ReportBlock, progressReportBlocks, progressReportTitle } from './progress-report.content';

/** The scrutiny progress report as a tagged PDF, from the same blocks as the Word document. */
export async function renderProgressReportPdf(s: PlanSnapshot, options: PackRenderOptions): Promise<Buffer> {
  const w = new PdfWriter({
    title: `${progressReportTitle(s)}, ${formatMonth(s.statusDate)}`,
    subject: `Progress against the ${s.plan.title}`,
    author: `${s.plan.localArea} local area SEND partnership`,
    keywords: 'SEND, improvement plan, progress report, scrutiny',
    createdAt: new Date(options.state === 'published' && options.publishedAt ? options.publishedAt : s.generatedAt),
    watermark: options.state === 'draft' ? 'DRAFT – NOT FOR CIRCULATION' : undefined,
    footer: `${progressReportTitle(s)}, ${formatMonth(s.statusDate)}`,
  });
  writeReportBlocks(w, progressReportBlocks(s));
  return w.finish();
}

/** A report's blocks as a tagged PDF of their own: headings in the outline, real tables, lists. */
export async function renderBlocksPdf(blocks: readonly ReportBlock[], writerOptions: WriterOptions): Promise<Buffer> {
  const w = new PdfWriter(writerOptions);
  writeReportBlocks(w, blocks);
  return w.finish();
}

/** Lays out report blocks in a tagged PDF, a section per top-level heading. */
export function writeReportBlocks(w: PdfWriter, blocks: readonly ReportBlock[]): void {
  w.beginSection();
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        w.artifact(() => w.doc.rect(w.left, w.y, 60, 5).fill(BRAND));
        w.y += 16;
        w.heading(1, block.text);
        for (const line of block.subtitle) w.paragraph(line, { size: 12, colour: SECONDARY, gap: 2 });
        w.y += 10;
        break;
      case 'heading':
        if (block.level === 1) {
          w.endSection();
          w.beginSection();
          w.y += 8;
        }
        w.heading(block.level === 1 ? 2 : 3, block.text, { outline: true });
        if (block.level === 1) w.doc.outline.addItem(block.text);
        break;
      case 'paragraph':
        w.paragraph(block.text, { italic: block.style === 'aim', colour: block.style === 'note' ? SECONDARY : undefined, size: block.style === 'note' ? 9.5 : 10.5 });
        break;
      case 'list':
        w.list(block.items);
        break;
      case 'pageBreak':
        if (w.y > w.doc.page.margins.top + 1) w.newPage();
        break;
      case 'table':
        w.table(block.columns, block.rows.map((cells) => cells.map((c) => ({ text: c.text, bold: c.bold, swatch: c.swatch }))), { caption: block.caption });
        break;
    }
  }
  w.endSection();
}
