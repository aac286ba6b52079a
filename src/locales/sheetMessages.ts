import { _labelEn, _labelZh, type MessageCatalog, type MessageParams } from './MessageDictionary';

const text = (value: unknown, fallback = ''): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;
const quoted = (value: unknown): string => (text(value) === '' ? '' : `“${text(value)}”`);
const quotedEn = (value: unknown): string => (text(value) === '' ? '' : ` "${text(value)}"`);

const FORMAT_ZH: Record<string, string> = {
  xls: '这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中“另存为” .xlsx 后再导入',
  xlsb: '这是 Excel 二进制工作簿（.xlsb），请在 Excel 中“另存为” .xlsx 后再导入',
  ods: '这是 OpenDocument 表格（.ods），请另存为 .xlsx 后再导入',
  docx: '这是 Word 文档，不是 Excel 工作簿',
};
const FORMAT_EN: Record<string, string> = {
  xls: 'this is a legacy Excel 97-2003 workbook (.xls); save it as .xlsx and import it again',
  xlsb: 'this is a binary Excel workbook (.xlsb); save it as .xlsx and import it again',
  ods: 'this is an OpenDocument spreadsheet (.ods); save it as .xlsx and import it again',
  docx: 'this is a Word document, not an Excel workbook',
};
const TOO_LARGE_ZH: Record<string, (p: MessageParams) => string> = {
  entries: (p) => `工作簿包含的部件过多（${text(p.actual, '过多')} 个，最多 ${text(p.max, '若干')} 个）`,
  size: (p) => `工作簿解压后过大（最多 ${text(p.max, '若干')} 字节）；请分批导入`,
  zip64: () => '工作簿超过 4 GB 或部件超过 65535 个',
};
const TOO_LARGE_EN: Record<string, (p: MessageParams) => string> = {
  entries: (p) =>
    `the workbook has too many parts (${text(p.actual, 'too many')}, at most ${text(p.max, 'the limit')})`,
  size: (p) =>
    `the workbook is too large once decompressed (at most ${text(p.max, 'the limit')} bytes); import it in parts`,
  zip64: () => 'the workbook is larger than 4 GB or has more than 65535 parts',
};
const HOSTILE_ZH: Record<string, string> = {
  xml_comment: '含有未闭合的 XML 注释（可使解析器长时间卡死）',
  comment_ref: '批注指向的不是单元格',
  utf16: '部件不是 UTF-8 编码',
};
const HOSTILE_EN: Record<string, string> = {
  xml_comment: 'it holds unclosed XML comments (which can stall the parser)',
  comment_ref: 'a comment points to something that is not a cell',
  utf16: 'a part is not UTF-8 encoded',
};

