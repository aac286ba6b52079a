import type { Locale } from 'cn-orgdata';
import { _SheetBuilder, _sheetName, _writeBook } from './_SheetBuilder';
import { _maskCellText } from './_sheetIssue';
import type { ReadWorkbookResult } from './ReadWorkbookResult';
import type { SheetIssue } from './SheetIssue';
import type { SheetsWorkSheet, SheetsXlsx } from './SheetsXlsx';
import type { SheetColumn } from './SheetTemplate';
import { _TEMPLATES } from './templates/_registry';

/** Options of `writeReport`. */
export interface WriteReportOptions {
  /** The SheetJS module (`import * as XLSX from 'xlsx'`) or a patched build. */
  xlsx: SheetsXlsx;
  /**
   * More issues to list with the read's: those of checks over the records (`checkRoster`, `countHeadcount`,
   * `reconcileConfirmation`), placed at their cells by `locateIssues`.
   */
  issues?: readonly SheetIssue[];
  /** Show full ID and phone numbers; default false (敏感信息可用不可见: masked). */
  revealValues?: boolean;
  /** A line at the top of the summary, e.g. the file's name. */
  title?: string;
  /** Language of the report's own labels; default 'zh-CN' (messages are as the read rendered them). */
  locale?: Locale;
}

const LABELS = {
  'zh-CN': {
    issues: '问题清单',
    summary: '汇总',
    rejected: '未通过的行',
    issueHeader: ['序号', '工作表', '行', '列', '列名', '单元格内容', '问题说明', '严重程度', '问题代码'],
    error: '错误',
    warning: '警告',
    title: '数据检查报告',
    stats: [
      ['模板', 'template'],
      ['工作表', 'sheet'],
      ['表头所在行', 'headerRow'],
      ['数据行数', 'rows'],
      ['通过', 'accepted'],
      ['未通过', 'rejected'],
      ['空行', 'blank'],
    ],
    errors: '错误数',
    warnings: '警告数',
    byCode: ['问题代码', '示例说明', '错误', '警告'],
    row: '行',
    problems: '问题',
    none: '未发现问题。',
  },
  en: {
    issues: 'Issues',
    summary: 'Summary',
    rejected: 'Rejected rows',
    issueHeader: ['#', 'Sheet', 'Row', 'Column', 'Header', 'Cell text', 'Problem', 'Severity', 'Code'],
    error: 'error',
    warning: 'warning',
    title: 'Data check report',
    stats: [
      ['Template', 'template'],
      ['Sheet', 'sheet'],
      ['Header row', 'headerRow'],
      ['Data rows', 'rows'],
      ['Accepted', 'accepted'],
      ['Rejected', 'rejected'],
      ['Blank', 'blank'],
    ],
    errors: 'Errors',
    warnings: 'Warnings',
    byCode: ['Code', 'Example', 'Errors', 'Warnings'],
    row: 'Row',
    problems: 'Problems',
    none: 'No issues found.',
  },
} as const;

type _Labels = (typeof LABELS)[Locale];

/** The template's columns by field, when the read names its template. */
function columnsOf(read: ReadWorkbookResult<unknown>): Map<string, SheetColumn> {
  const template = read.stats.template === undefined ? undefined : _TEMPLATES[read.stats.template];
  return new Map(template?.columns.map((c) => [c.field, c]) ?? []);
}

function issuesSheet(issues: readonly SheetIssue[], columns: Map<string, SheetColumn>, reveal: boolean, L: _Labels) {
  const sheet = new _SheetBuilder();
  L.issueHeader.forEach((label, c) => {
    sheet.label(0, c, label);
  });
  issues.forEach((issue, i) => {
    const r = i + 1;
    sheet.number(r, 0, r);
    if (issue.sheet !== undefined) sheet.text(r, 1, issue.sheet);
    if (issue.row !== undefined) sheet.number(r, 2, issue.row);
    if (issue.column !== undefined) sheet.label(r, 3, issue.column);
    const header = issue.header ?? (issue.field === undefined ? undefined : columns.get(issue.field)?.label);
    if (header !== undefined) sheet.text(r, 4, header);
    if (issue.cellText !== undefined) {
      const sensitive = issue.field !== undefined && columns.get(issue.field)?.sensitive === true;
      sheet.text(r, 5, sensitive && !reveal ? _maskCellText(issue.cellText) : issue.cellText);
    }
    sheet.text(r, 6, issue.message);
    sheet.label(r, 7, issue.severity === 'error' ? L.error : L.warning);
    sheet.label(r, 8, issue.code);
  });
  if (issues.length === 0) sheet.label(1, 0, L.none);
  const built = sheet.build([6, 20, 6, 5, 20, 24, 60, 8, 22]);
  built['!autofilter'] = { ref: `A1:I${issues.length + 1}` };
  return built;
}

