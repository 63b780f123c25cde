import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LevelFormat, Packer, PageBreak, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableRow, TextRun, WidthType,
} from 'docx';
import type { PlanSnapshot } from '../plan-snapshot';
import type { PackRenderOptions } from './board-pack.pdf';
import { ReportBlock, ReportCell, progressReportBlocks, progressReportTitle } from './progress-report.content';

const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const RULE = 'B1B4B6';

/**
 * The scrutiny progress report as a Word document people can edit: Title and Heading 1/2/3
 * styles (so the navigation pane and a table of contents work), real tables with a repeating
 * header row, and bulleted lists.
 */
export async function renderProgressReportDocx(s: PlanSnapshot, options: PackRenderOptions): Promise<Buffer> {
  return renderBlocksDocx(progressReportBlocks(s), {
    draft: options.state === 'draft',
    creator: `${s.plan.localArea} local area SEND partnership`,
    title: progressReportTitle(s),
    description: `Progress against the ${s.plan.title}, figures as at ${s.asAt}`,
  });
}

/** A report's blocks as a Word document (Title and Heading styles, real tables, bulleted lists): every Word report is made here. */
export async function renderBlocksDocx(blocks: ReportBlock[], meta: { draft: boolean; creator: string; title: string; description: string }): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  if (meta.draft) {
    children.push(new Paragraph({ children: [new TextRun({ text: 'DRAFT – not for circulation', bold: true, color: 'D4351C' })] }));
  }
  for (const block of blocks) children.push(...toDocx(block));

  const doc = new Document({
    creator: meta.creator,
    title: meta.title,
    description: meta.description,
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
            children: [
              new TextRun({ text: `${meta.title}${meta.draft ? ' (draft)' : ''} · Page `, size: 16, color: '505A5F' }),
              new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '505A5F' }),
            ],
          })],
        }),
      },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

/** One block of a report as Word paragraphs and tables. */
export function toDocx(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({ text: block.text, heading: HeadingLevel.TITLE }),
        ...block.subtitle.map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 26, color: '505A5F' })] })),
      ];
    case 'heading':
      return [new Paragraph({ text: block.text, heading: block.level === 1 ? HeadingLevel.HEADING_1 : block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3 })];
    case 'paragraph':
      return block.text.split(/\n{2,}/).map((text) => new Paragraph({
        children: [new TextRun({ text, italics: block.style === 'aim', color: block.style === 'note' ? '505A5F' : undefined, size: block.style === 'note' ? 19 : undefined })],
      }));
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'list':
      return block.items.map((text) => new Paragraph({ text, numbering: { reference: 'bullets', level: 0 } }));
    case 'table': {
      const total = block.columns.reduce((sum, c) => sum + c.width, 0);
      const width = (i: number) => ({ size: Math.round((block.columns[i].width / total) * 5000), type: WidthType.PERCENTAGE });
      const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
      const borders = { top: border, bottom: border, left: border, right: border };
      const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) => new TableCell({
          width: width(i),
          borders,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F2F1' },
          children: [new Paragraph({ alignment: c.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: c.header, bold: true, size: 19 })] })],
        })),
      });
      const rows = block.rows.map((cells) => new TableRow({
        cantSplit: true,
        children: cells.map((c: ReportCell, i) => new TableCell({
          width: width(i),
          borders,
          children: [new Paragraph({
            alignment: block.columns[i].align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [
              ...(c.swatch ? [new TextRun({ text: '■ ', color: hex(c.swatch), size: 19 })] : []),
              new TextRun({ text: c.text, bold: c.bold, size: 19 }),
            ],
          })],
        })),
      }));
      return [
        new Paragraph({ keepNext: true, children: [new TextRun({ text: block.caption, bold: true, size: 20 })] }),
        new Table({ width: { size: 5000, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        new Paragraph({ text: '' }),
      ];
    }
  }
}
