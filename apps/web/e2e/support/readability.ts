import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** The Flesch reading ease of `text` (60 or more reads as plain English), measured with the `flesch` and `syllable` packages. */
export function fleschReadingEase(text: string): Promise<{ score: number; sentences: number; words: number; syllables: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [join(__dirname, 'flesch-score.mjs')], (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as { score: number; sentences: number; words: number; syllables: number });
    });
    child.stdin!.end(text);
  });
}
