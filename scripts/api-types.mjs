// The web app's API types, generated from the API's OpenAPI document:
//   node scripts/api-types.mjs          writes apps/api/openapi.json and apps/web/src/lib/api-types.ts
//   node scripts/api-types.mjs --check  fails when either checked-in file differs from what the API generates
// Needs the API built (npm run build): the document comes from apps/api/dist/openapi.cli.js, with no database.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const root = new URL('../', import.meta.url);
const CLI = new URL('apps/api/dist/openapi.cli.js', root);
const DOCUMENT = new URL('apps/api/openapi.json', root);
const TYPES = new URL('apps/web/src/lib/api-types.ts', root);
const HEADER = '// Generated from apps/api/openapi.json by `node scripts/api-types.mjs`: do not edit by hand.\n\n';

if (!existsSync(CLI)) {
  console.error('apps/api/dist/openapi.cli.js is missing: run "npm run build" first.');
  process.exit(1);
}
const document = execFileSync(process.execPath, [CLI.pathname], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
// A default the server fills in leaves the field optional in a request body.
const types = HEADER + astToString(await openapiTS(JSON.parse(document), { defaultNonNullable: false }));

if (process.argv.includes('--check')) {
  const stale = [
    [DOCUMENT, document],
    [TYPES, types],
  ]
    .filter(([file, generated]) => !existsSync(file) || readFileSync(file, 'utf8') !== generated)
    .map(([file]) => file.pathname.slice(root.pathname.length));
  if (stale.length) {
    console.error(`Out of date with the API: ${stale.join(', ')}. Run "node scripts/api-types.mjs" and commit the result.`);
    process.exit(1);
  }
  console.log('apps/api/openapi.json and apps/web/src/lib/api-types.ts match the API.');
} else {
  writeFileSync(DOCUMENT, document);
  writeFileSync(TYPES, types);
  console.log('Wrote apps/api/openapi.json and apps/web/src/lib/api-types.ts.');
}
