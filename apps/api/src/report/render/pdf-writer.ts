import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/*
 * A small layer over pdfkit for tagged, readable A4 documents: real text in an embedded font, a
 * structure tree (headings, paragraphs, lists, tables with header cells, figures with alternative
 * text), page furniture marked as artifacts, and tables that break across pages with their header
 * row repeated. Every PDF the product renders goes through it.
 */

const FONT_DIR = '/usr/share/fonts/truetype/liberation';
const REGULAR_TTF = `${FONT_DIR}/LiberationSans-Regular.ttf`;
const BOLD_TTF = `${FONT_DIR}/LiberationSans-Bold.ttf`;
const ITALIC_TTF = `${FONT_DIR}/LiberationSans-Italic.ttf`;

/** GOV.UK palette for text and rules. */
export const INK = '#0b0c0c';
export const SECONDARY = '#505a5f';
export const RULE = '#b1b4b6';
export const LIGHT = '#f3f2f1';
export const BRAND = '#1d70b8';

export type Struct = PDFKit.PDFStructureElement;

export interface Column {
  header: string;
  /** Share of the table's width (they are scaled to fill it). */
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A table cell: text, optionally bold, with an optional status swatch before it (never colour alone: the text says it). */
export type Cell = string | { text: string; bold?: boolean; swatch?: string; colour?: string };

export interface WriterOptions {
  title: string;
  subject: string;
  author: string;
  keywords?: string;
  /** Fixes the document's dates, so the same snapshot renders the same bytes. */
  createdAt: Date;
  /** Printed across every page, e.g. DRAFT. */
  watermark?: string;
  /** Left and right of the footer on every page. */
  footer: string;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly root: Struct;
  private readonly font: { regular: string; bold: string; italic: string };
  /** Text as the font can draw it: the built-in Helvetica has no arrows or box characters. */
  readonly glyphs: (text: string) => string;
  readonly left: number;
  readonly width: number;
  private readonly options: WriterOptions;
  private section: Struct;

