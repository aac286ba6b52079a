import { _renderFromCatalogs } from '../errors/_renderFromCatalogs';
import type { Issue, Locale, Severity } from '../errors/Issue';
import type { IssueCode } from '../errors/issueCodes';
import { unitMessages } from '../locales/unitMessages';
import type { UnitKind } from '../units/UnitTree';
import { _EST_TYPE_NAMES, _EST_TYPES, _EST_LABELS as L } from './_estLabels';
import { _ownSubtotalMismatches, _sumCounts } from './_estRecord';
import type { EstablishmentCounts, EstablishmentRecord } from './EstablishmentRecord';
import type { EstablishmentFigures, EstablishmentUnit, NamedCounts } from './EstablishmentRollup';

// A figures row in a Float64Array: approved ×4, actual ×4, leader posts, leaders, 编外.
const APPROVED = 0;
const ACTUAL = 4;
const LEADER_POSTS = 8;
const LEADERS = 9;
const OUTSIDE = 10;
const F = 11;
/** A named-count row: actual ×4, leaders, 编外. */
export const _NAMED_SIZE = 6;
export const _NAMED_LEADERS = 4;
export const _NAMED_OUTSIDE = 5;

/** The codes the checks produce: recomputed by every merge, never copied from a part. */
export const _CHECK_CODES: ReadonlySet<IssueCode> = new Set([
  'over_establishment',
  'leader_posts_exceeded',
  'reported_actual_mismatch',
  'rollup_mismatch',
]);

/** The structure of one node, from a unit tree or from the parts of a merge. */
export interface _RollupNode {
  path: string;
  name: string;
  parentId: number | null;
  kind: UnitKind;
  virtual: boolean;
  childIds: readonly number[];
}

/** Everything the figures and checks are computed from: per node its record and what the roster counted. */
export interface _RollupInput {
  nodes: readonly _RollupNode[];
  records: readonly (EstablishmentRecord | undefined)[];
  /** `_NAMED_SIZE` numbers per node. */
  named: Float64Array;
  rosterCounted: Uint8Array;
  locale: Locale;
}

function counts(row: Float64Array, at: number): EstablishmentCounts {
  return {
    administrative: row[at]!,
    'political-legal': row[at + 1]!,
    'public-institution': row[at + 2]!,
    worker: row[at + 3]!,
  };
}

function figures(row: Float64Array, id: number): EstablishmentFigures {
  const o = id * F;
  const approved = counts(row, o + APPROVED);
  const actual = counts(row, o + ACTUAL);
  const vacancies = counts(row, o + APPROVED);
  for (const type of _EST_TYPES) vacancies[type] -= actual[type];
  const approvedSum = _sumCounts(approved);
  const actualSum = _sumCounts(actual);
  return {
    approved,
    actual,
    vacancies,
    approvedSum,
    actualSum,
    vacanciesSum: approvedSum - actualSum,
    leaderPosts: row[o + LEADER_POSTS]!,
    leaders: row[o + LEADERS]!,
    outside: row[o + OUTSIDE]!,
  };
}

function namedCounts(named: Float64Array, id: number): NamedCounts {
  const o = id * _NAMED_SIZE;
  return { actual: counts(named, o), leaders: named[o + _NAMED_LEADERS]!, outside: named[o + _NAMED_OUTSIDE]! };
}

/** A unit's record that counts: one that is not a 挂牌机构. */
function activeRecord(record: EstablishmentRecord | undefined): EstablishmentRecord | undefined {
  return record && !record.nameplate ? record : undefined;
}

/**
 * The figures of every node and the checks at every record unit, from the nodes' own data only, so a merge
 * that rebuilds that data gets exactly the single-pass result. Typed arrays by node id; the totals in one
 * reverse pass over the ids (parent id < child id), the scopes in one forward pass: no recursion.
 */
