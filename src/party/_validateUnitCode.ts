import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { compactOrgCode, validateOrgCode } from '../identifiers/orgCode';
import { validateUscc } from '../identifiers/uscc';
import { _ORG_LABELS } from './_partyLabels';

/** A 党组织所在单位代码 read as what it is. */
export interface _UnitCode {
  code: string;
  codeType: 'uscc' | 'org-code';
}

/**
 * 党组织所在单位代码 is a 统一社会信用代码 (GB 32100, 18 characters) or, for old records, a 组织机构代码
 * (GB 11714, 9 characters, often written with the hyphen): the length after compacting says which
 * standard applies, and that validator's issues (labelled with its own name) are reported.
 */
export function _validateUnitCode(input: unknown, locale: Locale): Result<_UnitCode> {
  const compact = compactOrgCode(input);
  if (compact.length === 9) {
    const result = validateOrgCode(input, { locale });
    return result.ok ? { ...result, value: { code: result.value.formatted, codeType: 'org-code' } } : result;
  }
  const result = validateUscc(input, { locale });
  if (result.ok) return { ...result, value: { code: result.value.code, codeType: 'uscc' } };
  if (compact.length === 18 || !result.issues.some((issue) => issue.code === 'invalid_length')) return result;
  // Neither length: say that both are accepted rather than "18 characters expected".
  const issues = new _IssueCollector(_ORG_LABELS.unitCode, [], locale);
  return issues
    .error('invalid_length', { expected: locale === 'en' ? '18 or 9' : '18 或 9', actual: compact.length })
    .fail();
}
