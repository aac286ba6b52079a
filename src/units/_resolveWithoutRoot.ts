/** Last segment → the paths that end with it, in the order given (a tree's: by id, not by its index's order). */
export function _indexNames(paths: Iterable<string>): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    if (slash < 0) continue;
    const name = path.slice(slash + 1);
    const list = names.get(name);
    if (list) list.push(path);
    else names.set(name, [path]);
  }
  return names;
}

/**
 * The full paths a path that omits its root can stand for: its first segment is the last segment of some
 * non-root path P, so it reads as P's parent path + the path ("区管委工作部门/区民政局" →
 * "屈原管理区/区管委工作部门/区民政局"). `exists` filters the readings (a lookup wants existing paths only).
 */
export function _resolveWithoutRoot(
  segments: readonly string[],
  names: ReadonlyMap<string, readonly string[]>,
  exists?: (path: string) => boolean,
): string[] {
  const found: string[] = [];
  for (const path of names.get(segments[0]!) ?? []) {
    const full = `${path}/${segments.slice(1).join('/')}`;
    if (segments.length === 1) {
      if (!exists || exists(path)) found.push(path);
    } else if (!exists || exists(full)) found.push(full);
  }
  return found;
}
