import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', sheets: 'src/sheets/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: false,
  // The sheets entry uses the root entry as a user would (one copy of the validators and ValidationError).
  external: ['cn-orgdata'],
});
