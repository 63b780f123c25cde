// Prints the Flesch reading ease of the text on standard input. Run as its own Node process:
// `flesch` and `syllable` are ES modules, which Jest's CommonJS sandbox does not load.
import { flesch } from 'flesch';
import { syllable } from 'syllable';

const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const text = Buffer.concat(chunks).toString('utf8');
  // A sentence ends with a full stop, a question or exclamation mark or a colon, or at the end of a line (a heading, a list item).
  const sentences = text.split(/[.!?:]+(?=\s|$)|\n+/).filter((s) => /[A-Za-z]/.test(s));
  // Numbers count as words of one syllable or more, as they are read.
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  const score = flesch({ sentence: sentences.length, word: words.length, syllable: syllables });
  process.stdout.write(JSON.stringify({ score, sentences: sentences.length, words: words.length, syllables }));
});
