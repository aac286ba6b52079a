import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _asOfYmd, _formatYmd, _isRealDate, _ymdFromEpochMs } from '../identifiers/_calendar';
import { recordMessages } from '../locales/recordMessages';

/** Options of `validateDate`. */
export interface DateOptions {
  /** 'day' (default) gives 'YYYY-MM-DD'; 'month' gives 'YYYY-MM' (失去联系日期 is year-month only). */
  precision?: 'day' | 'month';
  /** "Today": a Date or 'YYYY-MM-DD'; default the current date in China. */
  asOf?: Date | string;
  /** Accept dates after `asOf`. Default false (`future_date`). */
  allowFuture?: boolean;
  locale?: Locale;
  /** Field name in messages; default 日期 / date. */
  label?: string;
  labelEn?: string;
}

const DAY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

function parse(text: string, precision: 'day' | 'month'): number | undefined {
  let m = DAY.exec(text) ?? COMPACT_DAY.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year < MIN_YEAR || year > MAX_YEAR || !_isRealDate(year, month, day)) return undefined;
    return year * 10_000 + month * 100 + day;
  }
  if (precision !== 'month') return undefined;
  m = MONTH.exec(text) ?? COMPACT_MONTH.exec(text);
  if (!m) return undefined;
  const [year, month] = [Number(m[1]), Number(m[2])];
  return year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 ? undefined : year * 10_000 + month * 100 + 1;
}

/**
 * Reads a date as people write it on forms — 1990-01-01, 1990/1/1, 1990.01.01, 1990年1月1日, 19900101, a
 * Date (its date in China) — and returns 'YYYY-MM-DD', or 'YYYY-MM' with `precision: 'month'` (which also
 * takes 1990-01, 1990年1月, 199001). Spreadsheet serial numbers are the sheets adapter's business (it knows
 * the workbook's date system). Issues: `invalid_date`, `future_date`. Never throws.
 *
 * @example
 * validateDate('1990年1月2日') // { ok: true, value: '1990-01-02', warnings: [] }
 * validateDate('2020.3', { precision: 'month' }) // { ok: true, value: '2020-03', warnings: [] }
 * validateDate('1990-02-30').ok // false: invalid_date
 */
export function validateDate(input: unknown, options: DateOptions = {}): Result<string> {
  const precision = options.precision ?? 'day';
  const label = { label: options.label ?? '日期', labelEn: options.labelEn ?? 'date' };
  const issues = new _IssueCollector(label, [recordMessages], options.locale);
  let ymd: number | undefined;
  let shown: string;
  if (input instanceof Date) {
    const ms = input.getTime();
    ymd = Number.isNaN(ms) ? undefined : _ymdFromEpochMs(ms);
    shown = 'Invalid Date';
  } else if (typeof input === 'string' || (typeof input === 'number' && Number.isInteger(input) && input > 0)) {
    shown = String(input).normalize('NFKC').trim();
    if (shown === '') return issues.error('required').fail();
    ymd = parse(shown, precision);
  } else if (input === undefined || input === null) {
    return issues.error('required').fail();
  } else {
    return issues.error('invalid_type', { received: typeof input }).fail();
  }
  if (ymd === undefined) return issues.error('invalid_date', { value: shown, precision }).fail();
  const text = _formatYmd(ymd);
  const value = precision === 'month' ? text.slice(0, 7) : text;
  const asOf = _asOfYmd(options.asOf);
  // A month is in the future only when it starts after today.
  if (!options.allowFuture && ymd - (precision === 'month' ? ymd % 100 : 0) > asOf) {
    return issues.error('future_date', { date: value, asOf: _formatYmd(asOf) }).fail();
  }
  return issues.result(value);
}
