import type { Issue } from '../errors/Issue';
import type { UnitTree } from '../units/UnitTree';

/** A person whose unit path did not resolve: listed, never dropped. */
export interface UnresolvedPerson {
  /** 0-based position of the person in the input. */
  index: number;
  /** The unit path as the person's record gives it. */
  unitPath: unknown;
  /**
   * Why it did not resolve (`unknown_unit` with `params.suggestions`, an ambiguous `path_without_root`, or
   * the path's own errors such as `required` or `empty_segment`); paths start with `[index, 'unitPath']`
   * (`[index]` when the path is read by `unitPathOf`).
   */
  issues: Issue[];
}

/** A written path that resolved with a warning (e.g. `path_without_root`), once per distinct text. */
export interface HeadcountWarning {
  /** The path as written. */
  unitPath: string;
  /** The node it was counted in. */
  id: number;
  /** How many people wrote it this way, and the first of them. */
  count: number;
  firstIndex: number;
  issues: Issue[];
}

/**
 * People counted per node of a unit tree. Counts are typed arrays indexed by node id, so memory follows
 * the units, not the people. Nothing is lost: `accepted + unresolved.length === rows`.
 */
export interface Headcount {
  /** The tree the ids refer to. */
  tree: UnitTree;
  /** People attached to the node itself, by node id. */
  own: Float64Array;
  /** People in the node's whole subtree (itself included), by node id. */
  total: Float64Array;
  /** People read. */
  rows: number;
  /** People counted in some node. */
  accepted: number;
  /** People not counted, with the reason, in input order. */
  unresolved: UnresolvedPerson[];
  /** Paths counted despite a doubt, one entry per distinct written path. */
  warnings: HeadcountWarning[];
  /** Problems of the input as a whole (`people` is not a list); empty in normal use. */
  issues: Issue[];
}

/** The counts of one node, as `headcountOf` returns them. */
export interface NodeHeadcount {
  id: number;
  name: string;
  path: string;
  /** People attached to the node itself. */
  own: number;
  /** People in its whole subtree. */
  total: number;
}
