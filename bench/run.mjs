// Runs every benchmark in bench/ in turn (each imports the built package by name).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()) {
  console.log(`\n=== ${file}`);
  await import(new URL(file, import.meta.url).href);
}
