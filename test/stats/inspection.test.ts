import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors/Issue';
import { sampleForInspection } from '../../src/stats/sampleForInspection';
import { summarizeInspection } from '../../src/stats/summarizeInspection';
import { validateEstablishmentRecord } from '../../src/stats/validateEstablishmentRecord';
import { buildScenario, CENTER, CIVIL, FINANCE, people, sampleTree, scenarioArb } from './_establishmentFixtures';

const roster = [
  ...people(`${CIVIL}/办公室`, '行政编制', 30),
  ...people(`${CIVIL}/社会事务股`, '行政编制', 3),
  ...people(CENTER, '事业编制', 1),
  ...people(FINANCE, '行政编制', 10),
].map((p, i) => ({ ...p, name: `人员${i}` }));

describe('sampleForInspection', () => {
  it('draws from every unit, at least the ratio of each', () => {
    const sample = sampleForInspection(sampleTree(), roster, { ratio: 0.1, seed: 2026 });
    expect(sample.groups).toEqual([
      { unitPath: `${CIVIL}/办公室`, resolved: true, size: 30, sampled: 3 },
      { unitPath: `${CIVIL}/社会事务股`, resolved: true, size: 3, sampled: 1 },
      { unitPath: CENTER, resolved: true, size: 1, sampled: 1 },
      { unitPath: FINANCE, resolved: true, size: 10, sampled: 1 },
    ]);
    expect(sample.items).toHaveLength(6);
    expect(sample.indexes).toEqual([...sample.indexes].sort((a, b) => a - b));
    expect(sample.items).toEqual(sample.indexes.map((i) => roster[i]));
    expect(sample.issues).toEqual([]);
  });

  it('is reproducible, and a seed changes it', () => {
    const draw = (seed: number | string) => sampleForInspection(sampleTree(), roster, { ratio: 0.2, seed }).indexes;
    expect(draw('检查')).toEqual(draw('检查'));
    expect(new Set([draw(1), draw(2), draw(3), draw('a')].map(String)).size).toBeGreaterThan(1);
  });

  it('keeps one unit’s draw when another unit gets more records', () => {
    const before = sampleForInspection(sampleTree(), roster, { ratio: 0.2, seed: 7 });
    const more = [...roster, ...people(FINANCE, '行政编制', 5)];
    const after = sampleForInspection(sampleTree(), more, { ratio: 0.2, seed: 7 });
    const civil = (indexes: number[]) => indexes.filter((i) => i < 30);
    expect(civil(after.indexes)).toEqual(civil(before.indexes));
  });

  it('samples records of unknown units as their own group, and says so', () => {
    const records = [...roster.slice(0, 3), { unitPath: '示例县/无此单位' }, { unitPath: '示例县/无此单位' }, {}];
    const sample = sampleForInspection(sampleTree(), records, { ratio: 0.5, seed: 1 });
    expect(sample.groups.slice(1)).toEqual([
      { unitPath: '示例县/无此单位', resolved: false, size: 2, sampled: 1 },
      { unitPath: '', resolved: false, size: 1, sampled: 1 },
    ]);
    expect(sample.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_unit', [3, 'unitPath']],
      ['unknown_unit', [4, 'unitPath']],
      ['required', [5, 'unitPath']],
    ]);
  });

  it('reads the unit where the caller says', () => {
    const members = [{ branch: CENTER }, { branch: FINANCE }];
    const sample = sampleForInspection(sampleTree(), members, { ratio: 1, seed: 0, unitPathOf: (m) => m.branch });
    expect(sample.items).toEqual(members);
  });

  it.each([0, -0.1, 1.5, Number.NaN, '0.1', undefined])('rejects the ratio %s', (ratio) => {
    // biome-ignore lint/suspicious/noExplicitAny: junk on purpose
    const sample = sampleForInspection(sampleTree(), roster, { ratio: ratio as any, seed: 1 });
    expect(sample.items).toEqual([]);
    expect(sample.issues[0]).toMatchObject({ code: 'invalid_format', path: ['ratio'] });
    expect(sample.issues[0]!.message).toBe('抽查比例格式不正确：应为大于 0、不超过 1 的数');
  });

  it('needs a seed, and never throws on junk', () => {
    // biome-ignore lint/suspicious/noExplicitAny: junk on purpose
    expect(sampleForInspection(sampleTree(), roster, { ratio: 0.1 } as any).issues[0]).toMatchObject({
      code: 'required',
      path: ['seed'],
    });
    // biome-ignore lint/suspicious/noExplicitAny: junk on purpose
    for (const junk of [null, 42, 'x', {}] as any[]) {
      expect(() => sampleForInspection(junk, junk, junk)).not.toThrow();
      expect(sampleForInspection(junk, [{ unitPath: CIVIL }], { ratio: 1, seed: 1 }).items).toHaveLength(1);
    }
  });

  test.prop([scenarioArb, fc.double({ min: 0.01, max: 1, noNaN: true }), fc.oneof(fc.integer(), fc.string())])(
    'covers every unit with records, reproducibly',
    (s, ratio, seed) => {
      const { tree, roster: people } = buildScenario(s);
      const sample = sampleForInspection(tree, people, { ratio, seed });
      expect(sampleForInspection(tree, people, { ratio, seed })).toEqual(sample);
      const units = new Set(people.map((p) => p.unitPath));
      const sampled = new Set(sample.items.map((p) => p.unitPath));
      expect(sampled).toEqual(units);
      for (const group of sample.groups) {
        expect(group.sampled).toBeGreaterThanOrEqual(Math.min(group.size, Math.ceil(ratio * group.size - 1e-9)));
        expect(group.sampled).toBeLessThanOrEqual(group.size);
      }
      expect(new Set(sample.indexes).size).toBe(sample.indexes.length);
      expect(sample.items.length).toBeGreaterThanOrEqual(Math.ceil(ratio * people.length - 1e-9));
    },
  );
});

