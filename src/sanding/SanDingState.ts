import type { Issue } from '../errors/Issue';
import type { EstablishmentCounts } from '../stats/EstablishmentRecord';

/**
 * A function (职能) in force, with the document that set it.
 *
 * @example
 * const fn: SanDingFunction = { name: '负责全县社会组织登记管理', source: '示编〔2010〕5号', since: '2010-06-01' };
 */
export interface SanDingFunction {
  /** The caller's stable id, when the document gave one. */
  id?: string;
  name: string;
  /** 文号 of the document that added (or transferred in) the function. */
  source: string;
  /** Its date. */
  since: string;
  /** The department it was transferred from (划入). */
  from?: string;
}

/**
 * An internal organ (内设机构) in force.
 *
 * @example
 * const organ: SanDingOrgan = { name: '社会事务和社会救助股', source: '示编办〔2017〕11号', since: '2017-03-01',
 *   formerNames: ['社会事务股'] };
 */
export interface SanDingOrgan {
  name: string;
  /** 文号 of the document that created it (or last renamed it). */
  source: string;
  since: string;
  /** Earlier names, oldest first. */
  formerNames?: string[];
}

/**
 * The 三定 of a department on one date — functions, internal organs, establishment by type, leader posts —
 * as `sanDingAsOf` derives it from the history, with every issue of the history.
 *
 * @example
 * // { department: '示例县/示例县民政局', date: '2018-01-01', scheme: '示编〔2010〕5号', current: false,
 * //   functions: [{ name: '负责全县社会组织登记管理', … }], organs: [{ name: '办公室', … }],
 * //   establishment: { administrative: 12, 'political-legal': 0, 'public-institution': 0, worker: 2 },
 * //   leaderPosts: 4, leaderPostsByTitle: { 局长: 1, 副局长: 3 }, documents: ['示编〔2010〕5号', '示编办〔2017〕11号'],
 * //   issues: [] }
 */
export interface SanDingState {
  /** The department's full path. */
  department: string;
  /** The date of the state, 'YYYY-MM-DD'. */
  date: string;
  /** 文号 of the 三定规定 in force on the date (the latest scheme up to it), if any. */
  scheme?: string;
  /** True when that scheme is the one marked 现行三定. */
  current: boolean;
  functions: SanDingFunction[];
  organs: SanDingOrgan[];
  /** 核定编制 per type (the types of the establishment statistics). */
  establishment: EstablishmentCounts;
  /** 核定领导职数 in all. */
  leaderPosts: number;
  /** 领导职数 per post as the documents give them; `''` for numbers given without a post. */
  leaderPostsByTitle: Record<string, number>;
  /** The documents applied up to the date, in the order applied (文号, or 第 N 份文件 without one). */
  documents: string[];
  /**
   * Every issue of the history (not only up to the date): each document's own, then the inconsistencies
   * found by replaying them in date order, with paths such as `['documents', 2, 'changes', 0]`.
   */
  issues: Issue[];
}
