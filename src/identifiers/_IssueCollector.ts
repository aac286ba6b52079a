import { createIssue } from '../errors/createIssue';
import type { Issue, Locale, PathSegment } from '../errors/Issue';
import type { IssueCode } from '../errors/issueCodes';
import type { Result } from '../errors/Result';
import type { _Text } from './_normalize';

/** Field names used in messages, per locale. */
export interface _Label {
  label: string;
  labelEn: string;
}

/** Gathers issues for one value, then returns the Result (errors first; any error fails). */
export class _IssueCollector {
  readonly issues: Issue[] = [];
  private readonly locale: Locale;
  private readonly fieldLabel: _Label;
  private readonly path: PathSegment[];

  constructor(fieldLabel: _Label, locale: Locale = 'zh-CN', path: PathSegment[] = []) {
    this.fieldLabel = fieldLabel;
    this.locale = locale;
    this.path = path;
  }

  error(code: IssueCode, params: Record<string, unknown> = {}): this {
    this.issues.push(createIssue(code, 'error', { ...this.fieldLabel, ...params }, this.locale, [...this.path]));
    return this;
  }

  warn(code: IssueCode, params: Record<string, unknown> = {}): this {
    this.issues.push(createIssue(code, 'warning', { ...this.fieldLabel, ...params }, this.locale, [...this.path]));
    return this;
  }

  /** Reports why an input held no text. */
  unreadable(text: Extract<_Text, { ok: false }>): this {
    return this.error(text.code, { received: text.received });
  }

  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }

  /** A failure with every issue (errors first), or the value with its warnings. */
  result<T>(value: T | undefined): Result<T> {
    if (this.hasErrors || value === undefined) {
      const errors = this.issues.filter((i) => i.severity === 'error');
      const warnings = this.issues.filter((i) => i.severity === 'warning');
      return { ok: false, issues: [...errors, ...warnings] };
    }
    return { ok: true, value, warnings: this.issues };
  }

  /** A failure with the issues gathered so far (at least one error must have been added). */
  fail<T>(): Result<T> {
    return this.result<T>(undefined);
  }
}
