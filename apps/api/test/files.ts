import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { TestApp } from './test-app';
import { adminSession } from './test-app';

/** Downloads a file through the whole HTTP stack and keeps its raw bytes. */
export async function download(app: TestApp, url: string, cookie?: string) {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: cookie ?? (await adminSession(app)).cookie } });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload };
}

/** The text and page count of a PDF, read back with pdf-parse (real text, not pictures of it). */
export function readPdf(bytes: Buffer): Promise<{ text: string; pages: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [join(__dirname, 'pdf-text.cjs')], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as { text: string; pages: number });
    });
    child.stdin!.end(bytes);
  });
}

export const pdfText = async (bytes: Buffer) => (await readPdf(bytes)).text;
