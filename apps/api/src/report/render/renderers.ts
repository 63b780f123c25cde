import type { PlanSnapshot } from '../plan-snapshot';
import { PackRenderOptions, renderBoardPackPdf } from './board-pack.pdf';
import { renderProgressReportDocx } from './progress-report.docx';
import { renderProgressReportPdf } from './progress-report.pdf';
import { renderTrackerCsv } from './tracker.csv';
import { renderTrackerXlsx } from './tracker.xlsx';

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

export const PROGRESS_REPORT_DOCX: RenderedFormat = { name: 'progress-report.docx', contentType: DOCX, title: 'Progress report (Word)', render: renderProgressReportDocx };
export const PROGRESS_REPORT_PDF: RenderedFormat = { name: 'progress-report.pdf', contentType: PDF, title: 'Progress report (PDF)', render: renderProgressReportPdf };
export const TRACKER_XLSX: RenderedFormat = { name: 'action-plan-tracker.xlsx', contentType: XLSX, title: 'Action plan tracker (Excel)', render: renderTrackerXlsx };
export const TRACKER_CSV: RenderedFormat = { name: 'action-plan-tracker.csv', contentType: CSV, title: 'Action plan tracker (CSV)', render: renderTrackerCsv };

/**
 * The files every pack holds, in the order they are listed: the board pack, and the progress
 * report and tracker as they stood for the meeting, so what was sent to whom is kept whole.
 */
export const PACK_FORMATS: readonly RenderedFormat[] = [BOARD_PACK_PDF, PROGRESS_REPORT_PDF, PROGRESS_REPORT_DOCX, TRACKER_XLSX, TRACKER_CSV];

/**
 * What a draft stores when it is generated: the board pack, to preview. A draft's other files are
 * rendered from its snapshot when asked for; publishing renders and stores every file.
 */
export const DRAFT_FORMATS: readonly RenderedFormat[] = [BOARD_PACK_PDF];
