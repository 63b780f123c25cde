import '@fastify/multipart';
import { BadRequestException, HttpStatus } from '@nestjs/common';
import { IMPORT_MAX_BYTES } from '@send/domain';
import type { FastifyRequest } from 'fastify';
import { cleanFileName } from '../common/content-disposition';
import { fieldError } from '../common/error-envelope';
import { validateBody } from '../common/validation';
import { UploadImportDto } from './dto/import.dto';

export interface ImportUpload {
  dto: UploadImportDto;
  fileName: string;
  content: Buffer;
}

const FILE_NAME_MAX = 255;
const MAX_MB = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);

/**
 * Reads the upload form: one `file` part and the text fields of UploadImportDto. The file is read
 * with a size cap whatever the request claims; every refusal is a 400 (413 for a file too large)
 * that says what to send instead.
 */
export async function readImportUpload(request: FastifyRequest): Promise<ImportUpload> {
  if (typeof request.isMultipart !== 'function' || !request.isMultipart()) {
    throw fieldError('file', 'Send the tracker as multipart/form-data, with the file in a field named "file".');
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string; content: Buffer } | null = null;
  try {
    const parts = request.parts({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 10, fieldSize: 10_000, parts: 11 } });
    for await (const part of parts) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname !== 'file') throw fieldError('file', `Send the tracker in a field named "file", not "${part.fieldname}".`);
        file = { fileName: cleanFileName(part.filename ?? '').slice(-FILE_NAME_MAX) || 'tracker', content };
      } else {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
      }
    }
  } catch (error) {
    throw translateParserError(error);
  }

  const dto = await validateBody(UploadImportDto, fields);
  if (!file) throw fieldError('file', 'Choose the tracker to upload (.xlsx or .csv) and send it in a field named "file".');
  return { dto, ...file };
}

function translateParserError(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return fieldError('file', `The file is larger than ${MAX_MB} MB. A tracker is usually well under 1 MB: remove embedded pictures, or save it as .csv.`, HttpStatus.PAYLOAD_TOO_LARGE);
  }
  if (code === 'FST_FILES_LIMIT_ERROR') return fieldError('file', 'Send one file at a time.');
  if (code === 'FST_PARTS_LIMIT_ERROR' || code === 'FST_FIELDS_LIMIT_ERROR') {
    return new BadRequestException({ message: 'The form has more fields than an import takes (file, planId, title, localArea).', errors: [] });
  }
  if (code.startsWith('FST_') || /multipart|boundary/i.test((error as Error)?.message ?? '')) {
    return new BadRequestException({ message: 'The upload could not be read as multipart/form-data.', errors: [] });
  }
  return error;
}
