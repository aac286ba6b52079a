// The sample workbooks of examples/data (read by examples/check-workbook.mjs): current with their generator,
// and holding the deliberate mistakes they are there to show.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook, type TemplateId } from '../../src/sheets/index';
import { xlsx } from './_workbooks';

const DATA = new URL('../../examples/data/', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'samples-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('sample workbooks', () => {
  it('are what scripts/make-sample-workbooks.mjs makes (run it after changing it)', () => {
    const script = new URL('../../scripts/make-sample-workbooks.mjs', import.meta.url).pathname;
    execFileSync(process.execPath, [script, out], { env: { ...process.env, QUIET: '1' } });
    const made = readdirSync(out).sort();
    expect(made).toEqual(
      readdirSync(DATA)
        .filter((f) => f.endsWith('.xlsx'))
        .sort(),
    );
    for (const file of made)
      expect(readFileSync(join(out, file)).equals(readFileSync(join(DATA, file))), file).toBe(true);
  });

  it.each<[string, TemplateId, string[]]>([
    ['unit-info.xlsx', 'unit-info', ['spreadsheet_number', 'invalid_format', 'invalid_checksum']],
    [
      'unit-users.xlsx',
      'unit-users',
      [
        'invalid_checksum',
        'spreadsheet_number',
        'sex_mismatch',
        'legacy_15_digit',
        'duplicate_id_number',
        'duplicate_mobile',
        'invalid_length',
        'missing_area_code',
        'required',
        'error_cell',
        'formula_cell',
        'invalid_name',
        'invalid_birth_date',
      ],
    ],
    ['confirmation-county.xlsx', 'confirmation-county', ['invalid_format']],
    [
      'party-members.xlsx',
      'party-member-summary',
      [
        'invalid_date',
        'missing_full_member_date',
        'probation_overdue',
        'spreadsheet_number',
        'future_date',
        'missing_lost_contact_date',
        'missing_floating_destination',
      ],
    ],
    ['party-orgs.xlsx', 'party-org-summary', ['invalid_checksum', 'invalid_unit_count', 'party_org_category_mismatch']],
    ['establishment.xlsx', 'establishment', ['rollup_mismatch', 'invalid_format', 'unknown_code']],
  ])('%s shows its mistakes, each at a cell', async (file, id, codes) => {
    const result = await readWorkbook(readFileSync(join(DATA, file)), id, { xlsx, asOf: '2026-11-25' });
    for (const code of codes)
      expect(
        result.issues.map((i) => i.code),
        code,
      ).toContain(code);
    for (const issue of result.issues) expect(issue.row, issue.code).toBeGreaterThan(0);
    expect(result.stats.accepted).toBeGreaterThan(0);
    expect(result.stats.accepted + result.stats.rejected + result.stats.blank).toBe(result.stats.rows);
  });
});
