import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index';

// Every validator in the public API takes any input: validateX returns a Result, isValidX a boolean,
// compactX/formatX/maskX a string, assertX returns or throws ValidationError — nothing else, ever.
const fns = Object.entries(api).filter(([, v]) => typeof v === 'function') as [
  string,
  (...args: unknown[]) => unknown,
][];
// The code-table functions take a table id first; they are checked below.
const TABLE_FUNCTIONS = new Set(['validateCode', 'isValidCode', 'assertCode']);
const single = fns.filter(([name]) => !TABLE_FUNCTIONS.has(name));
const validators = single.filter(([name]) => /^validate[A-Z]/.test(name));
const booleans = single.filter(([name]) => /^isValid[A-Z]/.test(name));
// maskPerson / maskPartyMember return a record, not a string: checked with the record functions below.
const RECORD_MASKERS = new Set(['maskPerson', 'maskPartyMember']);
const stringifiers = single.filter(([name]) => /^(compact|format|mask)[A-Z]/.test(name) && !RECORD_MASKERS.has(name));
const asserters = single.filter(([name]) => /^assert[A-Z]/.test(name));

const JUNK: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  '\u0000',
  '\ud800',
  'x'.repeat(100_000),
  '1'.repeat(10_000),
  0,
  -0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  1e300,
  10n ** 30n,
  -5n,
  true,
  false,
  {},
  [],
  ['11010519491231002X'],
  { toString: () => '11010519491231002X' },
  {
    valueOf: () => {
      throw new Error('boom');
    },
  },
  Symbol('s'),
  () => '11010519491231002X',
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
];

function checkResult(result: unknown): void {
  expect(result).toBeTypeOf('object');
  const r = result as { ok: boolean; issues?: api.Issue[]; warnings?: api.Issue[] };
  const issues = r.ok ? r.warnings : r.issues;
  expect(Array.isArray(issues)).toBe(true);
  if (!r.ok) expect(issues!.some((i) => i.severity === 'error')).toBe(true);
  for (const issue of issues!) {
    expect(api.ISSUE_CODES).toContain(issue.code);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    // a message equal to its code means the validator's catalogs lack that code
    expect(issue.message).not.toBe(issue.code);
    expect(Array.isArray(issue.path)).toBe(true);
  }
}

describe('robustness of every validator', () => {
  it('finds the validators', () => {
    expect(validators.map(([n]) => n)).toContain('validateResidentId');
    expect(validators.map(([n]) => n)).toContain('validatePartyMember');
  });

  it.each([...RECORD_MASKERS])('%s returns an object for junk', (name) => {
    const fn = (api as unknown as Record<string, (x: unknown) => unknown>)[name]!;
    for (const junk of JUNK) expect(fn(junk)).toBeTypeOf('object');
  });

  it.each(validators)('%s returns a Result for junk', (_name, fn) => {
    for (const junk of JUNK) {
      checkResult(fn(junk));
      checkResult(fn(junk, { locale: 'en' }));
    }
  });

  it.each(booleans)('%s returns false for junk', (_name, fn) => {
    for (const junk of JUNK) expect(fn(junk)).toBeTypeOf('boolean');
  });

  it.each(stringifiers)('%s returns a string for junk', (_name, fn) => {
    for (const junk of JUNK) expect(fn(junk)).toBeTypeOf('string');
  });

  it.each(asserters)('%s throws only ValidationError', (_name, fn) => {
    for (const junk of JUNK) {
      try {
        fn(junk);
      } catch (e) {
        expect(e).toBeInstanceOf(api.ValidationError);
      }
    }
  });

  test.prop([fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true })])(
    'no input of any type makes a validator throw',
    (input) => {
      for (const [, fn] of [...validators, ...booleans, ...stringifiers]) fn(input);
    },
  );

  test.prop([fc.string({ unit: 'binary' })])('random text is always answered with a Result', (text) => {
    for (const [, fn] of validators) checkResult(fn(text));
  });
});

describe('robustness of the code-table functions', () => {
  const tableIds: unknown[] = [
    ...api.listCodeTables().map((t) => t.id),
    'nope',
    '',
    null,
    undefined,
    42,
    {},
    '__proto__',
    'constructor',
  ];

  it('answer junk table ids and junk values without throwing', () => {
    for (const id of tableIds) {
      for (const junk of JUNK) {
        checkResult(api.validateCode(id as api.CodeTableId, junk));
        expect(api.isValidCode(id as api.CodeTableId, junk)).toBeTypeOf('boolean');
        expect(() => api.findCode(id as api.CodeTableId, junk)).not.toThrow();
        expect(() => api.lookupCode(id as api.CodeTableId, junk as string)).not.toThrow();
        try {
          api.assertCode(id as api.CodeTableId, junk);
        } catch (e) {
          expect(e).toBeInstanceOf(api.ValidationError);
        }
      }
      expect(() => api.listCodes(id as api.CodeTableId)).not.toThrow();
    }
  });
});
