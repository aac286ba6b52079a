import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/errors/issueCodes';
import { ValidationError } from '../../src/errors/ValidationError';
import { sanDingMessages } from '../../src/locales/sanDingMessages';
import * as approval from '../../src/sanding/validateApprovalDocument';
import * as department from '../../src/sanding/validateDepartmentInfo';
import * as powerItem from '../../src/sanding/validatePowerItem';
import * as powerList from '../../src/sanding/validatePowerList';
import * as responsibilityItem from '../../src/sanding/validateResponsibilityItem';
import * as responsibilityList from '../../src/sanding/validateResponsibilityList';
import * as history from '../../src/sanding/validateSanDingHistory';

// The same contract as test/contract/robustness.test.ts, for this folder's validators until they are exported.
const modules = [approval, department, powerItem, powerList, responsibilityItem, responsibilityList, history];
const fns = modules.flatMap((m) =>
  Object.entries(m).filter(([name, fn]) => typeof fn === 'function' && !name.startsWith('_')),
) as [string, (...args: unknown[]) => unknown][];

const JUNK: unknown[] = [
  undefined,
  null,
  '',
  'x'.repeat(100_000),
  0,
  -1,
  Number.NaN,
  10n ** 30n,
  true,
  {},
  [],
  [null, 1, 'x', {}],
  { documents: [{ changes: [null, { type: '调整编制', delta: {} }] }] },
  { units: [{ relation: {} }] },
  Symbol('s'),
  () => 1,
  new Date(Number.NaN),
  Object.create(null),
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
    },
  ),
  new Proxy([], {
    get: () => {
      throw new Error('trap');
    },
  }),
];

function checkResult(result: unknown): void {
  const r = result as {
    ok: boolean;
    issues?: { code: string; message: string }[];
    warnings?: { code: string; message: string }[];
  };
  const issues = r.ok ? r.warnings! : r.issues!;
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues) {
    expect(ISSUE_CODES).toContain(issue.code);
    expect(issue.message).not.toBe(issue.code);
  }
}

describe('robustness of the 三定 validators', () => {
  it.each(fns.filter(([n]) => n.startsWith('validate')))('%s returns a Result for junk', (_name, fn) => {
    for (const junk of JUNK) {
      checkResult(fn(junk));
      checkResult(fn(junk, { locale: 'en' }));
    }
  });

  it.each(fns.filter(([n]) => n.startsWith('isValid')))('%s returns a boolean for junk', (_name, fn) => {
    for (const junk of JUNK) expect(fn(junk)).toBeTypeOf('boolean');
  });

  it.each(fns.filter(([n]) => n.startsWith('assert')))('%s throws only ValidationError', (_name, fn) => {
    for (const junk of JUNK) {
      try {
        fn(junk);
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
      }
    }
  });

  test.prop([fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true })])(
    'no input makes a validator throw',
    (input) => {
      for (const [, fn] of fns.filter(([n]) => !n.startsWith('assert'))) fn(input);
    },
  );

  it('has a message for each new code in both locales', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const [code, render] of Object.entries(sanDingMessages[locale])) {
        expect(ISSUE_CODES).toContain(code);
        const text = render({});
        expect(text).not.toContain('undefined');
        if (locale === 'en') expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
