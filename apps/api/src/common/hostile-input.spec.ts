import { findHostileInput, MAX_INPUT_DEPTH } from './hostile-input';

const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: nested(depth - 1) });

describe('findHostileInput', () => {
  it('finds a NUL in any text, and names its field by its path', () => {
    expect(findHostileInput({ title: 'ok', milestones: [{ title: 'ok' }, { title: 'a\u0000b' }] })).toEqual({
      field: 'milestones.1.title', message: 'milestones.1.title contains a NUL character (\\u0000), which no text can hold',
    });
    expect(findHostileInput({ ['k\u0000']: 1 })?.field).toBe('k\\u0000');
    expect(findHostileInput('\u0000', 'name')?.field).toBe('name');
    expect(findHostileInput('\u0000')?.field).toBe('body');
  });

  it('refuses nesting deeper than the limit, naming the top-level field', () => {
    expect(findHostileInput(nested(MAX_INPUT_DEPTH))).toBeNull();
    expect(findHostileInput(nested(MAX_INPUT_DEPTH + 1))).toEqual({
      field: 'a', message: `a is nested too deeply: at most ${MAX_INPUT_DEPTH} levels of objects and lists`,
    });
    expect(findHostileInput(JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`))?.field).toBe('body');
  });

  it('lets everything else through', () => {
    expect(findHostileInput({ a: [1, true, null, 'text with\ttab and\nline'], b: { c: 'ü' } })).toBeNull();
    expect(findHostileInput(undefined)).toBeNull();
  });
});
