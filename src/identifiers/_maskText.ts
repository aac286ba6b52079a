/** Masks the middle of a text, keeping `start` leading and `end` trailing characters (fewer if it is short). */
export function _maskText(text: string, start: number, end: number, maskChar: string): string {
  const chars = Array.from(text);
  if (chars.length === 0) return '';
  // A short text must not be left readable: keep at most half of it.
  const keepEnd = Math.min(end, Math.floor(chars.length / 4));
  const keepStart = Math.min(start, Math.floor(chars.length / 4));
  const visibleStart = chars.length > start + end ? start : keepStart;
  const visibleEnd = chars.length > start + end ? end : keepEnd;
  return (
    chars.slice(0, visibleStart).join('') +
    maskChar.repeat(chars.length - visibleStart - visibleEnd) +
    chars.slice(chars.length - visibleEnd).join('')
  );
}
