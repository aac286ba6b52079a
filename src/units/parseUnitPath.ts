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
// skip the normalisation; a plain character class keeps the test cheap (no Unicode property lookups).
const CANONICAL_CHARACTERS = /^[\u3400-\u4dbf\u4e00-\u9fff0-9A-Za-z()._\-·、/]+$/;

/**
 * The number of segments of a path that parsing would leave unchanged and report nothing about (no empty
 * segment, within the limits), else 0. Private: buildUnitTree uses it to skip splitting canonical paths.
 */
export function _canonicalDepth(text: string, options: UnitPathOptions = {}): number {
  if (!CANONICAL_CHARACTERS.test(text)) return 0;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxLength = options.maxSegmentLength ?? DEFAULT_MAX_SEGMENT_LENGTH;
  let depth = 0;
  let start = 0;
  for (;;) {
    const slash = text.indexOf('/', start);
    const end = slash < 0 ? text.length : slash;
    // All these characters are in the BMP: code units are characters.
    if (end === start || end - start > maxLength || ++depth > maxDepth) return 0;
    if (slash < 0) return depth;
    start = slash + 1;
  }
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
