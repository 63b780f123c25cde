import type { PlanSnapshot } from '../plan-snapshot';
import { PackRenderOptions, renderBoardPackPdf } from './board-pack.pdf';

/** A file rendered from a snapshot: one renderer module per format, all fed the same snapshot. */
export interface RenderedFormat {
  /** The file's name within a pack, e.g. board-pack.pdf. */
  name: string;
  contentType: string;
  /** What the file is, for people. */
  title: string;
  render(snapshot: PlanSnapshot, options: PackRenderOptions): Promise<Buffer>;
}

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV = 'text/csv; charset=utf-8';

export const BOARD_PACK_PDF: RenderedFormat = { name: 'board-pack.pdf', contentType: PDF, title: 'Board pack (PDF)', render: renderBoardPackPdf };

/** The files every pack holds, in the order they are listed. */
export const PACK_FORMATS: readonly RenderedFormat[] = [BOARD_PACK_PDF];
