/**
 * Calendar dates as yyyymmdd integers: compared with `<`, computed without allocating, in China time
 * (UTC+8, no daylight saving since 1991), which is the date printed on Chinese documents.
 */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 86_400_000;

/** True for a real Gregorian date. */
export function _isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return day <= (leap ? 29 : 28);
  }
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/** yyyymmdd of an epoch time, read in China time (days-from-civil inverse, Howard Hinnant's algorithm). */
export function _ymdFromEpochMs(ms: number): number {
  const z = Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10_000 + month * 100 + day;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

let todayYmd = 0;
let callsSinceClock = 0;
let todayFrom = 0;
let todayUntil = 0;
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
    const now = Date.now();
    if (now >= todayFrom && now < todayUntil) return todayYmd;
    todayYmd = _ymdFromEpochMs(now);
    todayFrom = Math.floor((now + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
    todayUntil = todayFrom + DAY_MS;
    return todayYmd;
  }
  if (typeof asOf === 'string' && asOf === lastAsOfText) return lastAsOfYmd;
  if (asOf instanceof Date) {
    const ms = asOf.getTime();
    if (!Number.isNaN(ms)) return _ymdFromEpochMs(ms);
  } else if (typeof asOf === 'string') {
    const m = ISO_DATE.exec(asOf);
    if (m && _isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      lastAsOfText = asOf;
      lastAsOfYmd = Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3]);
      return lastAsOfYmd;
    }
  }
  return _ymdFromEpochMs(Date.now());
}

/** 'YYYY-MM-DD' of a yyyymmdd integer. */
export function _formatYmd(ymd: number): string {
  const y = Math.floor(ymd / 10_000);
  const m = Math.floor(ymd / 100) % 100;
  const d = ymd % 100;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
