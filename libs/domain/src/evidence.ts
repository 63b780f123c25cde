import type { RuleViolation } from './errors';
import type { ImpactStatus } from './impact-status';

export const EVIDENCE_TYPES = [
  'document',
  'link',
  'data',
  'case_study',
  'audit',
  'training_record',
  'minutes',
  'voice_of_children_and_young_people',
  'voice_of_parent_carers',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export function isEvidenceType(x: unknown): x is EvidenceType {
  return typeof x === 'string' && (EVIDENCE_TYPES as readonly string[]).includes(x);
}

export const EVIDENCE_TYPE_LABELS: Readonly<Record<EvidenceType, string>> = {
  document: 'Document',
  link: 'Link',
  data: 'Data extract',
  case_study: 'Case study',
  audit: 'Audit',
  training_record: 'Training record',
  minutes: 'Minutes',
  voice_of_children_and_young_people: 'Voice of children and young people',
  voice_of_parent_carers: 'Voice of parent carers',
};

export const EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;
export const EVIDENCE_TOO_LARGE_MESSAGE = 'The file must be smaller than 25MB.';
export const EVIDENCE_TYPE_NOT_ALLOWED_MESSAGE =
  'The file must be a PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text or image (PNG, JPEG, GIF, WebP) file.';

/**
 * Allowed MIME types, each with the file extensions that may carry it.
 * Checking both stops a renamed file slipping past on one of them; it is still
 * only what the browser claims, so the API should also sniff the content.
 */
export const EVIDENCE_ALLOWED_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  // Windows browsers report .csv as this when Excel is installed.
  'application/vnd.ms-excel': ['xls', 'csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'text/csv': ['csv'],
  // CSV is plain text, and some systems say so.
  'text/plain': ['txt', 'csv'],
};

/** Every allowed extension, with its dot, e.g. for a file input's `accept` attribute. */
export const EVIDENCE_ALLOWED_EXTENSIONS: readonly string[] = [
  ...new Set(Object.values(EVIDENCE_ALLOWED_TYPES).flat()),
].map((ext) => `.${ext}`);

/** Lower-case extension without the dot, or null when the name has none (or is only an extension). */
export function fileExtension(fileName: string): string | null {
  const base = fileName.trim().split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1) return null;
  return base.slice(dot + 1).toLowerCase();
}

/** True when the MIME type is allowed and the file's extension matches it. Parameters such as `; charset=utf-8` are ignored. */
export function isAllowedEvidenceFile(mimeType: string, fileName: string): boolean {
  const type = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const extensions = Object.hasOwn(EVIDENCE_ALLOWED_TYPES, type) ? EVIDENCE_ALLOWED_TYPES[type] : undefined;
  const extension = fileExtension(fileName);
  return extensions !== undefined && extension !== null && extensions.includes(extension);
}

export interface EvidenceFile {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

/** Problems with an uploaded file, reported against the form's `file` field (empty when acceptable). */
export function checkEvidenceFile(file: EvidenceFile): RuleViolation<'file'>[] {
  const violations: RuleViolation<'file'>[] = [];
  if (!isAllowedEvidenceFile(file.mimeType, file.fileName)) {
    violations.push({
      field: 'file',
      message: EVIDENCE_TYPE_NOT_ALLOWED_MESSAGE,
    });
  }
  if (file.sizeBytes <= 0) {
    violations.push({ field: 'file', message: 'The selected file is empty.' });
  } else if (file.sizeBytes > EVIDENCE_MAX_BYTES) {
    violations.push({ field: 'file', message: EVIDENCE_TOO_LARGE_MESSAGE });
  }
  return violations;
}

/**
 * How many leading bytes `checkEvidenceContent` needs to see. Office and
 * OpenDocument files are recognised by their container, so 8 bytes would do;
 * the rest is for telling text from binary.
 */
export const EVIDENCE_SNIFF_BYTES = 8192;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const GIF87_MAGIC = [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]; // GIF87a
const GIF89_MAGIC = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]; // GIF89a
const RIFF_MAGIC = [0x52, 0x49, 0x46, 0x46]; // RIFF, then 4 bytes of length, then WEBP
const WEBP_MAGIC = [0x57, 0x45, 0x42, 0x50];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // docx, xlsx, pptx, odt, ods, odp are zip containers
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // doc, xls, ppt
const UTF16_BOMS = [[0xff, 0xfe], [0xfe, 0xff]];