describe('summarizeInspection', () => {
  const required = ['unitPath', 'level', 'system'];
  const rows = [
    { unitPath: CIVIL, level: '县级', system: '政府', approved: { 行政编制: 3 } },
    { unitPath: CIVIL, level: '县级', system: '', approved: { 行政编制: -3 } },
    { unitPath: FINANCE, level: '镇级', system: '政府' },
    { unitPath: ` ${FINANCE} `, level: '县级' },
  ];

  it('gives completeness and error rates per unit and overall', () => {
    const summary = summarizeInspection(
      rows.map((row) => ({ unitPath: row.unitPath, record: row, result: validateEstablishmentRecord(row) })),
      { requiredFields: required },
    );
    expect(summary.units.map((u) => u.unitPath)).toEqual([CIVIL, FINANCE]);
    expect(summary.units[0]).toEqual({
      unitPath: CIVIL,
      records: 2,
      withErrors: 1,
      withWarnings: 0,
      errors: 1,
      warnings: 0,
      errorRate: 0.5,
      warningRate: 0,
      requiredFields: 6,
      filledFields: 5,
      completeness: 5 / 6,
      codes: { invalid_format: 1 },
    });
    expect(summary.total).toMatchObject({
      records: 4,
      withErrors: 2,
      errorRate: 0.5,
      filledFields: 10,
      requiredFields: 12,
    });
  });

  it('counts missing fields from required issues when the record is not given', () => {
    const issue = (code: Issue['code'], path: Issue['path']): Issue => ({
      code,
      severity: 'error',
      path,
      params: {},
      message: '',
    });
    const summary = summarizeInspection(
      [
        { unitPath: CIVIL, issues: [issue('required', ['records', 0, 'level']), issue('required', ['system'])] },
        { unitPath: CIVIL, result: { ok: true, value: {}, warnings: [] } },
      ],
      { requiredFields: required },
    );
    expect(summary.units[0]).toMatchObject({ records: 2, filledFields: 4, requiredFields: 6, errorRate: 0.5 });
  });

  it('leaves completeness out without required fields, and never throws', () => {
    expect(summarizeInspection([{ unitPath: CIVIL, issues: [] }]).total.completeness).toBeNull();
    expect(summarizeInspection([]).total).toMatchObject({ records: 0, errorRate: 0, completeness: null });
    // biome-ignore lint/suspicious/noExplicitAny: junk on purpose
    for (const junk of [null, 42, 'x', [null, 1, { unitPath: {}, result: 'x', issues: [null] }]] as any[]) {
      expect(() => summarizeInspection(junk, junk)).not.toThrow();
    }
  });
});
