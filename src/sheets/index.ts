// Public API of cn-orgdata/sheets: the only code that knows a workbook. Flat named exports only.

export { getTemplate } from './getTemplate';
export type { ReadWorkbookResult, ReadWorkbookStats, RejectedRow, SheetRecord } from './ReadWorkbookResult';
export { type ReadWorkbookOptions, readWorkbook } from './readWorkbook';
export type { SheetIssue } from './SheetIssue';
export type {
  SheetsCell,
  SheetsRange,
  SheetsReadOptions,
  SheetsWorkBook,
  SheetsWorkSheet,
  SheetsWriteOptions,
  SheetsXlsx,
} from './SheetsXlsx';
export type {
  SheetCellType,
  SheetChoice,
  SheetColumn,
  SheetTemplate,
  SheetValidateOptions,
} from './SheetTemplate';
export { isTemplateId, TEMPLATE_IDS, type TemplateId } from './TemplateId';
export type { TemplateRecords } from './TemplateRecords';
export type { UnitInfoRecord } from './templates/unitInfo';
export { INSTRUCTIONS_SHEET, type WriteTemplateOptions, writeTemplate } from './writeTemplate';
