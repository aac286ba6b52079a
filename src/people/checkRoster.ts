import { _renderFromCatalogs } from '../errors/_renderFromCatalogs';
import type { Issue, Locale, PathSegment } from '../errors/Issue';
import type { IssueCode } from '../errors/issueCodes';
import { _compactText } from '../identifiers/_normalize';
import { maskMobile } from '../identifiers/maskMobile';
import { maskResidentId } from '../identifiers/maskResidentId';
import { compactMobile } from '../identifiers/mobile';
import { recordMessages } from '../locales/recordMessages';

/**
 * What `checkRoster` reads from each record: a validated `Person` or `UnitAdmin` fits, with the row it came
 * from added when known (`{ ...person, row: 5 }`).
 */
export interface RosterRecord {
  /** The record's row in its sheet (Excel row number), for messages; default its position + 1. */
  row?: number;
  name?: string;
  /** 部门名称(全路径) of a `Person`. */
  unitPath?: string;
  /** 单位名称 of a `UnitAdmin`, used when there is no `unitPath`. */
  unitName?: string;
  idNumber?: string;
  mobile?: string;
}

/** Options of `checkRoster`. */
export interface RosterOptions {
  locale?: Locale;
  /** Print full ID and mobile numbers in messages; default false (masked, 敏感信息可用不可见). */
  revealValues?: boolean;
  /** Prefix of every issue path, e.g. `['persons']`. */
  path?: PathSegment[];
}

/** The findings over a whole roster. */
export interface RosterReport {
  /** False when any issue is an error. */
  ok: boolean;
  /** In record order; each on the later of the two records, naming the earlier one. */
  issues: Issue[];
}

interface FirstSeen {
  index: number;
  row: number;
  idKey: string | undefined;
  name: string | undefined;
  unit: string | undefined;
}

// Separators people put inside ID numbers; passports and permits are compared the same way.
const ID_SEPARATORS = /[-‐‑‒–—−_.·/()[\]]/g;

function text(record: object, key: keyof RosterRecord): string | undefined {
  try {
    const value = (record as Record<string, unknown>)[key];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}

function rowOf(record: object, index: number): number {
  try {
    const row = (record as RosterRecord).row;
    return typeof row === 'number' && Number.isSafeInteger(row) ? row : index + 1;
  } catch {
    return index + 1;
  }
}

/**
 * Checks a roster as a whole, which no single-record validator can: the same ID number on two records
 * (`duplicate_id_number`, error: one person entered twice, in one unit or in two) and the same mobile number
 * for two different people (`duplicate_mobile`, warning: different ID numbers, or different names when an ID
 * number is missing). ID numbers are compared in compact upper-case form ('11010519491231002x' and
 * '110105 19491231 002X' are the same). Each issue sits on the later record, naming the earlier one: path
 * `[...options.path, index, 'idNumber' | 'mobile']` where `index` is the record's 0-based position in the
 * input; params `row`, `otherRow` (the records' `row`, default position + 1), `unit`, `otherUnit`, `name`,
 * `otherName`, and `number` (masked unless `revealValues`). Takes any iterable (an array, a generator over a
 * sheet); entries that are not objects are skipped. Time and memory are linear: one map entry per distinct
 * ID number and mobile number. Never throws on bad records.
 *
 * @example
 * checkRoster([
 *   { row: 2, name: '张三', unitPath: '示例县/民政局', idNumber: '11010519491231002X', mobile: '13812345678' },
 *   { row: 3, name: '李四', unitPath: '示例县/财政局', idNumber: '11010519491231002x', mobile: '13812345678' },
 * ]).issues.map((i) => i.message)
 * // ['证件号码 110105********002X 重复：第 3 行（示例县/财政局）与第 2 行（示例县/民政局）相同']
 */
export function checkRoster(
  records: Iterable<RosterRecord | null | undefined>,
  options: RosterOptions = {},
): RosterReport {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const base = options.path ?? [];
  const issues: Issue[] = [];
  const byId = new Map<string, FirstSeen>();
  const byMobile = new Map<string, FirstSeen>();
  const add = (code: IssueCode, index: number, key: string, params: Record<string, unknown>) => {
    const severity = code === 'duplicate_id_number' ? 'error' : 'warning';
    const message = _renderFromCatalogs([recordMessages], locale, code, params);
    issues.push({ code, severity, path: [...base, index, key], params, message });
  };
  let index = -1;
  // Not an iterable at all: nothing to compare (the records themselves are checked by their validators).
  if (!isIterable(records)) return { ok: true, issues };
  for (const record of records) {
    index++;
    if (typeof record !== 'object' || record === null) continue;
    const idNumber = text(record, 'idNumber');
    const mobile = text(record, 'mobile');
    if (idNumber === undefined && mobile === undefined) continue;
    const seen: FirstSeen = {
      index,
      row: rowOf(record, index),
      idKey: idNumber === undefined ? undefined : _compactText(idNumber, ID_SEPARATORS),
      name: text(record, 'name')?.trim(),
      unit: text(record, 'unitPath') ?? text(record, 'unitName'),
    };
    const pair = (first: FirstSeen) => ({
      row: seen.row,
      otherRow: first.row,
      ...(seen.unit === undefined ? {} : { unit: seen.unit }),
      ...(first.unit === undefined ? {} : { otherUnit: first.unit }),
      ...(seen.name === undefined ? {} : { name: seen.name }),
      ...(first.name === undefined ? {} : { otherName: first.name }),
    });
    if (seen.idKey !== undefined && seen.idKey !== '') {
      const first = byId.get(seen.idKey);
      if (first) {
        const number = options.revealValues ? seen.idKey : maskResidentId(seen.idKey);
        add('duplicate_id_number', index, 'idNumber', { ...pair(first), number });
      } else byId.set(seen.idKey, seen);
    }
    const mobileKey = mobile === undefined ? '' : compactMobile(mobile);
    if (mobileKey !== '') {
      const first = byMobile.get(mobileKey);
      if (!first) byMobile.set(mobileKey, seen);
      else if (!samePerson(first, seen)) {
        const number = options.revealValues ? mobileKey : maskMobile(mobileKey);
        add('duplicate_mobile', index, 'mobile', { ...pair(first), number });
      }
    }
  }
  return { ok: !issues.some((issue) => issue.severity === 'error'), issues };
}

function isIterable(value: unknown): value is Iterable<unknown> {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null) return false;
  try {
    return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  } catch {
    return false;
  }
}

/** Two records of one person: the same ID number, or, when either lacks one, the same name. */
function samePerson(a: FirstSeen, b: FirstSeen): boolean {
  if (a.idKey && b.idKey) return a.idKey === b.idKey;
  return a.name === b.name;
}
