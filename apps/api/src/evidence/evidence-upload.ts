import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import {
  checkEvidenceContent,
  checkEvidenceFile,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_SNIFF_BYTES,
  EVIDENCE_TOO_LARGE_MESSAGE,
  isAllowedEvidenceFile,
} from '@send/domain';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { cleanFileName } from '../common/content-disposition';
import { FieldError, fieldError, violationsException } from '../common/error-envelope';
import { validateBody } from '../common/validation';
import { CreateEvidenceDto } from './dto/create-evidence.dto';

/** Limits for every multipart body, set where the parser is registered (app.factory.ts). */
export const MULTIPART_LIMITS = {
  /** Bytes of one file: the parser stops reading past it and the upload is refused with 413. */
  fileSize: EVIDENCE_MAX_BYTES,
  files: 1,
  fields: 20,
  /** Bytes of one text field: room for the longest description in any script. */
  fieldSize: 64 * 1024,
  parts: 25,
  headerPairs: 100,
};

const FILE_NAME_MAX = 255;

/** A file received in full, checked and hashed, ready to store. */
export interface ReceivedEvidenceFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
  sha256: string;
}

export interface EvidenceSubmission {
  dto: CreateEvidenceDto;
  file: ReceivedEvidenceFile | null;
}

const tooLarge = () => fieldError('file', EVIDENCE_TOO_LARGE_MESSAGE, HttpStatus.PAYLOAD_TOO_LARGE);

/**
 * Reads a new evidence item from the request: JSON with a `url`, or multipart/form-data with the
 * same fields as text and one `file` part. The file is streamed with a size cap (a client's
 * Content-Length is not trusted), hashed as it arrives, and checked by name, declared type and
 * content. Every problem comes back at once as a 400, except a file over the limit: 413.
 * Nothing is stored here, so a refused upload leaves nothing behind.
 */
export async function readEvidenceSubmission(request: FastifyRequest): Promise<EvidenceSubmission> {
  if (!request.isMultipart()) {
    const dto = await validateBody(CreateEvidenceDto, request.body);
    if (!dto.url) throw fieldError('url', 'Give a link (url) to the evidence, or upload a file as multipart/form-data');
    return { dto, file: null };
  }

  const fields: Record<string, string> = {};
  const errors: FieldError[] = [];
  let file: ReceivedEvidenceFile | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const received = await receiveFile(part, errors);
        if (received) file = received;
      } else {
        readField(part, fields, errors);
      }
    }
  } catch (error) {
    throw translateParserError(error);
  }

  let dto: CreateEvidenceDto | null = null;
  try {
    dto = await validateBody(CreateEvidenceDto, fields);
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    errors.unshift(...((error.getResponse() as { errors?: FieldError[] }).errors ?? []));
  }
  if (dto?.url && file) errors.push({ field: 'url', message: 'Give a link or upload a file, not both' });
  if (dto && !dto.url && !file && !errors.some((e) => e.field === 'file')) {
    errors.push({ field: 'file', message: 'Choose a file to upload, or give a link (url)' });
  }
  if (errors.length > 0 || !dto) throw violationsException(errors);
  return { dto, file };
}

function readField(part: MultipartValue, fields: Record<string, string>, errors: FieldError[]): void {
  const name = part.fieldname;
  if (name === 'file') {
    errors.push({ field: 'file', message: 'file must be an uploaded file, not text' });
  } else if (part.valueTruncated) {
    errors.push({ field: name, message: `${name} is too long` });
  } else if (Object.hasOwn(fields, name)) {
    errors.push({ field: name, message: `${name} was sent more than once` });
  } else {
    fields[name] = String(part.value);
  }
}

/**
 * Reads one file part to the end. A part with an unexpected name, a refused type or refused
 * content is still read to the end (and dropped), so the rest of the form can be checked too.
 * A browser's empty file input (no name, no bytes) counts as no file.
 */
async function receiveFile(part: MultipartFile, errors: FieldError[]): Promise<ReceivedEvidenceFile | null> {
  const fileName = cleanFileName(part.filename ?? '');
  const mimeType = (part.mimetype ?? '').split(';')[0].trim().toLowerCase();
  const problems: FieldError[] = [];
  if (part.fieldname !== 'file') problems.push({ field: part.fieldname, message: `${part.fieldname} is not a field this accepts; send the document as "file"` });
  else if (fileName.length > FILE_NAME_MAX) problems.push({ field: 'file', message: `The file name must be at most ${FILE_NAME_MAX} characters` });
  else if (!isAllowedEvidenceFile(mimeType, fileName)) problems.push(...checkEvidenceFile({ fileName, mimeType, sizeBytes: 1 }));

  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > EVIDENCE_MAX_BYTES) throw tooLarge();
    if (problems.length === 0) {
      hash.update(chunk);
      chunks.push(chunk);
    }
  }
  if (part.file.truncated) throw tooLarge();
  if (fileName === '' && size === 0) return null;
  if (problems.length > 0) {
    errors.push(...problems);
    return null;
  }

  const content = Buffer.concat(chunks, size);
  const violations = [
    ...checkEvidenceFile({ fileName, mimeType, sizeBytes: size }),
    ...checkEvidenceContent(fileName, content.subarray(0, EVIDENCE_SNIFF_BYTES)),
  ];
  if (violations.length > 0) {
    errors.push(...violations);
    return null;
  }
  return { fileName, mimeType, content, sha256: hash.digest('hex') };
}

/** The parser's own refusals, in our envelope: a file over the limit is 413, too many parts 400. */
function translateParserError(error: unknown): unknown {
  if (error instanceof HttpException) return error;
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge();
    case 'FST_FILES_LIMIT':
      return fieldError('file', 'Upload one file at a time');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new BadRequestException({ message: 'The form has more fields than an evidence item takes', errors: [] });
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new BadRequestException({ message: 'The form could not be read', errors: [] });
    default:
      if (error instanceof Error && /multipart|boundary|Unexpected end/i.test(error.message)) {
        return new BadRequestException({ message: 'The form could not be read: the multipart body is malformed', errors: [] });
      }
      return error;
  }
}
