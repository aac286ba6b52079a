import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;

/** Minified, gzipped size in bytes of a browser bundle that imports `names` from the root entry. */
export async function bundleSize(names: string[]): Promise<{ raw: number; gzip: number; text: string }> {
  const result = await build({
    stdin: {
      contents: `import { ${names.join(', ')} } from './src/index.ts'; globalThis.__keep = [${names.join(', ')}];`,
      resolveDir: root,
      loader: 'ts',
    },
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