export function _finishRollup(input: _RollupInput): { units: EstablishmentUnit[]; checks: Issue[] } {
  const { nodes, records, named, rosterCounted } = input;
  const n = nodes.length;
  const own = new Float64Array(n * F);
  for (let id = 0; id < n; id++) {
    const record = activeRecord(records[id]);
    const o = id * F;
    const m = id * _NAMED_SIZE;
    _EST_TYPES.forEach((type, t) => {
      if (record) own[o + APPROVED + t] = record.approved[type];
      if (rosterCounted[id]) own[o + ACTUAL + t] = named[m + t]!;
      else if (record) own[o + ACTUAL + t] = record.actual?.[type] ?? 0;
    });
    if (record) own[o + LEADER_POSTS] = record.leaderPosts ?? 0;
    if (rosterCounted[id]) own[o + LEADERS] = named[m + _NAMED_LEADERS]!;
    else if (record) own[o + LEADERS] = record.leaders ?? 0;
    own[o + OUTSIDE] = named[m + _NAMED_OUTSIDE]!;
  }
  const total = own.slice();
  for (let id = n - 1; id >= 0; id--) {
    const parent = nodes[id]!.parentId;
    if (parent === null) continue;
    for (let k = 0; k < F; k++) total[parent * F + k]! += total[id * F + k]!;
  }
  // A 内设机构 or 挂牌机构 belongs to the establishment of the nearest record unit above it.
  const scopeOf = new Int32Array(n).fill(-1);
  const scope = new Float64Array(n * F);
  const namedScope = new Float64Array(n * _NAMED_SIZE);
  for (let id = 0; id < n; id++) {
    const node = nodes[id]!;
    const record = records[id];
    if (activeRecord(record)) scopeOf[id] = id;
    else if ((record?.nameplate || node.kind === 'department') && node.parentId !== null) {
      scopeOf[id] = scopeOf[node.parentId]!;
    }
    const s = scopeOf[id]!;
    if (s < 0) continue;
    for (let k = 0; k < F; k++) scope[s * F + k]! += own[id * F + k]!;
    for (let k = 0; k < _NAMED_SIZE; k++) namedScope[s * _NAMED_SIZE + k]! += named[id * _NAMED_SIZE + k]!;
  }
  const checks: Issue[] = [];
  const units: EstablishmentUnit[] = new Array(n);
  for (let id = 0; id < n; id++) {
    const node = nodes[id]!;
    const record = records[id];
    const unit: EstablishmentUnit = {
      id,
      parentId: node.parentId,
      childIds: [...node.childIds],
      path: node.path,
      name: node.name,
      kind: node.kind,
      virtual: node.virtual,
      rosterCounted: rosterCounted[id] === 1,
      named: namedCounts(named, id),
      own: figures(own, id),
      scopeId: scopeOf[id]! < 0 ? null : scopeOf[id]!,
      total: figures(total, id),
    };
    if (record) unit.record = record;
    if (activeRecord(record)) {
      unit.scope = figures(scope, id);
      _check(checks, input.locale, unit, record!, namedCounts(namedScope, id));
    }
    units[id] = unit;
  }
  return { units, checks };
}

function _check(
  checks: Issue[],
  locale: Locale,
  unit: EstablishmentUnit,
  record: EstablishmentRecord,
  namedScope: NamedCounts,
) {
  const scope = unit.scope!;
  const add = (code: IssueCode, severity: Severity, params: Record<string, unknown>) => {
    const full = { unit: unit.path, ...params };
    checks.push({
      code,
      severity,
      path: [unit.path],
      params: full,
      message: _renderFromCatalogs([unitMessages], locale, code, full),
    });
  };
  for (const type of _EST_TYPES) {
    const name = _EST_TYPE_NAMES[type];
    const typeParams = { type: name.label, typeEn: name.labelEn, typeCode: type };
    // 超编 is a finding about the unit, not an error in the data: a warning.
    if (scope.actual[type] > scope.approved[type]) {
      add('over_establishment', 'warning', {
        ...typeParams,
        approved: scope.approved[type],
        actual: scope.actual[type],
        over: scope.actual[type] - scope.approved[type],
      });
    }
    if (unit.rosterCounted && record.actual && record.actual[type] !== namedScope.actual[type]) {
      add('reported_actual_mismatch', 'error', {
        ...typeParams,
        reported: record.actual[type],
        named: namedScope.actual[type],
      });
    }
  }
  if (unit.rosterCounted && record.leaders !== undefined && record.leaders !== namedScope.leaders) {
    add('reported_actual_mismatch', 'error', {
      type: '领导职数',
      typeEn: 'leader posts',
      typeCode: 'leaders',
      reported: record.leaders,
      named: namedScope.leaders,
    });
  }
  if (record.leaderPosts !== undefined && scope.leaders > record.leaderPosts) {
    add('leader_posts_exceeded', 'warning', {
      approved: record.leaderPosts,
      actual: scope.leaders,
      over: scope.leaders - record.leaderPosts,
    });
  }
  for (const { field, declared, computed } of _ownSubtotalMismatches(record, scope.actualSum)) {
    const label = field === 'approved' ? L.ownApproved : L.ownActual;
    add('rollup_mismatch', 'error', { field: label.label, fieldEn: label.labelEn, declared, computed, scope: 'own' });
  }
  const declaredTotal = record.declared?.total;
  const totals = [
    ['approved', declaredTotal?.approved, unit.total.approvedSum, L.totalApproved],
    ['actual', declaredTotal?.actual, unit.total.actualSum, L.totalActual],
  ] as const;
  for (const [, declared, computed, label] of totals) {
    if (declared !== undefined && declared !== computed) {
      add('rollup_mismatch', 'error', {
        field: label.label,
        fieldEn: label.labelEn,
        declared,
        computed,
        scope: 'total',
      });
    }
  }
}