function summarySheet(read: ReadWorkbookResult<unknown>, issues: readonly SheetIssue[], title: string, L: _Labels) {
  const sheet = new _SheetBuilder();
  sheet.text(0, 0, title);
  sheet.merge(0, 0, 0, 3);
  let r = 2;
  const stats = read.stats as unknown as Record<string, unknown>;
  for (const [label, key] of L.stats) {
    const value = stats[key];
    if (value === undefined) continue;
    sheet.label(r, 0, label);
    if (typeof value === 'number') sheet.number(r, 1, value);
    else sheet.text(r, 1, key === 'template' && typeof value === 'string' ? templateTitle(value) : String(value));
    r++;
  }
  const byCode = new Map<string, { message: string; error: number; warning: number }>();
  for (const issue of issues) {
    const entry = byCode.get(issue.code) ?? { message: issue.message, error: 0, warning: 0 };
    entry[issue.severity]++;
    byCode.set(issue.code, entry);
  }
  const count = (severity: 'error' | 'warning') => issues.filter((i) => i.severity === severity).length;
  sheet.label(r, 0, L.errors);
  sheet.number(r++, 1, count('error'));
  sheet.label(r, 0, L.warnings);
  sheet.number(r++, 1, count('warning'));
  r++;
  L.byCode.forEach((label, c) => {
    sheet.label(r, c, label);
  });
  r++;
  for (const [code, entry] of [...byCode].sort((a, b) => b[1].error - a[1].error || b[1].warning - a[1].warning)) {
    sheet.label(r, 0, code);
    sheet.text(r, 1, entry.message);
    sheet.number(r, 2, entry.error);
    sheet.number(r++, 3, entry.warning);
  }
  return sheet.build([22, 60, 8, 8]);
}

function templateTitle(id: string): string {
  return Object.hasOwn(_TEMPLATES, id) ? `${_TEMPLATES[id as keyof typeof _TEMPLATES].title}（${id}）` : id;
}

/** The rejected rows with their cells as written (sensitive ones masked) and their problems. */
function rejectedSheet(
  read: ReadWorkbookResult<unknown>,
  columns: Map<string, SheetColumn>,
  reveal: boolean,
  L: _Labels,
) {
  const sheet = new _SheetBuilder();
  const fields = [...new Set(read.rejected.flatMap((r) => Object.keys(r.cells)))];
  const label = (field: string) => {
    const column = columns.get(field);
    return column ? (column.group ? `${column.group}·${column.label}` : column.label) : field;
  };
  [L.row, ...fields.map(label), L.problems].forEach((text, c) => {
    sheet.label(0, c, text);
  });
  read.rejected.forEach((rejected, i) => {
    const r = i + 1;
    sheet.number(r, 0, rejected.row);
    fields.forEach((field, c) => {
      const text = Object.hasOwn(rejected.cells, field) ? rejected.cells[field]! : '';
      if (text === '') return;
      sheet.text(r, c + 1, columns.get(field)?.sensitive && !reveal ? _maskCellText(text) : text);
    });
    const own = rejected.issues.filter((issue) => issue.row === undefined || issue.row === rejected.row);
    const problems = (own.length > 0 ? own : rejected.issues).map((issue) =>
      issue.column ? `${issue.column}${issue.row ?? ''}：${issue.message}` : issue.message,
    );
    sheet.text(r, fields.length + 1, problems.join('\n'));
  });
  return sheet.build([6, ...fields.map((f) => Math.min(Math.max(columns.get(f)?.width ?? 12, 8), 40)), 60]);
}

/**
 * Writes the result of a read as a workbook a clerk can fix the file from: a 问题清单 sheet with one row per
 * issue (sheet, Excel row, column letter, header, the cell's text, what is wrong, 错误/警告, code; a filter
 * on the header), a 汇总 sheet with the counts (rows, accepted, rejected, blank, errors and warnings, each
 * code with an example message), and, when rows were rejected, a 未通过的行 sheet with their cells and
 * problems. ID and phone numbers stay masked unless `revealValues`; text from the file is written guarded
 * against formula injection. `issues` adds the issues of checks over the records (see `locateIssues`).
 *
 * @example
 * import * as XLSX from 'xlsx';
 * const read = await readWorkbook(bytes, 'unit-users', { xlsx: XLSX });
 * writeFileSync('检查报告.xlsx', writeReport(read, { xlsx: XLSX, title: '示例县民政局 单位用户信息表' }));
 */
export function writeReport(read: ReadWorkbookResult<unknown>, options: WriteReportOptions): Uint8Array {
  const L = LABELS[options.locale === 'en' ? 'en' : 'zh-CN'];
  const reveal = options.revealValues === true;
  const columns = columnsOf(read);
  const issues = [...read.issues, ...(options.issues ?? [])];
  // Workbook-level issues first, then by row; the sort is stable, so a row's issues keep their column order.
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const used = new Set<string>();
  const sheets: [string, SheetsWorkSheet][] = [
    [_sheetName(L.issues, used), issuesSheet(issues, columns, reveal, L)],
    [_sheetName(L.summary, used), summarySheet(read, issues, options.title ?? L.title, L)],
  ];
  if (read.rejected.length > 0) sheets.push([_sheetName(L.rejected, used), rejectedSheet(read, columns, reveal, L)]);
  return _writeBook(options.xlsx, sheets);
}
