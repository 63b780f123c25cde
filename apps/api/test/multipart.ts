import type { TestApp } from './test-app';

export interface FilePart {
  name: string;
  type: string;
  content: Buffer | string;
}

/**
 * Sends a multipart/form-data request through the whole HTTP stack, built the way a browser
 * builds one (the platform's FormData, serialised by the platform's Request).
 */
export async function postForm(app: TestApp, url: string, fields: Record<string, string>, file?: FilePart, fileField = 'file') {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append(fileField, new Blob([file.content], { type: file.type }), file.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  const payload = Buffer.from(await request.arrayBuffer());
  const res = await app.inject({ method: 'POST', url, payload, headers: { 'content-type': request.headers.get('content-type')! } });
  const type = String(res.headers['content-type'] ?? '');
  return { status: res.statusCode, body: type.includes('json') ? res.json() : res.body, headers: res.headers };
}

/** The start of a real PDF, then filler: enough for any content check. */
export function pdfBytes(size = 2048): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1');
  const body = Buffer.alloc(Math.max(0, size - head.length));
  for (let i = 0; i < body.length; i++) body[i] = (i * 31 + 7) % 256;
  return Buffer.concat([head, body]).subarray(0, size);
}
