import { dayInWords } from '@send/domain';
import { PdfWriter } from '../report/render/pdf-writer';
import type { PublishedSummary } from './public-summary.response';

/** The published summary as an easy-read PDF: the same words as the public page, in the same order. */
export async function renderPublicSummaryPdf(summary: PublishedSummary): Promise<Buffer> {
  const c = summary.content;
  const title = `${c.localArea.name}: how our SEND plan is going`;
  const w = new PdfWriter({
    title,
    subject: c.plan.title,
    author: c.localArea.name,
    createdAt: new Date(summary.publishedAt),
    footer: `${c.localArea.name}. Version ${summary.versionNumber}, published ${dayInWords(summary.publishedAt.slice(0, 10))}.`,
  });
  w.beginSection();
  w.heading(1, title);
  w.paragraph(c.plan.title, { size: 12 });
  w.paragraph(`These figures are for ${dayInWords(c.asAt)}.`);
  w.endSection();

  w.beginSection();
  w.heading(2, 'How we are doing');
  for (const sentence of c.headline) w.paragraph(sentence, { size: 12 });
  w.endSection();

  w.beginSection();
  w.heading(2, 'Each part of the plan');
  for (const area of c.priorityAreas) {
    w.heading(3, `${area.number}. ${area.title}`);
    w.paragraph(area.summary, { size: 12 });
  }
  w.endSection();

  w.beginSection();
  w.heading(2, 'What changed since the last board meeting');
  w.paragraph(c.sinceLastBoard.sentences[0] ?? '', { size: 12 });
  w.list(c.sinceLastBoard.sentences.slice(1), { size: 12 });
  w.endSection();

  w.beginSection();
  w.heading(2, 'You said, we did');
  if (c.youSaidWeDid.length === 0) w.paragraph('We have nothing to share here yet.', { size: 12 });
  for (const item of c.youSaidWeDid) {
    w.paragraph(`You said: ${item.youSaid}`, { size: 12, bold: true, gap: 2 });
    w.paragraph(`We did: ${item.weDid}`, { size: 12, gap: 10 });
  }
  w.endSection();
  return w.finish();
}
