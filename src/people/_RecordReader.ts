import { type _AnyCatalog, _renderFromCatalogs } from '../errors/_renderFromCatalogs';
import type { Issue, Locale, PathSegment, Severity } from '../errors/Issue';
import type { IssueCode } from '../errors/issueCodes';
import type { Result } from '../errors/Result';
import type { RecordOptions } from './RecordOptions';

/** A field of a form: its key in the record and its label on the form. */
export interface _FieldLabel {
  label: string;
  labelEn: string;
}

/** True for what a form leaves empty: undefined, null, '' and whitespace. */
export function _isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Reads one record field by field: runs each field's validator, puts its issues under the field's path,
 * then lets the caller add cross-field issues. Never throws, whatever the input (a Proxy that throws on
 * read included).
 */
export class _RecordReader {
  readonly issues: Issue[] = [];
  readonly locale: Locale;
  readonly options: RecordOptions;
  private readonly base: PathSegment[];
  private readonly catalogs: readonly _AnyCatalog[];
  private readonly record: Record<string, unknown> | undefined;

  constructor(input: unknown, catalogs: readonly _AnyCatalog[], options: RecordOptions, recordLabel: _FieldLabel) {
    this.options = options;
    this.locale = options.locale === 'en' ? 'en' : 'zh-CN';
    this.base = options.path ?? [];
    this.catalogs = catalogs;
    if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
      this.record = input as Record<string, unknown>;
    } else {
      this.record = undefined;
      const received = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
      this.add(input === undefined || input === null ? 'required' : 'invalid_type', 'error', [], {
        ...recordLabel,
        received,
      });
    }
  }

  /** False when the input is no record at all (already reported). */
  get readable(): boolean {
    return this.record !== undefined;
  }

  /** The raw value of a field; undefined when missing or unreadable. */
  raw(key: string): unknown {
    if (!this.record) return undefined;
    try {
      return Object.hasOwn(this.record, key) ? this.record[key] : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Validates one field: blank → `required` when required, else undefined; otherwise the validator's
   * value, its issues moved under the field's path.
   */
  field<T>(
    key: string,
    label: _FieldLabel,
    validate: (value: unknown, locale: Locale) => Result<T>,
    required: boolean,
  ): T | undefined {
    const value = this.raw(key);
    if (_isBlank(value)) {
      if (required) this.add('required', 'error', [key], { ...label });
      return undefined;
    }
    return this.take(key, validate(value, this.locale));
  }

  /** A field's result already computed: its issues moved under the field's path, its value when ok. */
  take<T>(key: string, result: Result<T>): T | undefined {
    const found = result.ok ? result.warnings : result.issues;
    for (let i = 0; i < found.length; i++) {
      const issue = found[i]!;
      this.issues.push({ ...issue, path: [...this.base, key, ...issue.path] });
    }
    return result.ok ? result.value : undefined;
  }

  /** Adds an issue at a path relative to the record. */
  add(code: IssueCode, severity: Severity, path: PathSegment[], params: Record<string, unknown> = {}): this {
    const message = _renderFromCatalogs(this.catalogs, this.locale, code, params);
    this.issues.push({ code, severity, path: [...this.base, ...path], params, message });
    return this;
  }

  error(code: IssueCode, path: PathSegment[], params?: Record<string, unknown>): this {
    return this.add(code, 'error', path, params);
  }

  warn(code: IssueCode, path: PathSegment[], params?: Record<string, unknown>): this {
    return this.add(code, 'warning', path, params);
  }

  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }

  /** The record's Result: every issue (errors first) on failure, else the value with its warnings. */
  result<T>(value: T): Result<T> {
    if (!this.hasErrors && this.record) return { ok: true, value, warnings: this.issues };
    const errors = this.issues.filter((i) => i.severity === 'error');
    return { ok: false, issues: [...errors, ...this.issues.filter((i) => i.severity === 'warning')] };
  }
}
