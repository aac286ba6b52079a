import type { RecordOptions } from '../people/RecordOptions';
import type { EstablishmentType } from '../stats/EstablishmentRecord';

/**
 * A 发文字号 read by `parseDocumentNumber`: 机关代字〔年份〕序号 (GB/T 9704-2012 党政机关公文格式).
 *
 * @example
 * const number: DocumentNumber = { issuer: '百编办', year: 2017, serial: 11, text: '百编办〔2017〕11号' };
 */
export interface DocumentNumber {
  /** 发文机关代字: '百编办', '湘编办', '国办发'. */
  issuer: string;
  /** 年份 (four digits). */
  year: number;
  /** 发文顺序号. */
  serial: number;
  /** The canonical form: 机关代字〔年份〕序号号. */
  text: string;
}

/**
 * A function (职能) named by a document: by `id` (a stable key the caller keeps, e.g. from a 职能库), by
 * `name`, or both. A document that adds a function gives its name; one that removes it may give either.
 *
 * @example
 * const ref: FunctionRef = { id: 'F03', name: '负责全县社会组织登记管理' };
 */
export interface FunctionRef {
  id?: string;
  name?: string;
}

/** A function as a document adds it: its name, and optionally a stable id. */
export interface FunctionDefinition {
  id?: string;
  name: string;
}

/** A new number: `set` (核定为 N) or `delta` (核增 +N / 核减 −N). */
export type CountChange = { set: number; delta?: never } | { delta: number; set?: never };

/**
 * One change an approval document makes, by `type`:
 * - `add-function` / `remove-function`: 职能增加 / 取消;
 * - `transfer-function-in` / `transfer-function-out`: 职能划入 (from `department`) / 划出 (to `department`);
 * - `create-organ` / `rename-organ` (to `newName`) / `abolish-organ`: 内设机构设立 / 更名 / 撤销;
 * - `change-establishment`: 编制 of one type set to N or changed by ±N;
 * - `change-leader-posts`: 领导职数 (of one `post` such as 副局长, or `''` when the document gives a total) set or
 *   changed.
 *
 * @example
 * const changes: SanDingChange[] = [
 *   { type: 'add-function', function: { name: '负责全县社会组织登记管理' } },
 *   { type: 'transfer-function-out', function: { name: '负责救灾工作' }, department: '示例县应急管理局' },
 *   { type: 'rename-organ', organ: '社会事务股', newName: '社会事务和社会救助股' },
 *   { type: 'change-establishment', establishmentType: 'administrative', delta: 2 },
 *   { type: 'change-leader-posts', post: '副局长', set: 3 },
 * ];
 */
export type SanDingChange =
  | { type: 'add-function'; function: FunctionDefinition }
  | { type: 'remove-function'; function: FunctionRef }
  | { type: 'transfer-function-in'; function: FunctionDefinition; department: string }
  | { type: 'transfer-function-out'; function: FunctionRef; department: string }
  | { type: 'create-organ'; organ: string }
  | { type: 'rename-organ'; organ: string; newName: string }
  | { type: 'abolish-organ'; organ: string }
  | ({ type: 'change-establishment'; establishmentType: EstablishmentType } & CountChange)
  | ({ type: 'change-leader-posts'; post: string } & CountChange);

/** The kinds of change, as `SanDingChange['type']`. */
export type SanDingChangeType = SanDingChange['type'];

/**
 * An approval document (批文) of a department's 机构编制 history, validated by `validateApprovalDocument`.
 *
 * `scheme: true` marks a 三定规定 (定职能、定机构、定编制): a complete statement that replaces the state — its
 * functions, organs, establishment and leader posts are all the department has after it. Its removals,
 * abolitions, renamings and ±N changes refer to the state before it. `scheme: false` marks an adjustment
 * (调整批复), applied to the state as it stands.
 *
 * @example
 * const doc: ApprovalDocument = {
 *   issuer: '示例县机构编制委员会办公室', number: { issuer: '示编办', year: 2017, serial: 11, text: '示编办〔2017〕11号' },
 *   title: '关于调整示例县民政局机构编制的批复', date: '2017-03-01', scheme: false, current: false,
 *   amends: '示编办〔2010〕5号',
 *   changes: [{ type: 'change-establishment', establishmentType: 'administrative', delta: 2 }],
 * };
 */
export interface ApprovalDocument {
  /** 发文机关. */
  issuer: string;
  /** 文号. */
  number: DocumentNumber;
  /** 文件标题. */
  title: string;
  /** 发文日期, 'YYYY-MM-DD': the document applies from this day on. */
  date: string;
  /** True for a 三定规定 (a complete scheme), false for an adjustment. */
  scheme: boolean;
  /** True when marked as the 现行三定 (the scheme in force now). */
  current: boolean;
  /** The canonical number of the earlier document this one amends (修改、补充). */
  amends?: string;
  changes: SanDingChange[];
}

/**
 * One department's 机构编制 history: its approval documents, in any order.
 *
 * @example
 * const history: SanDingHistory = { department: '示例县/示例县民政局', documents: [scheme2010, reply2017] };
 */
export interface SanDingHistory {
  /** The department (主管部门), as a full unit path. */
  department: string;
  documents: ApprovalDocument[];
}

/**
 * Options of the document and history validators: the record options (`asOf` is "today" for dates and
 * document years in the future, `locale`, `path`).
 */
export type ApprovalDocumentOptions = RecordOptions;
