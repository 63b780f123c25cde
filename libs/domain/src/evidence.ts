import type { RuleViolation } from './errors';

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
      message: 'The file must be a PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text or image (PNG, JPEG, GIF, WebP) file.',
    });
  }
  if (file.sizeBytes <= 0) {
    violations.push({ field: 'file', message: 'The selected file is empty.' });
  } else if (file.sizeBytes > EVIDENCE_MAX_BYTES) {
    violations.push({ field: 'file', message: 'The file must be smaller than 25MB.' });
  }
  return violations;
}
