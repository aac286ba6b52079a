import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _readText } from '../identifiers/_normalize';
import { unitPathMessages } from '../locales/unitPathMessages';

/** A normalised full-path unit name (部门名称(全路径)). */
export interface UnitPath {
  /** One name per level, root first. */
  segments: string[];
  /** The segments joined with '/'. */
  path: string;
}

/** Options of `parseUnitPath`. */
export interface UnitPathOptions {
  locale?: Locale;
  /** Most levels accepted; default 10. */
  maxDepth?: number;
  /** Longest level name in characters; default 50. */
  maxSegmentLength?: number;
}

const DEFAULT_MAX_DEPTH = 10;
const DEFAULT_MAX_SEGMENT_LENGTH = 50;
const SEPARATORS = /[/\\]/;
// Whitespace next to a CJK character comes from wrapping inside a cell ("屈原管理 区行政审批 服务局").
const CJK_SPACE = /(?<=[\p{Script=Han}（）])\s+|\s+(?=[\p{Script=Han}（）])/gu;
const FORBIDDEN = /[\p{Cc}\p{Cf}<>"|*?^~`$#@%=+{};]/u;
// Characters that NFKC leaves alone and that the normalisation below neither changes nor reports: CJK
// ideographs (basic block and extension A), ASCII letters and digits, a little punctuation, the separator.
// Most paths (from exportUnitRows, from other systems, repeated down a roster) are made of these only and
// skip the normalisation. The class is /^[\u3400-\u4dbf\u4e00-\u9fff0-9A-Za-z()._\-·、/]+$/, tested code unit by
// code unit in _canonicalDepth (no regular expression, no Unicode property lookups).

/**
 * Set by every `_canonicalDepth` call that returns a depth: a hash of the whole text, the same hash of the
 * text before its last '/' (the parent's path), and that slash's index (-1 for a root). Lets buildUnitTree
 * find parents without slicing and hashing every parent path again. The hash is `h = h * 31 + c` over the
 * code units (32-bit), so a path's parent hash equals the parent path's own hash.
 */
export const _lastScan = { hash: 0, parentHash: 0, lastSlash: -1 };

/**
 * The number of segments of a path that parsing would leave unchanged and report nothing about (no empty
 * segment, within the limits), else 0. Private: buildUnitTree uses it to skip splitting canonical paths.
 */
export function _canonicalDepth(text: string, options: UnitPathOptions = {}): number {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxLength = options.maxSegmentLength ?? DEFAULT_MAX_SEGMENT_LENGTH;
  const length = text.length;
  let depth = 0;
  let start = 0;
  let hash = 0;
  let parentHash = 0;
  // One pass over the code units: the characters above, and the segments. All these characters are in the
  // BMP: code units are characters.
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 47) {
      if (i === start || i - start > maxLength || ++depth >= maxDepth) return 0;
      start = i + 1;
      parentHash = hash;
    } else if (!_isCanonicalCharacter(c)) {
      return 0;
    }
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  if (length === start || length - start > maxLength) return 0;
  _lastScan.hash = hash;
  _lastScan.parentHash = parentHash;
  _lastScan.lastSlash = start - 1;
  return depth + 1;
}

/** A code unit of the canonical characters other than the separator. */
function _isCanonicalCharacter(c: number): boolean {
  if (c >= 0x4e00) return c <= 0x9fff;
  if (c >= 0x3400) return c <= 0x4dbf;
  if (c >= 97) return c <= 122 || c === 0xb7 || c === 0x3001; // a-z · 、
  if (c >= 65) return c <= 90 || c === 95; // A-Z _
  if (c >= 48) return c <= 57; // 0-9
  return c === 40 || c === 41 || c === 45 || c === 46; // ( ) - .
}

/**
 * Parses a full-path unit name as people write it: separators / ／ \ ＼ with or without spaces, spaces
 * and line breaks from wrapped cells inside CJK names, full-width letters and digits (NFKC). Issues:
 * `empty_segment` (error between separators, warning for a stray leading or trailing one),
 * `segment_too_long`, `path_too_deep`, `forbidden_character`, `required`, `invalid_type`. Never throws.
 *
 * @example
 * parseUnitPath('屈原管理区 ／ 屈原管理区管委工作部门／屈原管理 区行政审批 服务局')
 * // { ok: true, value: { segments: ['屈原管理区', '屈原管理区管委工作部门', '屈原管理区行政审批服务局'],
 * //   path: '屈原管理区/屈原管理区管委工作部门/屈原管理区行政审批服务局' }, warnings: [] }
 */
export function parseUnitPath(input: unknown, options: UnitPathOptions = {}): Result<UnitPath> {
  if (typeof input === 'string' && input !== '') {
    if (_canonicalDepth(input, options) > 0) {
      return { ok: true, value: { segments: input.split('/'), path: input }, warnings: [] };
    }
  }
  const issues = new _IssueCollector(
    { label: '部门名称（全路径）', labelEn: 'unit path' },
    [unitPathMessages],
    options.locale,
  );
  const read = _readText(input);
  if (!read.ok) return issues.unreadable(read).fail();
  const text = read.text.normalize('NFKC');
  const parts = text.split(SEPARATORS).map((part) => part.replace(CJK_SPACE, '').replace(/\s+/g, ' ').trim());
  const segments: string[] = [];
  parts.forEach((part, index) => {
    if (part !== '') {
      segments.push(part);
      return;
    }
    const stray = index === 0 || index === parts.length - 1;
    if (stray) issues.warn('empty_segment', { position: index + 1 });
    else issues.error('empty_segment', { position: index + 1 });
  });
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxLength = options.maxSegmentLength ?? DEFAULT_MAX_SEGMENT_LENGTH;
  if (segments.length > maxDepth) issues.error('path_too_deep', { max: maxDepth, actual: segments.length });
  segments.forEach((segment, index) => {
    if (Array.from(segment).length > maxLength) {
      issues.error('segment_too_long', { position: index + 1, segment, max: maxLength });
    }
    const bad = FORBIDDEN.exec(segment);
    if (bad) issues.error('forbidden_character', { character: bad[0] === '\t' ? '\\t' : bad[0], position: index + 1 });
  });
  if (segments.length === 0 && !issues.hasErrors) issues.error('required');
  return issues.result({ segments, path: segments.join('/') });
}

/**
 * Joins segments into the canonical full path.
 *
 * @example
 * formatUnitPath(['屈原管理区', '屈原管理区民政局']) // '屈原管理区/屈原管理区民政局'
 */
export function formatUnitPath(segments: readonly string[]): string {
  return Array.isArray(segments) ? segments.map(String).join('/') : '';
}
