// Bundles the web form example (app.js → dist/app.js) with esbuild, the way a form developer would bundle
// cn-orgdata into a page, and prints the bundle's size (minified and gzip).
//
//   npm run build && node examples/web-form/build.mjs            bundle against the built package (dist/)
//   node examples/web-form/build.mjs --from-src                  bundle straight from src/ (no build needed)
//   node examples/web-form/build.mjs --serve [--port=8000]       bundle, then serve the page and rebuild on change
//   node examples/web-form/build.mjs --json                      print the sizes as one JSON line (for the test)
//
// 'cn-orgdata' resolves to what a user's project gets from node_modules: the built ESM entry (the "import"
// condition of the package's "exports"), tree-shaken by esbuild.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const fromSrc = args.includes('--from-src');
const serve = args.includes('--serve');
const json = args.includes('--json');
const port = Number(args.find((a) => a.startsWith('--port='))?.slice(7) ?? 8000);

if (!fromSrc && !existsSync(`${root}dist/index.js`)) {
  console.error('dist/index.js is missing: run `npm run build` first, or pass --from-src');
  process.exit(1);
}

/** @type {esbuild.BuildOptions} */
const options = {
  entryPoints: [`${here}app.js`],
  outfile: `${here}dist/app.js`,
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  metafile: true,
  logLevel: json ? 'silent' : 'warning',
  // Pinned explicitly: the project's tsconfig maps 'cn-orgdata' to src/ for its own tests, and esbuild
  // would follow that mapping.
  alias: { 'cn-orgdata': fromSrc ? `${root}src/index.ts` : `${root}dist/index.js` },
};

if (serve) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  const { hosts, port: actual } = await ctx.serve({ servedir: here, host: '127.0.0.1', port });
  console.log(`web form: http://${hosts[0]}:${actual}/ (rebuilds on change; Ctrl+C to stop)`);
} else {
  const result = await esbuild.build(options);
  const bytes = readFileSync(`${here}dist/app.js`);
  const size = { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, source: fromSrc ? 'src' : 'dist' };
  if (json) {
    console.log(JSON.stringify(size));
  } else {
    console.log(
      `examples/web-form/dist/app.js: ${(size.minified / 1024).toFixed(1)} kB minified, ${(size.gzip / 1024).toFixed(1)} kB gzip (from ${size.source})`,
    );
    if (args.includes('--analyze')) console.log(await esbuild.analyzeMetafile(result.metafile));
  }
}
