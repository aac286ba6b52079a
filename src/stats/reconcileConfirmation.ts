import { _renderFromCatalogs } from '../errors/_renderFromCatalogs';
import type { Issue, Locale, MessageOptions, PathSegment, Severity } from '../errors/Issue';
import type { IssueCode } from '../errors/issueCodes';
import { unitMessages } from '../locales/unitMessages';
import { _similarity } from '../units/_similarity';
import { _hcAsTable } from './_hcAsTable';
import { _hcDisplayName, _hcNameKey, _hcParseCount, _hcProperty, _hcRows } from './_hcDeclared';
import type {
  ConfirmationDiff,
  ConfirmationRow,
  ConfirmationTable,
  DeclaredConfirmationTable,
  ReconcileConfirmationResult,
} from './Confirmation';

type _Section = 'departments' | 'subunits';

const SECTIONS: readonly _Section[] = ['departments', 'subunits'];
const SECTION_EN = { departments: 'departments', subunits: 'units' } as const;
const MIN_SIMILARITY = 0.5;

/** The differences found so far, as diffs and as issues with paths into the declared table. */
class _Report {
  readonly issues: Issue[] = [];
  readonly diffs: ConfirmationDiff[] = [];
  private readonly locale: Locale;
  constructor(options: MessageOptions) {
    this.locale = options.locale === 'en' ? 'en' : 'zh-CN';
  }

  add(code: IssueCode, severity: Severity, path: PathSegment[], params: Record<string, unknown>): void {
    const message = _renderFromCatalogs([unitMessages], this.locale, code, params);
    this.issues.push({ code, severity, path, params, message });
  }

  /** A declared number, or null after reporting why it is none. */
  count(value: unknown, path: PathSegment[], label: string, labelEn: string): number | null {
    const read = _hcParseCount(value);
    if (read.ok) return read.value;
    if (read.code === 'required') this.add('required', 'error', path, { label, labelEn });
    else {
      this.add('invalid_format', 'error', path, {
        label,
        labelEn,
        received: read.received,
        reason: '应为人数',
        reasonEn: 'expected a number of people',
      });
    }
    return null;
  }
}

/**
 * Compares a filled-in 统计确认表 (read back from a sheet, or another computed table) with the one
 * computed from the roster, and lists every difference, both as `diffs` and as issues with paths into
 * the declared table: `count_mismatch` (a unit declared with 14 people and 13 in the roster: name,
 * declared, computed), a computed row the declared table lacks (`count_mismatch` with `declared: null`;
 * a warning when it counts 0 people), a declared row that is no department or child unit of the unit
 * (`unknown_unit` with similar names as suggestions; a warning when it declares 0), 人数汇总 and 合计 that
 * differ (`count_mismatch`), a declared 人数汇总 or 合计 that is not the sum of its declared parts
 * (`rollup_mismatch`), a name declared twice (`duplicate_unit`), and numbers that are not numbers
 * (`required`, `invalid_format`). Rows are matched by name (last level, normalised like a unit path).
 * Never throws.
 *
 * @example
 * // tree and people as in confirmationTable's example (班子成员 1, 办公室 1, 屈原管理区民政局 2)
 * const computed = confirmationTable(tree, people, '屈原管理区');
 * const declared = { departments: { rows: [{ name: '班子成员', count: 2 }, { name: '办公室', count: '1人' }] } };
 * computed.ok && reconcileConfirmation(declared, computed.value).issues.map((i) => i.message)
 * // ['班子成员：填报 2 人，名册中为 1 人', '屈原管理区民政局：确认表中未填报，名册中为 2 人']
 */
export function reconcileConfirmation(
  declared: DeclaredConfirmationTable,
  computed: ConfirmationTable,
  options: MessageOptions = {},
): ReconcileConfirmationResult {
  const report = new _Report(options);
  const table = _hcAsTable(computed);
  const unit = _hcDisplayName(_hcProperty(declared, 'unit')) || table.unit;
  const allComputed = [...table.departments.rows, ...table.subunits.rows];
  const declaredTotals: (number | null)[] = [];
  for (const section of SECTIONS) {
    declaredTotals.push(compareSection(report, declared, table, section, unit, allComputed));
  }
  const total = _hcProperty(declared, 'total');
  if (total !== undefined) {
    const value = report.count(total, ['total'], '合计', 'grand total');
    const parts =
      declaredTotals[0] !== null && declaredTotals[1] !== null ? declaredTotals[0]! + declaredTotals[1]! : null;
    if (value !== null && parts !== null && value !== parts) {
      report.diffs.push({ kind: 'declared_sum', name: '合计', declared: value, computed: parts });
      report.add('rollup_mismatch', 'error', ['total'], {
        unit,
        field: '人数',
        fieldEn: 'number of people',
        declared: value,
        computed: parts,
      });
    }
    if (value === null || value !== table.total) {
      report.diffs.push({ kind: 'total', name: '合计', declared: value, computed: table.total });
      if (value !== null) {
        report.add('count_mismatch', 'error', ['total'], {
          name: `${unit}合计`,
          nameEn: `${unit} grand total`,
          declared: value,
          computed: table.total,
        });
      }
    }
  }
  const ok = !report.issues.some((issue) => issue.severity === 'error');
  return { ok, diffs: report.diffs, issues: report.issues };
}

