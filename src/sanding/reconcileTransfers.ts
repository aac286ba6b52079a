import type { Issue, Locale, PathSegment } from '../errors/Issue';
import { _RecordReader } from '../people/_RecordReader';
import { _isIterable, _notAList } from '../units/_iterable';
import { parseUnitPath } from '../units/parseUnitPath';
import { resolveUnitPath } from '../units/resolveUnitPath';
import type { UnitTree } from '../units/UnitTree';
import { _findFunction } from './_findFunction';
import { _replayHistory } from './_replayHistory';
import { _SANDING_CATALOGS, _SANDING_LABELS } from './_sanDingLabels';
import { _isUnitTree } from './_sanDingList';
import type { FunctionRef } from './ApprovalDocument';
import type { SanDingFunction } from './SanDingState';

/** Options of `reconcileTransfers`. */
export interface ReconcileTransfersOptions {
  locale?: Locale;
  /** "Today" for the documents' dates, as in `sanDingAsOf`; default the current date in China. */
  asOf?: Date | string;
  /** The unit tree: the departments transfers name are matched as resolved in it (a missing root, other separators). */
  tree?: UnitTree;
  /**
   * How long the other department's documents may lag behind (days, default 365): a function transferred
   * out must be the receiving department's by then, and a function transferred in must be gone from the
   * sending department by then (the two sides are often recorded by different documents, months apart).
   */
  maxDaysApart?: number;
}

/** One 划入 or 划出 of a function, as a history records it, and what the other department's history says. */
export interface FunctionTransfer {
  /** `out`: 划出 from `department` to `otherDepartment`; `in`: 划入 into `department` from `otherDepartment`. */
  direction: 'out' | 'in';
  /** The department whose history records the transfer (its full path). */
  department: string;
  /** The other department as the document writes it. */
  otherDepartment: string;
  /** The position of the other department's history among the histories, when one matches. */
  otherHistory?: number;
  function: FunctionRef;
  /** 文号 of the document. */
  document: string;
  date: string;
  /**
   * `matched`: the other history agrees; `not-received` / `not-sent`: it does not (an issue says how);
   * `unchecked`: the other department has no history among those given (a body outside the set).
   */
  status: 'matched' | 'not-received' | 'not-sent' | 'unchecked';
  /** Where the change is: `[history, 'documents', i, 'changes', j]`. */
  path: PathSegment[];
}

/** What `reconcileTransfers` finds. */
export interface TransferReconciliation {
  /** Every transfer of every history, in input order. */
  transfers: FunctionTransfer[];
  /**
   * `transfer_not_received` and `transfer_not_sent` (errors), `duplicate_unit` for a department whose history is
   * given twice (the first is used), and unreadable histories or departments.
   */
  issues: Issue[];
}

interface _History {
  input: unknown;
  department: string;
}

const DEFAULT_MAX_DAYS_APART = 365;

