import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SRC = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
}

/**
 * Code depends one way: app -> features -> shared. Features do not reach into each other, except
 * their route modules, which compose a page from several features (as bulletproof-react's
 * app/routes do); shared code never imports a feature or the app.
 */
describe('the web app’s layering', () => {
  const all = files(SRC).filter((f) => !f.includes(`${sep}__tests__${sep}`) && !f.includes(`${sep}testing${sep}`));

  it('keeps features out of each other, except in route modules', () => {
    const offending: string[] = [];
    for (const file of all) {
      const rel = relative(SRC, file).split(sep);
      if (rel[0] !== 'features' || rel[2] === 'routes') continue;
      for (const target of imports(file)) {
        const m = /^@\/features\/([^/]+)/.exec(target);
        if (m && m[1] !== rel[1]) offending.push(`${rel.join('/')} imports ${target}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('keeps shared code free of features and the app', () => {
    const offending: string[] = [];
    for (const file of all) {
      const rel = relative(SRC, file).split(sep);
      if (!['components', 'lib', 'config'].includes(rel[0]!)) continue;
      for (const target of imports(file)) if (/^@\/(features|app)\//.test(target)) offending.push(`${rel.join('/')} imports ${target}`);
    }
    expect(offending).toEqual([]);
  });

  it('builds links only through config/paths', () => {
    const offending = all.filter((f) => /\bto="\/[a-z]/.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(offending).toEqual([]);
  });
});
