const DAY_MS = 86_400_000;
const MAX_SERIAL = 2_958_465; // 9999-12-31
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The date of a spreadsheet serial number as 'YYYY-MM-DD', in the workbook's date system: 1900 (serial 1 =
 * 1900-01-01, with Lotus's phantom 1900-02-29 as serial 60, which is no date) or 1904 (serial 0 =
 * 1904-01-01, old Mac workbooks). The time of day is dropped. UTC arithmetic only, so the result is the
 * same in every time zone (SheetJS's own `cellDates` is a day off east of UTC). Undefined when out of range.
 */
export function _serialToDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // A time within a millisecond of midnight is float noise from the day after.
  const days = Math.floor(serial + 1e-8);
  if (days < (date1904 ? 0 : 1) || days > MAX_SERIAL || (!date1904 && days === 60)) return undefined;
  const ms = date1904 ? EPOCH_1904 + days * DAY_MS : EPOCH_1900 + (days < 60 ? days + 1 : days) * DAY_MS;
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
