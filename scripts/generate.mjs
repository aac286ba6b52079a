#!/usr/bin/env node
// Regenerates every committed module under src/codes/generated/ from codes/ (the hand-edited source):
// code tables, regions, phone data. Importing new upstream data into codes/ is a separate maintenance
// step: scripts/import-gb2260.mjs (regions) and scripts/generate-phone-data.mjs without --from-codes.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const steps = [['generate-codes.mjs'], ['generate-regions.mjs'], ['generate-phone-data.mjs', '--from-codes']];
for (const [script, ...args] of steps) {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const result = spawnSync(process.execPath, [path, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
