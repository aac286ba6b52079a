/**
 * Calendar dates as yyyymmdd integers: compared with `<`, computed without allocating, in China time
 * (UTC+8, no daylight saving since 1991), which is the date printed on Chinese documents.
 */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** True for a real Gregorian date. */
export function _isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) return day <= ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/** yyyymmdd of an epoch time, read in China time. */
export function _ymdFromEpochMs(ms: number): number {
  const date = new Date(ms + CHINA_OFFSET_MS);
  return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

let todayYmd = 0;
let callsSinceClock = 0;
let lastAsOfText = '';
let lastAsOfYmd = 0;

/**
 * The "today" of a rule as yyyymmdd: `asOf` as a Date (its China-time date) or 'YYYY-MM-DD' text; anything
 * else (including no value or an invalid date) means the current date.
 */
export function _asOfYmd(asOf: unknown): number {
  if (asOf === undefined) {
    // The hot boolean path calls this once per number: the clock is read every 256 calls only, so
    // "today" may lag midnight in China by those few calls.
    if ((++callsSinceClock & 255) !== 0 && todayYmd !== 0) return todayYmd;
    todayYmd = _ymdFromEpochMs(Date.now());
    return todayYmd;
  }
  if (typeof asOf === 'string') {
    if (asOf === lastAsOfText) return lastAsOfYmd;
    const m = ISO_DATE.exec(asOf);
    if (m && _isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      lastAsOfText = asOf;
      lastAsOfYmd = Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3]);
      return lastAsOfYmd;
    }
  } else if (asOf instanceof Date && !Number.isNaN(asOf.getTime())) {
    return _ymdFromEpochMs(asOf.getTime());
  }
  return _ymdFromEpochMs(Date.now());
}

/** 'YYYY-MM-DD' of a yyyymmdd integer. */
export function _formatYmd(ymd: number): string {
  const text = String(ymd).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
}
