import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;

export interface BundleSize {
  raw: number;
  gzip: number;
  text: string;
}

async function bundle(contents: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]!.contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, text: result.outputFiles[0]!.text };
}

/** Minified, gzipped size in bytes of a browser bundle that imports `names` from the root entry's source. */
export async function bundleSize(names: string[]): Promise<BundleSize> {
  return bundle(
    `import { ${names.join(', ')} } from './src/index.ts'; globalThis.__keep = [${names.join(', ')}];`,
    root,
  );
}

let singleFile: Promise<string> | undefined;

/**
 * The same, importing from a single-file build of the root entry made like dist/index.js (tsup bundles
 * with esbuild): what users' bundlers see. Module boundaries and `sideEffects: false` no longer help there,
 * so a module-level side effect anywhere in the package shows up here and not in `bundleSize`.
 */
export async function bundleSizeFromBuild(names: string[]): Promise<BundleSize> {
  singleFile ??= (async () => {
    // Inside the project (.tmp/ is git-ignored) so that zod resolves from its node_modules.
    mkdirSync(join(root, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(root, '.tmp', 'single-'));
    await build({
      entryPoints: [join(root, 'src/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      outfile: join(dir, 'index.js'),
      external: ['zod', 'date-fns'],
      logLevel: 'silent',
    });
    return dir;
  })();
  const dir = await singleFile;
  return bundle(`import { ${names.join(', ')} } from './index.js'; globalThis.__keep = [${names.join(', ')}];`, dir);
}

/** Removes the single-file build made by `bundleSizeFromBuild`. */
export async function removeBuild(): Promise<void> {
  if (singleFile) rmSync(await singleFile, { recursive: true, force: true });
  singleFile = undefined;
}
