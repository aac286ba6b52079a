import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Makes sure dist/ holds a build of the current src/ (the example bundles the built package, as a user
 * would): runs tsup when dist/index.js is missing or older than a source file. CI builds before testing,
 * so there this is a no-op; on a developer's machine it saves a stale-build puzzle. Returns whether it built.
 */
export function ensureBuilt(root: string): boolean {
  const entry = join(root, 'dist/index.js');
  if (existsSync(entry) && statSync(entry).mtimeMs >= newestMtime(join(root, 'src'))) return false;
  execFileSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), '--silent'], {
    cwd: root,
    stdio: 'inherit',
  });
  return true;
}
