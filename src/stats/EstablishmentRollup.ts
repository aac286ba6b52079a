import type { Issue } from '../errors/Issue';
import type { UnitKind } from '../units/UnitTree';
import type { EstablishmentCounts, EstablishmentRecord } from './EstablishmentRecord';

/**
 * 编制 and 实有人数 of one node, its scope or its subtree.
 *
 * @example
 * // { approved: { administrative: 12, … }, actual: { administrative: 13, … }, vacancies: { administrative: -1, … },
 * //   approvedSum: 14, actualSum: 15, vacanciesSum: -1, leaderPosts: 4, leaders: 4, outside: 2 }
 */
export interface EstablishmentFigures {
  /** 核定编制 per type. */
  approved: EstablishmentCounts;
  /** 实有人数 per type. */
  actual: EstablishmentCounts;
  /** 空编 per type: approved − actual (negative when over the establishment). */
  vacancies: EstablishmentCounts;
  approvedSum: number;
  actualSum: number;
  vacanciesSum: number;
  /** 核定领导职数. */
  leaderPosts: number;
  /** 实配领导. */
  leaders: number;
  /** 编外人员: roster people without an 编制类型. */
  outside: number;
}

/** What a named roster counted at one node: per type, leaders, 编外人员. */
export interface NamedCounts {
  actual: EstablishmentCounts;
  leaders: number;
  outside: number;
}

/** One node of an establishment rollup (ids, parent and children as in the unit tree: parent id < child id). */
export interface EstablishmentUnit {
  id: number;
  parentId: number | null;
  childIds: number[];
  /** Canonical full path: the key that merges rollups. */
  path: string;
  name: string;
  kind: UnitKind;
  virtual: boolean;
  /** The unit's record, when one was reported. */
  record?: EstablishmentRecord;
  /** True when the actual numbers come from a named roster (实名制) rather than the record. */
  rosterCounted: boolean;
  /** What the roster counted here (people listed under a 挂牌机构 are counted at its parent). */
  named: NamedCounts;
  /** The node's own numbers: its record (unless 挂牌) and, when roster-counted, its roster people. */
  own: EstablishmentFigures;
  /**
   * The id of the record unit whose establishment covers this node: the node itself when it has a record,
   * else the scope of its parent for a 内设机构 (部门) or a 挂牌机构; null for a unit without a record.
   */
  scopeId: number | null;
  /** For a unit with a record (not 挂牌): the unit with its 内设机构 — what its establishment is checked against. */
  scope?: EstablishmentFigures;
  /** The whole subtree: own + the children's totals. */
  total: EstablishmentFigures;
}

/**
 * The result of `rollupEstablishment` or `mergeRollups`: every node of the tree (parent before child), the
 * records left out and every issue.
 */
export interface EstablishmentRollup {
  units: EstablishmentUnit[];
  /** Names of the parts merged into this result (`source` of `rollupEstablishment`); empty when unnamed. */
  sources: string[];
  /** Records left out of the figures, with why: errors in the record, `unknown_unit`, `duplicate_unit`. */
  rejected: { index: number; record: unknown; issues: Issue[]; source?: string }[];
  /**
   * Roster people left out of the figures, each with its issue: an entry that is no record, a unit path that
   * does not resolve (`unknown_unit`), an unknown 编制类型 (`unknown_code`).
   */
  uncountedPeople: number;
  /**
   * Every issue: the records' and roster's own (paths `['records', i, …]`, `['roster', i, …]`), then the
   * checks at each unit (path `[unitPath]`, params `unit`): `over_establishment`, `leader_posts_exceeded`,
   * `reported_actual_mismatch`, `rollup_mismatch`, and `reported_twice` after a merge.
   */
  issues: Issue[];
}
