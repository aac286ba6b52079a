import type { IssueCode } from './issueCodes';

/** `error`: the value is certainly wrong. `warning`: the value is accepted but doubtful. */
export type Severity = 'error' | 'warning';

/** Message language: Chinese (default) or English. */
export type Locale = 'zh-CN' | 'en';

/** One path step: an object key or an array index. */
export type PathSegment = string | number;

/**
 * A problem found in a value, as plain data.
 *
 * @example
 * { code: 'invalid_checksum', severity: 'error', path: [], params: { expected: 'X', actual: '3' },
 *   message: '校验码错误：应为 X，实为 3' }
 */
export interface Issue {
  /** Stable snake_case code; match on this, never on the message. */
  code: IssueCode;
  severity: Severity;
  /** Where the problem is, from the validated value's root (empty for a single value). */
  path: PathSegment[];
  /** The facts the message is built from (expected length, the region code …). */
  params: Record<string, unknown>;
  /** Human message in the requested locale. */
  message: string;
}

/** Options every validator accepts. */
export interface MessageOptions {
  /** Language of `Issue.message`; default `'zh-CN'`. */
  locale?: Locale;
}
