// Prints the minified + gzip size of browser bundles that import a few names from the root entry
// (the figures quoted in the README). The budgets themselves are tests: test/contract/bundleBudgets.test.ts.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const cases = [
  ['isValidUscc'],
  ['isValidResidentId'],
  ['validateResidentId'],
  ['validateUscc'],
  ['validateMobile', 'validateLandline'],
  ['lookupRegion'],
  ['lookupCode', 'findCode'],
  ['residentIdSchema'],
];
const root = new URL('..', import.meta.url).pathname;
console.log('| imports | minified | gzip |\n| --- | ---: | ---: |');
for (const names of cases) {
  try {
    const result = await build({
      stdin: { contents: `export { ${names.join(', ')} } from './src/index.ts';`, resolveDir: root, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const bytes = result.outputFiles[0].contents;
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    console.log(`| \`${names.join(', ')}\` | ${kb(bytes.length)} | ${kb(gzipSync(bytes, { level: 9 }).length)} |`);
  } catch {
    console.log(`| \`${names.join(', ')}\` | (not exported) | |`);
  }
}
