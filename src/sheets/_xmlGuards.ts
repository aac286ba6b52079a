const LT = 0x3c;
const BANG = 0x21;
const DASH = 0x2d;
const GT = 0x3e;

/**
 * True when an XML part holds an unclosed `<!--`. SheetJS before 0.20.2 strips comments with a lazy regex
 * that turns many unclosed ones into quadratic work (CVE-2024-22363); Excel never writes comments in
 * its parts, so one that does not close is hostile. Linear: each search resumes where the last ended.
 */
export function _hasUnclosedComment(xml: Uint8Array): boolean {
  let i = xml.indexOf(BANG);
  while (i !== -1) {
    if (xml[i - 1] === LT && xml[i + 1] === DASH && xml[i + 2] === DASH) {
      let j = xml.indexOf(DASH, i + 3);
      while (j !== -1 && !(xml[j + 1] === DASH && xml[j + 2] === GT)) j = xml.indexOf(DASH, j + 1);
      if (j === -1) return true;
      i = xml.indexOf(BANG, j + 3);
    } else {
      i = xml.indexOf(BANG, i + 1);
    }
  }
  return false;
}

/** True for a part that starts with a UTF-16 byte order mark: Excel writes UTF-8, and the guards read bytes. */
export function _isUtf16(xml: Uint8Array): boolean {
  return (xml[0] === 0xff && xml[1] === 0xfe) || (xml[0] === 0xfe && xml[1] === 0xff);
}

const REF = /\bref\s*=\s*["']/g;
const CELL_REF = /^\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/;

/**
 * The first comment reference that is no cell reference (`__proto__` pollutes Object.prototype in
 * SheetJS 0.18.5, CVE-2023-30533), or undefined. Reads at most 20 characters per reference, so a
 * reference that never closes costs nothing.
 */
export function _badCommentRef(xml: Uint8Array): string | undefined {
  const text = new TextDecoder().decode(xml);
  for (const match of text.matchAll(REF)) {
    const start = match.index + match[0].length;
    const quote = match[0].at(-1)!;
    const close = text.slice(start, start + 20).indexOf(quote);
    const ref = close === -1 ? text.slice(start, start + 20) : text.slice(start, start + close);
    if (close === -1 || !CELL_REF.test(ref)) return ref;
  }
  return undefined;
}