function startsWith(head: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (head.length < at + magic.length) return false;
  return magic.every((byte, i) => head[at + i] === byte);
}

/** Plain text: no NUL byte (binary formats, executables), unless it is UTF-16 with its byte order mark. */
function looksLikeText(head: Uint8Array): boolean {
  if (UTF16_BOMS.some((bom) => startsWith(head, bom))) return true;
  return !head.includes(0);
}

const CONTENT_CHECKS: Readonly<Record<string, (head: Uint8Array) => boolean>> = {
  pdf: (h) => startsWith(h, PDF_MAGIC),
  png: (h) => startsWith(h, PNG_MAGIC),
  jpg: (h) => startsWith(h, JPEG_MAGIC),
  jpeg: (h) => startsWith(h, JPEG_MAGIC),
  gif: (h) => startsWith(h, GIF87_MAGIC) || startsWith(h, GIF89_MAGIC),
  webp: (h) => startsWith(h, RIFF_MAGIC) && startsWith(h, WEBP_MAGIC, 8),
  docx: (h) => startsWith(h, ZIP_MAGIC),
  xlsx: (h) => startsWith(h, ZIP_MAGIC),
  pptx: (h) => startsWith(h, ZIP_MAGIC),
  odt: (h) => startsWith(h, ZIP_MAGIC),
  ods: (h) => startsWith(h, ZIP_MAGIC),
  odp: (h) => startsWith(h, ZIP_MAGIC),
  doc: (h) => startsWith(h, OLE2_MAGIC),
  xls: (h) => startsWith(h, OLE2_MAGIC),
  ppt: (h) => startsWith(h, OLE2_MAGIC),
  csv: looksLikeText,
  txt: looksLikeText,
};

/**
 * Problems with a file's content given its name: the first bytes must be what
 * its extension says (a `.pdf` starts with `%PDF-`, a `.png` with the PNG
 * signature, a `.csv` is text), so an executable renamed `.pdf` is refused.
 * `head` is the start of the file, at least `EVIDENCE_SNIFF_BYTES` long when
 * the file is. Call it after `checkEvidenceFile` has accepted the name and type.
 */
export function checkEvidenceContent(fileName: string, head: Uint8Array): RuleViolation<'file'>[] {
  const extension = fileExtension(fileName);
  const check = extension !== null && Object.hasOwn(CONTENT_CHECKS, extension) ? CONTENT_CHECKS[extension] : undefined;
  if (head.length === 0 || (check && check(head))) return [];
  return [
    {
      field: 'file',
      message: `The file's content is not a ${extension ? `.${extension}` : 'recognised'} file. Check you selected the right file, or save it again in that format.`,
    },
  ];
}

export const LAST_IMPACT_EVIDENCE_MESSAGE =
  'This is the only evidence of impact on children and young people for an action judged "Completed – impact evidenced". ' +
  'Add other evidence of impact first, or change the action\'s impact status to "Completed – monitoring impact".';

/**
 * Whether an action may lose one of its impact evidence items (by archiving it,
 * or by saying it no longer shows impact): an action judged
 * `complete_impact_evidenced` must keep at least one.
 */
export function checkImpactEvidenceRemoval<F extends string>(
  field: F,
  impactStatus: ImpactStatus,
  impactEvidenceCountBefore: number,
): RuleViolation<F>[] {
  if (impactStatus === 'complete_impact_evidenced' && impactEvidenceCountBefore <= 1) {
    return [{ field, message: LAST_IMPACT_EVIDENCE_MESSAGE }];
  }
  return [];
}
