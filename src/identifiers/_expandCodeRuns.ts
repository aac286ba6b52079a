/**
 * Expands the compact code lists of the generated phone tables: space-separated codes, where `first-last`
 * stands for every same-length code between them. Called once per table, on first use.
 */
export function _expandCodeRuns(list: string): string[] {
  const codes: string[] = [];
  for (const item of list.split(' ')) {
    if (item === '') continue;
    const [first = '', last = first] = item.split('-');
    for (let n = Number(first); n <= Number(last); n++) codes.push(String(n).padStart(first.length, '0'));
  }
  return codes;
}
