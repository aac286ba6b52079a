import type { Issue, Locale } from '../errors/Issue';
import { _RecordReader } from '../people/_RecordReader';
import { _EST_TYPE_NAMES, _EST_TYPES } from '../stats/_estLabels';
import { _asIterable } from '../stats/_estRecord';
import type { EstablishmentCounts, EstablishmentRecord, EstablishmentType } from '../stats/EstablishmentRecord';
import { validateEstablishmentRecord } from '../stats/validateEstablishmentRecord';
import { resolveUnitPath } from '../units/resolveUnitPath';
import type { UnitTree } from '../units/UnitTree';
import { _SANDING_CATALOGS, _SANDING_LABELS } from './_sanDingLabels';
import { _isUnitTree } from './_sanDingList';
import type { SanDingState } from './SanDingState';
import { sanDingAsOf } from './sanDingAsOf';

/** Options of `reconcileSanDing`. */
export interface ReconcileSanDingOptions {
  locale?: Locale;
  /** The date of the 三定 to compare (the records' date): a Date or 'YYYY-MM-DD'; default `asOf`, else today. */
  date?: Date | string;
  /** "Today" for the history's documents; default the current date in China. */
  asOf?: Date | string;
  /** The unit tree: record paths and the department are matched as resolved in it (a missing root, other separators). */
  tree?: UnitTree;
}

/** One figure that differs: 核定编制 of a type, or 核定领导职数. */
export interface SanDingDifference {
  field: EstablishmentType | 'leaderPosts';
  /** The number per 三定. */
  sanDing: number;
  /** The number in the establishment record. */
  record: number;
  /** record − sanDing. */
  difference: number;
}

/**
 * The establishment in force per 三定 set against the department's establishment record.
 *
 * @example
 * // { department: '示例县/示例县民政局', date: '2024-01-01', state: { … },
 * //   record: { unitPath: '示例县/示例县民政局', approved: { administrative: 11, … }, … }, recordIndex: 0,
 * //   differences: [{ field: 'administrative', sanDing: 12, record: 11, difference: -1 }], issues: [ … ] }
 */
export interface SanDingReconciliation {
  department: string;
  date: string;
  /** The 三定 on the date, with the history's own issues. */
  state: SanDingState;
  /** The department's record, when one was found. */
  record?: EstablishmentRecord;
  /** Its position among the records. */
  recordIndex?: number;
  differences: SanDingDifference[];
  /**
   * The records' own issues (paths `['records', i, …]`), `duplicate_unit` for a department reported twice,
   * and `establishment_mismatch` (error) per differing figure (path `['records', i, 'approved', type]` or
   * `['records', i, 'leaderPosts']`), or once at `['records']` when no record is the department's.
   */
  issues: Issue[];
}

/**
 * Compares the establishment in force per 三定 on a date (`sanDingAsOf`) with the department's 机构编制 record
 * of the statistics (`validateEstablishmentRecord`): 核定编制 per type, and 核定领导职数 when the record gives
 * it. Records may be any iterable (a whole county's records: the department's is picked by its unit path;
 * 挂牌机构 records are skipped, as they hold no establishment of their own). Never throws.
 *
 * @example
 * const result = reconcileSanDing(history, [
 *   { unitPath: '示例县/示例县民政局', approved: { 行政编制: 11, 工勤编制: 2 }, leaderPosts: 4 },
 * ], { date: '2024-01-01' });
 * result.differences // [{ field: 'administrative', sanDing: 12, record: 11, difference: -1 }]
 * result.issues[0].message // '示例县/示例县民政局：行政编制按三定为 12 名，编制统计中为 11 名'
 */
export function reconcileSanDing(
  history: unknown,
  records: unknown,
  options: ReconcileSanDingOptions = {},
): SanDingReconciliation {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const asOf = options.asOf !== undefined ? { asOf: options.asOf } : {};
  const state = sanDingAsOf(history, options.date ?? options.asOf ?? new Date(), { locale, ...asOf });
  const department = state.department;
  const reader = new _RecordReader({}, _SANDING_CATALOGS, { locale }, _SANDING_LABELS.history);
  const tree = _isUnitTree(options.tree) ? options.tree : undefined;
  const resolve = (path: string): string => {
    if (!tree) return path;
    const found = resolveUnitPath(tree, path, { locale });
    return found.ok ? found.value.path : path;
  };
  const target = resolve(department);
  const matches = (path: string) =>
    path === target || (!tree && (path.endsWith(`/${target}`) || target.endsWith(`/${path}`)));

  let record: EstablishmentRecord | undefined;
  let recordIndex: number | undefined;
  let index = -1;
  try {
    for (const input of recordList(records)) {
      index++;
      const result = validateEstablishmentRecord(input, { locale, path: ['records', index] });
      if (!result.ok) reader.issues.push(...result.issues);
      if (!result.ok || result.value.nameplate || department === '') continue;
      if (!matches(resolve(result.value.unitPath))) continue;
      if (record !== undefined) {
        reader.error('duplicate_unit', ['records', index, 'unitPath'], {
          path: department,
          otherRow: recordIndex! + 1,
        });
        continue;
      }
      record = result.value;
      recordIndex = index;
    }
  } catch {
    // An iterable that throws ends the records.
  }

  const differences: SanDingDifference[] = [];
  const params = { department, asOf: state.date };
  if (record === undefined || recordIndex === undefined) {
    if (department !== '') reader.error('establishment_mismatch', ['records'], { ...params, missing: true });
  } else {
    const compare = (field: SanDingDifference['field'], sanDing: number, value: number) => {
      if (sanDing === value) return;
      differences.push({ field, sanDing, record: value, difference: value - sanDing });
      const label = field === 'leaderPosts' ? { label: '领导职数', labelEn: 'leader posts' } : _EST_TYPE_NAMES[field];
      const path = field === 'leaderPosts' ? ['leaderPosts'] : ['approved', field];
      reader.error('establishment_mismatch', ['records', recordIndex!, ...path], {
        ...params,
        type: label.label,
        typeEn: label.labelEn,
        sanDing,
        record: value,
      });
    };
    const approved: EstablishmentCounts = record.approved;
    for (const type of _EST_TYPES) compare(type, state.establishment[type], approved[type]);
    if (record.leaderPosts !== undefined) compare('leaderPosts', state.leaderPosts, record.leaderPosts);
  }
  const result: SanDingReconciliation = { department, date: state.date, state, differences, issues: reader.issues };
  if (record !== undefined) {
    result.record = record;
    result.recordIndex = recordIndex!;
  }
  return result;
}

/** The records: an iterable, or one record on its own. */
function recordList(records: unknown): Iterable<unknown> {
  try {
    if (typeof records === 'object' && records !== null && !Array.isArray(records) && !(Symbol.iterator in records)) {
      return [records];
    }
    return _asIterable(records);
  } catch {
    return [];
  }
}