/** Messages of reading and writing workbooks. Split by domain so a validator bundles only the messages it can report. */
export const sheetMessages = {
  'zh-CN': {
    not_a_workbook: (p) => `无法读取：${FORMAT_ZH[text(p.detected)] ?? '文件不是 Excel 工作簿（.xlsx）'}`,
    workbook_encrypted: () => '工作簿设置了打开密码（已加密），请在 Excel 中取消密码后再导入',
    workbook_too_large: (p) => `无法读取：${(TOO_LARGE_ZH[text(p.reason)] ?? TOO_LARGE_ZH.size!)(p)}`,
    suspicious_compression: (p) =>
      `无法读取：部件${quoted(p.name)}的压缩比异常${p.ratio === undefined ? '' : `（${text(p.ratio)} 倍）`}，疑似“压缩炸弹”`,
    hostile_content: (p) =>
      `无法读取：工作簿${quoted(p.name)}${HOSTILE_ZH[text(p.reason)] ?? '含有异常内容'}，疑似恶意文件；请把数据复制到新的工作簿后再导入`,
    workbook_corrupt: () => '无法读取：工作簿已损坏，请在 Excel 中打开并另存后再导入',
    empty_workbook: () => '工作簿中没有任何数据',
    sheet_too_large: (p) =>
      `工作表${quoted(p.sheet)}的范围${text(p.ref) ? ` ${text(p.ref)} ` : ''}超出上限（最多 ${text(p.maxRows, '若干')} 行数据、${text(p.maxColumns, '若干')} 列）；请删除多余的行列，或分批导入`,
    wrong_template: (p) =>
      `工作表${quoted(p.sheet)}不是${quoted(p.title)}：表头中只找到 ${text(p.found, '0')} 个本表的列${p.suggestion ? `；它看起来是“${text(p.suggestion)}”，请选择对应的模板` : '，请使用本表的模板'}`,
    missing_column: (p) => `缺少必填列${quoted(p.label)}；请使用本表的模板，不要删除或改名该列`,
    duplicate_column: (p) =>
      `第 ${text(p.column, '?')} 列与第 ${text(p.otherColumn, '?')} 列都是${quoted(p.label)}，已使用第 ${text(p.otherColumn, '?')} 列，忽略第 ${text(p.column, '?')} 列`,
    unknown_column: (p) => `第 ${text(p.column, '?')} 列${quoted(p.header)}不属于本表，已忽略`,
    formula_cell: (p) =>
      `${_labelZh(p)}是公式${text(p.formula) ? `（=${text(p.formula)}）` : ''}，已按其计算结果读取；请核对或改为直接填写`,
    error_cell: (p) => `${_labelZh(p)}是错误值 ${text(p.value, '#N/A')}，请改为直接填写`,
  },
  en: {
    not_a_workbook: (p) =>
      `cannot read the file: ${FORMAT_EN[text(p.detected)] ?? 'it is not an Excel workbook (.xlsx)'}`,
    workbook_encrypted: () =>
      'the workbook is password-protected (encrypted); remove the password in Excel and import it again',
    workbook_too_large: (p) => `cannot read the file: ${(TOO_LARGE_EN[text(p.reason)] ?? TOO_LARGE_EN.size!)(p)}`,
    suspicious_compression: (p) =>
      `cannot read the file: part${quotedEn(p.name)} has an abnormal compression ratio${p.ratio === undefined ? '' : ` (${text(p.ratio)}:1)`}, like a zip bomb`,
    hostile_content: (p) =>
      `cannot read the file: ${HOSTILE_EN[text(p.reason)] ?? 'it holds abnormal content'}${p.name ? ` (part${quotedEn(p.name)})` : ''}; it may be malicious — copy the data into a new workbook and import that`,
    workbook_corrupt: () =>
      'cannot read the file: the workbook is damaged; open it in Excel, save it and import it again',
    empty_workbook: () => 'the workbook holds no data',
    sheet_too_large: (p) =>
      `sheet${quotedEn(p.sheet)} spans more than allowed${text(p.ref) ? ` (${text(p.ref)})` : ''}: at most ${text(p.maxRows, 'the limit of')} data rows and ${text(p.maxColumns, 'the limit of')} columns; delete the extra rows and columns or import in parts`,
    wrong_template: (p) =>
      `sheet${quotedEn(p.sheet)} is not the expected form: only ${text(p.found, '0')} of its columns are in the header${p.suggestionEn ? `; it looks like the ${text(p.suggestionEn)} form, choose that template` : "; use the form's template"}`,
    missing_column: (p) =>
      `the required column${quotedEn(p.labelEn)} is missing; use the form's template and keep that column`,
    duplicate_column: (p) =>
      `columns ${text(p.column, '?')} and ${text(p.otherColumn, '?')} are both${quotedEn(p.labelEn)}; column ${text(p.otherColumn, '?')} is used, column ${text(p.column, '?')} ignored`,
    unknown_column: (p) => `column ${text(p.column, '?')} is not part of this form and is ignored`,
    formula_cell: (p) => `${_labelEn(p)} is a formula; its computed value was read — check it or type the value`,
    error_cell: (p) => `${_labelEn(p)} holds the error value ${text(p.value, '#N/A')}; type the value instead`,
  },
} satisfies MessageCatalog<
  | 'not_a_workbook'
  | 'workbook_encrypted'
  | 'workbook_too_large'
  | 'suspicious_compression'
  | 'hostile_content'
  | 'workbook_corrupt'
  | 'empty_workbook'
  | 'sheet_too_large'
  | 'wrong_template'
  | 'missing_column'
  | 'duplicate_column'
  | 'unknown_column'
  | 'formula_cell'
  | 'error_cell'
>;