/** Compares one block; returns the declared 人数汇总 (or the sum of the declared rows), null when unknown. */
function compareSection(
  report: _Report,
  declared: DeclaredConfirmationTable,
  computed: ConfirmationTable,
  section: _Section,
  unit: string,
  allComputed: readonly ConfirmationRow[],
): number | null {
  const block = computed[section];
  const declaredBlock = _hcProperty(declared, section);
  const byKey = new Map<string, ConfirmationRow>();
  for (const row of block.rows) byKey.set(_hcNameKey(row.name), row);
  const matched = new Set<ConfirmationRow>();
  const seen = new Map<string, number>();
  let sum: number | null = 0;
  _hcRows(declaredBlock).forEach((row, index) => {
    const base: PathSegment[] = [section, 'rows', index];
    const rawName = _hcProperty(row, 'name');
    const sheetRow = _hcProperty(row, 'row');
    const value = report.count(_hcProperty(row, 'count'), [...base, 'count'], block.countLabel, 'number of people');
    sum = value === null || sum === null ? null : sum + value;
    const key = _hcNameKey(rawName);
    const name = _hcDisplayName(rawName) || key;
    if (key === '') {
      report.count(undefined, [...base, 'name'], `${block.title}名称`, 'name');
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      report.add('duplicate_unit', 'error', [...base, 'name'], { path: name, otherRow: first });
      return;
    }
    seen.set(key, typeof sheetRow === 'number' ? sheetRow : index + 1);
    const match = byKey.get(key);
    if (!match) {
      report.diffs.push({
        kind: 'not_in_roster',
        section,
        name,
        declared: value,
        computed: null,
        declaredIndex: index,
      });
      const suggestions = suggest(key, allComputed);
      report.add('unknown_unit', value === 0 ? 'warning' : 'error', [...base, 'name'], {
        path: name,
        under: computed.unit,
        ...(suggestions.length ? { suggestions: suggestions.join('、'), suggestionList: suggestions } : {}),
      });
      return;
    }
    matched.add(match);
    if (value === match.count) return;
    report.diffs.push({
      kind: 'count',
      section,
      name: match.name,
      declared: value,
      computed: match.count,
      declaredIndex: index,
      path: match.path,
    });
    if (value !== null) {
      report.add('count_mismatch', 'error', [...base, 'count'], {
        name: match.name,
        declared: value,
        computed: match.count,
      });
    }
  });
  for (const row of block.rows) {
    if (matched.has(row)) continue;
    report.diffs.push({
      kind: 'not_declared',
      section,
      name: row.name,
      declared: null,
      computed: row.count,
      path: row.path,
    });
    report.add('count_mismatch', row.count > 0 ? 'error' : 'warning', [section], {
      name: row.name,
      declared: null,
      computed: row.count,
    });
  }
  const totalLabel = `${block.title}人数汇总`;
  const totalLabelEn = `${SECTION_EN[section]} total`;
  const total = _hcProperty(declaredBlock, 'total');
  if (total === undefined) return sum;
  const value = report.count(total, [section, 'total'], totalLabel, totalLabelEn);
  if (value !== null && sum !== null && value !== sum) {
    report.diffs.push({ kind: 'declared_sum', section, name: totalLabel, declared: value, computed: sum });
    report.add('rollup_mismatch', 'error', [section, 'total'], {
      unit,
      field: block.countLabel,
      fieldEn: `people in ${SECTION_EN[section]}`,
      declared: value,
      computed: sum,
    });
  }
  if (value !== block.total) {
    report.diffs.push({ kind: 'section_total', section, name: totalLabel, declared: value, computed: block.total });
    if (value !== null) {
      report.add('count_mismatch', 'error', [section, 'total'], {
        name: totalLabel,
        nameEn: totalLabelEn,
        declared: value,
        computed: block.total,
      });
    }
  }
  return value;
}

/** Computed rows whose names are close to an unknown declared one (行政审批局 → 行政审批服务局). */
function suggest(key: string, rows: readonly ConfirmationRow[]): string[] {
  return rows
    .map((row) => [_similarity(key, _hcNameKey(row.name)), row.name] as const)
    .filter(([score]) => score >= MIN_SIMILARITY)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map(([, name]) => name);
}
