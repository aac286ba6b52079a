import { en } from '../locales/en';
import { zhCN } from '../locales/zhCN';
import type { Issue, Locale, PathSegment, Severity } from './Issue';
import type { IssueCode } from './issueCodes';

/**
 * Renders the message of an issue code in a locale.
 *
 * @example
 * renderMessage('required', { label: '手机号码' }) // '手机号码不能为空'
 */
export function renderMessage(code: IssueCode, params: Record<string, unknown> = {}, locale: Locale = 'zh-CN'): string {
  const dictionary = locale === 'en' ? en : zhCN;
  return dictionary[code](params);
}

/**
 * Builds an issue with its message rendered in the locale.
 *
 * @example
 * createIssue('required', 'error', { label: '姓名' }).message // '姓名不能为空'
 */
export function createIssue(
  code: IssueCode,
  severity: Severity,
  params: Record<string, unknown> = {},
  locale: Locale = 'zh-CN',
  path: PathSegment[] = [],
): Issue {
  return { code, severity, path, params, message: renderMessage(code, params, locale) };
}
