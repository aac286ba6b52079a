/**
 * Whole years and months between calendar dates, on yyyymmdd integers: exact, free of time zones and of
 * the 24-hour days of Date arithmetic. A birthday falling on the later date counts (周岁 reached that day);
 * someone born on 29 February turns a year older on 1 March in common years.
 */

/** yyyymmdd of 'YYYY-MM-DD' (or 'YYYY-MM', read as the first of the month). */
export function _ymd(date: string): number {
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + (Number(date.slice(8, 10)) || 1);
}

/** Whole years from `from` to `to` (negative when `to` is earlier). */
export function _fullYears(from: number, to: number): number {
  return Math.floor((to - from) / 10_000);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function _fullMonths(from: number, to: number): number {
  const months =
    (Math.floor(to / 10_000) - Math.floor(from / 10_000)) * 12 +
    (Math.floor(to / 100) % 100) -
    (Math.floor(from / 100) % 100);
  return to % 100 < from % 100 ? months - 1 : months;
}
