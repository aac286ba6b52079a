import type { _Text } from '../identifiers/_normalize';
import { type _AnyCatalog, _renderFromCatalogs } from './_renderFromCatalogs';
import type { Issue, Locale, PathSegment, Severity } from './Issue';
import type { IssueCode } from './issueCodes';
import type { Result } from './Result';

/** Field names used in messages, per locale. */
export interface _Label {
  label: string;
  labelEn: string;
}

/**
 * Gathers issues for one value, then returns the Result (errors first; any error fails). Messages come
 * from the common catalog and the domain catalogs the validator passes, so a validator bundles only the
 * messages it can report (test/contract/locales.test.ts checks every code has a message in full).
 */
export class _IssueCollector {
  readonly issues: Issue[] = [];
  private readonly locale: Locale;
  private readonly fieldLabel: _Label;
  private readonly path: PathSegment[];
  private readonly catalogs: readonly _AnyCatalog[];

  constructor(
    fieldLabel: _Label,
    catalogs: readonly _AnyCatalog[],
    locale: Locale = 'zh-CN',
    path: PathSegment[] = [],
  ) {
    this.fieldLabel = fieldLabel;
    this.catalogs = catalogs;
    this.locale = locale === 'en' ? 'en' : 'zh-CN';
    this.path = path;
  }

  private add(code: IssueCode, severity: Severity, extra: Record<string, unknown>): this {
    const params = { ...this.fieldLabel, ...extra };
    const message = _renderFromCatalogs(this.catalogs, this.locale, code, params);
    this.issues.push({ code, severity, path: [...this.path], params, message });
    return this;
  }

  error(code: IssueCode, params: Record<string, unknown> = {}): this {
    return this.add(code, 'error', params);
  }

  warn(code: IssueCode, params: Record<string, unknown> = {}): this {
    return this.add(code, 'warning', params);
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