/** 'YYYY-MM-DD' plus a number of days (UTC calendar arithmetic: no time zone can shift the day). */
function addDays(ymd: string, days: number): string {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * Checks the 职能划转 between departments across their 机构编制 histories (each as `validateSanDingHistory`
 * reads it): a function transferred out of A to B (划出) must be among B's functions within `maxDaysApart`
 * days of the document (`transfer_not_received`, error), and a function transferred into B from A (划入)
 * must be gone from A by then (`transfer_not_sent`, error: both departments would hold it). The other
 * department is found by its full path, by its name alone when one history has it, or through `tree`;
 * a transfer to or from a body with no history among those given is listed as `unchecked`. Each history's
 * own issues are not repeated (validate each with `validateSanDingHistory`); a history that cannot be read
 * or has no department is reported at `[index]`. `histories` may be any iterable. Never throws.
 *
 * @example
 * const result = reconcileTransfers([
 *   { department: '示例县/示例县民政局', documents: [scheme2010, {
 *     issuer: '示例县机构编制委员会办公室', number: '示编办〔2019〕3号', title: '关于职能划转的批复', date: '2019-03-01',
 *     changes: [{ type: '划出职能', function: '负责救灾工作', department: '示例县应急管理局' }] }] },
 *   { department: '示例县/示例县应急管理局', documents: [scheme2019WithoutIt] },
 * ]);
 * result.transfers[0].status // 'not-received'
 * result.issues[0].message
 * // '示例县/示例县民政局的示编办〔2019〕3号将职能“负责救灾工作”划出至示例县应急管理局，但示例县/示例县应急管理局截至 2020-02-29 的职能中没有该职能'
 */
export function reconcileTransfers(histories: unknown, options?: ReconcileTransfersOptions): TransferReconciliation {
  options = typeof options === 'object' && options !== null ? options : {};
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const recordOptions = { locale, ...(options.asOf !== undefined ? { asOf: options.asOf } : {}) };
  const maxDays =
    typeof options.maxDaysApart === 'number' && Number.isFinite(options.maxDaysApart) && options.maxDaysApart >= 0
      ? Math.floor(options.maxDaysApart)
      : DEFAULT_MAX_DAYS_APART;
  const tree = _isUnitTree(options.tree) ? options.tree : undefined;
  const reader = new _RecordReader({}, _SANDING_CATALOGS, { locale }, _SANDING_LABELS.history);
  const transfers: FunctionTransfer[] = [];
  if (!_isIterable(histories)) {
    return { transfers, issues: _notAList(histories, { label: '机构编制历史', labelEn: 'histories' }, locale) };
  }

  // Each history read once; the ones without a department cannot take part (reported).
  const list: _History[] = [];
  const replays: ReturnType<typeof _replayHistory>[] = [];
  try {
    for (const input of histories) {
      const index = list.length;
      const replay = _replayHistory(input, { ...recordOptions, path: [index] });
      const department = replay.department ?? '';
      list.push({ input, department });
      replays.push(replay);
      if (department === '') {
        const own = replay.reader.issues.filter(
          (issue) => issue.path.length === 1 || (issue.path.length === 2 && issue.path[1] === 'department'),
        );
        reader.issues.push(...own);
      }
    }
  } catch {
    // An iterable that throws ends the histories.
  }

  // The other department of a transfer: by full path (as resolved in the tree), else by a unique name or suffix.
  const resolve = (text: string): string => {
    const parsed = parseUnitPath(text, { locale });
    if (!parsed.ok) return text;
    if (tree) {
      const found = resolveUnitPath(tree, parsed.value.path, { locale });
      if (found.ok) return found.value.path;
    }
    return parsed.value.path;
  };
  const byPath = new Map<string, number>();
  list.forEach((history, index) => {
    if (history.department === '') return;
    const path = resolve(history.department);
    const first = byPath.get(path);
    // A department's history given twice: the first is the one transfers are checked against.
    if (first !== undefined) reader.error('duplicate_unit', [index, 'department'], { path, otherRow: first + 1 });
    else byPath.set(path, index);
  });
  const findHistory = (text: string): number | undefined => {
    const path = resolve(text);
    const exact = byPath.get(path);
    if (exact !== undefined) return exact;
    const candidates = [...byPath].filter(([department]) => department.endsWith(`/${path}`));
    return candidates.length === 1 ? candidates[0]![1] : undefined;
  };

  // States of a history on a day, replayed once each.
  const states = new Map<string, readonly SanDingFunction[]>();
  const functionsOf = (index: number, day: string): readonly SanDingFunction[] => {
    const key = `${index} ${day}`;
    let functions = states.get(key);
    if (!functions) {
      functions = _replayHistory(list[index]!.input, recordOptions, day).state?.functions ?? [];
      states.set(key, functions);
    }
    return functions;
  };

  replays.forEach((replay, index) => {
    const department = list[index]!.department;
    if (department === '') return;
    for (const doc of replay.reads) {
      if (doc.date === undefined) continue;
      for (const { index: changeIndex, change } of doc.changes) {
        if (change.type !== 'transfer-function-in' && change.type !== 'transfer-function-out') continue;
        const direction = change.type === 'transfer-function-out' ? 'out' : 'in';
        const path: PathSegment[] = [index, 'documents', doc.index, 'changes', changeIndex];
        const other = findHistory(change.department);
        const fn: FunctionRef = {};
        if (change.function.id !== undefined) fn.id = change.function.id;
        if (change.function.name !== undefined) fn.name = change.function.name;
        else if (fn.id !== undefined) {
          // A 划出 by id alone: the name is the one the department's own history gives it the day before.
          const known = functionsOf(index, addDays(doc.date, -1)).find((f) => f.id === fn.id);
          if (known) fn.name = known.name;
        }
        const transfer: FunctionTransfer = {
          direction,
          department,
          otherDepartment: change.department,
          function: fn,
          document: doc.label.number,
          date: doc.date,
          status: 'unchecked',
          path,
        };
        transfers.push(transfer);
        if (other === undefined || other === index) continue;
        transfer.otherHistory = other;
        const by = addDays(doc.date, maxDays);
        const held = _findFunction(functionsOf(other, by), fn) >= 0;
        const params = {
          number: doc.label.number,
          numberEn: doc.label.numberEn,
          department,
          other: list[other]!.department,
          written: change.department,
          name: fn.name ?? fn.id ?? '',
          by,
          days: maxDays,
        };
        if (direction === 'out' && !held) {
          transfer.status = 'not-received';
          reader.error('transfer_not_received', path, params);
        } else if (direction === 'in' && held) {
          transfer.status = 'not-sent';
          reader.error('transfer_not_sent', path, params);
        } else {
          transfer.status = 'matched';
        }
      }
    }
  });
  return { transfers, issues: reader.issues };
}
