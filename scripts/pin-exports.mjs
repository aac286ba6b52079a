// Rewrites the pinned export list in test/contract/exports.test.ts from the current root entry. Run it
// when an export is added on purpose, and review the diff: a removed name breaks users.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const result = await build({
  entryPoints: [`${root}src/index.ts`],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  external: ['zod', 'date-fns'],
  logLevel: 'silent',
});
// The bundle ends with one `export { a, b as c, … }` statement: its exported names are the API.
const block = /export \{([^}]*)\};\s*$/.exec(result.outputFiles[0].text)?.[1] ?? '';
const names = block
  .split(',')
  .map((part) =>
    part
      .trim()
      .split(/\s+as\s+/)
      .pop(),
  )
  .filter(Boolean)
  .sort();
const file = `${root}test/contract/exports.test.ts`;
const text = readFileSync(file, 'utf8');
const list = names.map((name) => `  '${name}',`).join('\n');
writeFileSync(file, text.replace(/const EXPORTS = \[\n[\s\S]*?\n\];/, `const EXPORTS = [\n${list}\n];`));
console.log(`${names.length} exports pinned`);
