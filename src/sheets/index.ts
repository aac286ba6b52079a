// Public API of cn-orgdata/sheets: the only code that knows a workbook. Flat named exports only.
import { ISSUE_CODES } from 'cn-orgdata';

/** Placeholder until the adapter lands: the issue codes the sheets report uses. */
export const SHEET_ISSUE_CODES = ISSUE_CODES;
