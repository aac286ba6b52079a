// What clerks write in a 是/否 column; a check mark means yes in ticked templates.
const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '✔']);
const NO = new Set(['否', '无', 'n', 'no', 'false', '0', '×', '✗', '✘']);

/** 是/否 as forms write it (是, Y, true, 1, √ …); undefined for blank, null for anything else. */
export function _parseYesNo(value: unknown): boolean | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).normalize('NFKC').trim().toLowerCase();
  if (text === '') return undefined;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}
