import { BadRequestException } from '@nestjs/common';
import type { FieldError } from './error-envelope';

/** Objects and arrays nested deeper than this are refused: no form of ours nests more than a few levels. */
export const MAX_INPUT_DEPTH = 32;

/**
 * The first thing in a parsed body or query string that no validation rule should ever see: a
 * NUL character in a text or a key (PostgreSQL cannot store one in text, and refuses the whole
 * statement), or nesting deep enough to exhaust the stack of whatever walks it next. Null when
 * there is none. Walks at most MAX_INPUT_DEPTH levels.
 */
export function findHostileInput(value: unknown, field = ''): FieldError | null {
  return walk(value, field, 0);
}

/**
 * Throws the usual 400 envelope, naming the field, when the input holds a NUL or nests too deep.
 * `field` names the input when it is one value (a path parameter, one query parameter).
 */
export function assertNoHostileInput(value: unknown, field = ''): void {
  const problem = findHostileInput(value, field);
  if (problem) throw new BadRequestException({ message: problem.message, errors: [problem] });
}

function walk(value: unknown, path: string, depth: number): FieldError | null {
  if (typeof value === 'string') return value.includes('\u0000') ? nul(path) : null;
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= MAX_INPUT_DEPTH) {
    // The top-level field; a list sent as the whole body has none.
    const first = path.split('.')[0] ?? '';
    const top = first === '' || /^\d+$/.test(first) ? 'body' : first;
    return { field: top, message: `${top} is nested too deeply: at most ${MAX_INPUT_DEPTH} levels of objects and lists` };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = walk(value[i], join(path, String(i)), depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const field = join(path, key);
    if (key.includes('\u0000')) return nul(field);
    const found = walk((value as Record<string, unknown>)[key], field, depth + 1);
    if (found) return found;
  }
  return null;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function nul(path: string): FieldError {
  const field = path.replaceAll('\u0000', '\\u0000') || 'body';
  return { field, message: `${field} contains a NUL character (\\u0000), which no text can hold` };
}