  constructor(options: WriterOptions) {
    this.options = options;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 56, bottom: 64, left: 56, right: 56 },
      bufferPages: true,
      autoFirstPage: true,
      tagged: true,
      displayTitle: true,
      lang: 'en-GB',
      pdfVersion: '1.7',
      info: {
        Title: options.title, Subject: options.subject, Author: options.author, Keywords: options.keywords ?? '',
        Creator: 'SEND Improvement Plan tracker', Producer: 'SEND Improvement Plan tracker',
        CreationDate: options.createdAt, ModDate: options.createdAt,
      },
    });
    const embedded = existsSync(REGULAR_TTF) && existsSync(BOLD_TTF) && existsSync(ITALIC_TTF);
    if (embedded) {
      this.doc.registerFont('Body', REGULAR_TTF);
      this.doc.registerFont('Body-Bold', BOLD_TTF);
      this.doc.registerFont('Body-Italic', ITALIC_TTF);
      this.font = { regular: 'Body', bold: 'Body-Bold', italic: 'Body-Italic' };
    } else {
      this.font = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
    }
    this.glyphs = embedded
      ? (text) => text
      : (text) => text.replace(/→/g, '->').replace(/[^\x20-\x7e\xa0-\xff\n–—‘’“”•…€]/g, '?');
    this.left = this.doc.page.margins.left;
    this.width = this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.section = this.root;
    this.doc.font(this.font.regular).fontSize(10.5).fillColor(INK);
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** Starts a new part of the document (a Sect in the structure tree). */
  beginSection(): Struct {
    const sect = this.doc.struct('Sect');
    this.root.add(sect);
    this.section = sect;
    return sect;
  }

  /** Adds a structure element to the current section, in reading order. */
  attach(el: Struct): void {
    this.section.add(el);
  }

  endSection(): void {
    if (this.section !== this.root) this.section.end();
    this.section = this.root;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.doc.page.margins.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  heading(level: 1 | 2 | 3, text: string, options: { outline?: boolean } = {}): void {
    const size = level === 1 ? 20 : level === 2 ? 14.5 : 12;
    this.doc.font(this.font.bold).fontSize(size);
    const height = this.doc.heightOfString(text, { width: this.width });
    // Keep a heading with at least a few lines of what follows it.
    this.ensureSpace(height + 48);
    if (level === 1 && options.outline !== false) this.doc.outline.addItem(text);
    const y = this.doc.y;
    this.section.add(this.doc.struct(`H${level}`, {}, () => {
      this.doc.font(this.font.bold).fontSize(size).fillColor(INK).text(this.glyphs(text), this.left, y, { width: this.width });
    }));
    this.doc.y += level === 1 ? 8 : 5;
    this.doc.font(this.font.regular).fontSize(10.5);
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; italic?: boolean; colour?: string; gap?: number; indent?: number } = {}): void {
    if (!text.trim()) return;
    const size = options.size ?? 10.5;
    const font = options.bold ? this.font.bold : options.italic ? this.font.italic : this.font.regular;
    const indent = options.indent ?? 0;
    this.doc.font(font).fontSize(size);
    for (const part of text.split(/\n{2,}/)) {
      const height = this.doc.heightOfString(part, { width: this.width - indent, lineGap: 2 });
      // Short paragraphs stay whole; long ones may run onto the next page.
      this.ensureSpace(Math.min(height, 60));
      const y = this.doc.y;
      this.section.add(this.doc.struct('P', {}, () => {
        this.doc.font(font).fontSize(size).fillColor(options.colour ?? INK)
          .text(this.glyphs(part), this.left + indent, y, { width: this.width - indent, lineGap: 2 });
      }));
      this.doc.y += options.gap ?? 6;
    }
    this.doc.font(this.font.regular).fontSize(10.5).fillColor(INK);
  }

  /** A bulleted list (L > LI > Lbl + LBody). */
  list(items: string[], options: { size?: number } = {}): void {
    const size = options.size ?? 10.5;
    if (items.length === 0) return;
    const list = this.doc.struct('L');
    this.section.add(list);
    for (const item of items) {
      this.doc.font(this.font.regular).fontSize(size);
      const height = this.doc.heightOfString(item, { width: this.width - 14, lineGap: 1.5 });
      this.ensureSpace(Math.min(height, 40) + 3);
      const y = this.doc.y;
      const li = this.doc.struct('LI');
      list.add(li);
      li.add(this.doc.struct('Lbl', {}, () => {
        this.doc.font(this.font.regular).fontSize(size).fillColor(INK).text('•', this.left + 2, y, { lineBreak: false });
      }));
      li.add(this.doc.struct('LBody', {}, () => {
        this.doc.font(this.font.regular).fontSize(size).fillColor(INK).text(this.glyphs(item), this.left + 14, y, { width: this.width - 14, lineGap: 1.5 });
      }));
      li.end();
      this.doc.y += 3;
    }
    list.end();
  }

  /** Label and value pairs on one line each, e.g. on a cover page. */
  facts(pairs: [string, string][], options: { labelWidth?: number } = {}): void {
    const labelWidth = options.labelWidth ?? 150;
    const table = this.doc.struct('Table');
    this.section.add(table);
    for (const [label, value] of pairs) {
      this.doc.font(this.font.regular).fontSize(11);
      const height = this.doc.heightOfString(value, { width: this.width - labelWidth });
      this.ensureSpace(height + 6);
      const y = this.doc.y;
      const tr = this.doc.struct('TR');
      table.add(tr);
      tr.add(this.doc.struct('TH', { scope: 'Row' } as object, () => {
        this.doc.font(this.font.bold).fontSize(11).fillColor(SECONDARY).text(label, this.left, y, { width: labelWidth - 10 });
      }));
      tr.add(this.doc.struct('TD', {}, () => {
        this.doc.font(this.font.regular).fontSize(11).fillColor(INK).text(this.glyphs(value), this.left + labelWidth, y, { width: this.width - labelWidth });
      }));
      tr.end();
      this.doc.y = y + height + 6;
    }
    table.end();
  }

  /**
   * A table with a header row of TH cells, zebra rows and rules; it breaks across pages and
   * repeats its header row (as page furniture) on each new page.
   */
  table(columns: Column[], rows: Cell[][], options: { size?: number; caption?: string; keepTogether?: boolean } = {}): void {
    const size = options.size ?? 9;
    const pad = 4;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const rowHeightOf = (cells: Cell[], header: boolean) =>
      Math.max(...cells.map((c, i) => {
        const swatch = typeof c === 'string' ? undefined : c.swatch;
        this.doc.font(header || (typeof c !== 'string' && c.bold) ? this.font.bold : this.font.regular).fontSize(size);
        return this.doc.heightOfString(this.glyphs(typeof c === 'string' ? c : c.text) || ' ', { width: widths[i] - 2 * pad - (swatch ? 11 : 0), lineGap: 1 });
      })) + 2 * pad;
    if (options.keepTogether) {
      this.doc.font(this.font.bold).fontSize(size);
      const total = rows.reduce((sum, cells) => sum + rowHeightOf(cells, false), rowHeightOf(columns.map((c) => c.header), true)) + (options.caption ? 20 : 0);
      const fresh = this.bottom - this.doc.page.margins.top;
      if (this.doc.y + total > this.bottom && total <= fresh) this.newPage();
    }
    const table = this.doc.struct('Table');
    this.section.add(table);
    if (options.caption) {
      const caption = options.caption;
      this.ensureSpace(40);
      const y = this.doc.y;
      table.add(this.doc.struct('Caption', {}, () => {
        this.doc.font(this.font.bold).fontSize(10).fillColor(INK).text(caption, this.left, y, { width: this.width });
      }));
      this.doc.y += 3;
    }

    const cellText = (c: Cell) => this.glyphs(typeof c === 'string' ? c : c.text);
    const cellFont = (c: Cell, header: boolean) => (header || (typeof c !== 'string' && c.bold) ? this.font.bold : this.font.regular);
    const swatchOf = (c: Cell) => (typeof c === 'string' ? undefined : c.swatch);
    const textWidth = (i: number, c: Cell) => widths[i] - 2 * pad - (swatchOf(c) ? 11 : 0);
    const rowHeight = rowHeightOf;

    const headerCells: Cell[] = columns.map((c) => c.header);
    const headerHeight = rowHeight(headerCells, true);
    const drawHeaderBackground = (y: number) => {
      this.artifact(() => {
        this.doc.rect(this.left, y, this.width, headerHeight).fill(LIGHT);
        this.doc.moveTo(this.left, y + headerHeight).lineTo(this.left + this.width, y + headerHeight).lineWidth(1).stroke(INK);
      });
    };
    const drawCellText = (c: Cell, i: number, y: number, header: boolean) => {
      const swatch = swatchOf(c);
      const x = xs[i] + pad + (swatch ? 11 : 0);
      this.doc.font(cellFont(c, header)).fontSize(size).fillColor(typeof c !== 'string' && c.colour ? c.colour : INK)
        .text(cellText(c), x, y + pad, { width: textWidth(i, c), align: columns[i].align ?? 'left', lineGap: 1 });
    };
    const repeatHeader = () => {
      const y = this.doc.y;
      drawHeaderBackground(y);
      this.artifact(() => headerCells.forEach((c, i) => drawCellText(c, i, y, true)));
      this.doc.y = y + headerHeight;
    };

    // The header row, kept with at least the first body row.
    this.ensureSpace(headerHeight + (rows[0] ? rowHeight(rows[0], false) : 0));
    {
      const y = this.doc.y;
      drawHeaderBackground(y);
      const tr = this.doc.struct('TR');
      table.add(tr);
      headerCells.forEach((c, i) => tr.add(this.doc.struct('TH', { scope: 'Column' } as object, () => drawCellText(c, i, y, true))));
      tr.end();
      this.doc.y = y + headerHeight;
    }
    rows.forEach((cells, r) => {
      const height = rowHeight(cells, false);
      if (this.doc.y + height > this.bottom) {
        this.newPage();
        repeatHeader();
      }
      const y = this.doc.y;
      this.artifact(() => {
        if (r % 2 === 1) this.doc.rect(this.left, y, this.width, height).fill('#f8f8f8');
        this.doc.moveTo(this.left, y + height).lineTo(this.left + this.width, y + height).lineWidth(0.5).stroke(RULE);
        cells.forEach((c, i) => {
          const swatch = swatchOf(c);
          if (swatch) this.doc.rect(xs[i] + pad, y + pad + 1.5, 7, 7).fill(swatch);
        });
      });
      const tr = this.doc.struct('TR');
      table.add(tr);
      cells.forEach((c, i) => tr.add(this.doc.struct('TD', {}, () => drawCellText(c, i, y, false))));
      tr.end();
      this.doc.y = y + height;
    });
    table.end();
    this.doc.y += 10;
    this.doc.x = this.left;
  }

  /** A figure: drawn by `draw` within `height`, with alternative text for screen readers. */
  figure(alt: string, height: number, draw: (top: number) => void): void {
    this.ensureSpace(height);
    const top = this.doc.y;
    this.section.add(this.doc.struct('Figure', { alt }, () => draw(top)));
    this.doc.y = top + height;
    this.doc.x = this.left;
  }

  /** Draws page furniture (backgrounds, rules, swatches) outside the structure tree. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    this.doc.save();
    draw();
    this.doc.restore();
    this.doc.endMarkedContent();
  }

  setFont(kind: 'regular' | 'bold' | 'italic', size: number): this {
    this.doc.font(this.font[kind]).fontSize(size);
    return this;
  }

  /** Footer (and watermark) on every page, then the finished bytes. */
  finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const page = this.doc.page;
      // Text below the bottom margin would start a new page: lift the margin while drawing the footer.
      const bottomMargin = page.margins.bottom;
      page.margins.bottom = 0;
      const y = page.height - bottomMargin + 24;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc.save();
      this.doc.moveTo(this.left, y - 8).lineTo(this.left + this.width, y - 8).lineWidth(0.5).stroke(RULE);
      this.doc.font(this.font.regular).fontSize(8).fillColor(SECONDARY);
      this.doc.text(this.options.footer, this.left, y, { width: this.width - 90, lineBreak: false, height: 12, ellipsis: true });
      this.doc.text(`Page ${i - range.start + 1} of ${range.count}`, this.left + this.width - 90, y, { width: 90, align: 'right', lineBreak: false });
      if (this.options.watermark) {
        this.doc.font(this.font.bold).fontSize(9).fillColor('#d4351c')
          .text(this.options.watermark, this.left, 22, { width: this.width, align: 'right', lineBreak: false });
      }
      this.doc.restore();
      this.doc.endMarkedContent();
      page.margins.bottom = bottomMargin;
    }
    this.root.end();
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
