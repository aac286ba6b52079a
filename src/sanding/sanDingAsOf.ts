import type { Locale, PathSegment } from '../errors/Issue';
import { _asOfYmd, _formatYmd } from '../identifiers/_calendar';
import { validateDate } from '../people/validateDate';
import { _replayHistory } from './_replayHistory';
import { _SANDING_LABELS as L } from './_sanDingLabels';
import type { SanDingState } from './SanDingState';

/** Options of `sanDingAsOf`. */
export interface SanDingAsOfOptions {
  locale?: Locale;
  /** "Today" for the documents' dates (none may be later): a Date or 'YYYY-MM-DD'; default the current date in China. */
  asOf?: Date | string;
  /** Where the history sits in a larger structure; prefixes every issue path. */
  path?: PathSegment[];
}

/**
 * The 三定 of a department in force on `date` — functions, internal organs, establishment by type, leader
 * posts, the 三定规定 in force — derived by applying its approval documents in date order (same-day
 * documents by number, so the input order never matters). A 三定规定 (`scheme: true`) replaces the state;
 * an adjustment changes it. A document applies from its date on (inclusive). The history may be any
 * input (read as by `validateSanDingHistory`): documents with errors still apply their valid changes when
 * their date is readable, and `issues` holds every issue of the whole history, including the
 * inconsistencies the replay finds (paths `['documents', i, 'changes', j]`). `date` is a Date or a date as
 * forms write it; an invalid one is reported (path `['date']`) and today is used. Never throws.
 *
 * @example
 * const history = { department: '示例县/示例县民政局', documents: [
 *   { issuer: '示例县机构编制委员会', number: '示编〔2010〕5号', title: '示例县民政局三定规定', date: '2010-06-01',
 *     scheme: true, current: true, changes: [
 *       { type: 'add-function', function: '负责全县社会组织登记管理' },
 *       { type: 'create-organ', organ: '办公室' },
 *       { type: 'change-establishment', establishmentType: '行政编制', set: 10 },
 *       { type: 'change-leader-posts', post: '局长', set: 1 },
 *     ] },
 *   { issuer: '示例县机构编制委员会办公室', number: '示编办〔2017〕11号', title: '关于核增行政编制的批复',
 *     date: '2017-03-01', changes: [{ type: 'change-establishment', establishmentType: '行政编制', delta: 2 }] },
 * ] };
 * sanDingAsOf(history, '2016-12-31').establishment.administrative // 10
 * sanDingAsOf(history, '2017-03-01').establishment.administrative // 12
 * sanDingAsOf(history, '2017-03-01').organs.map((o) => o.name) // ['办公室']
 */
export function sanDingAsOf(history: unknown, date: unknown, options: SanDingAsOfOptions = {}): SanDingState {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const recordOptions = {
    locale,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.path ? { path: options.path } : {}),
  };
  const when = validateDate(date, { locale, allowFuture: true, ...L.asOf });
  const day = when.ok ? when.value : _formatYmd(_asOfYmd(options.asOf));
  const { reader, state } = _replayHistory(history, recordOptions, day);
  const dateIssues = (when.ok ? when.warnings : when.issues).map((issue) => ({
    ...issue,
    path: [...(options.path ?? []), 'date', ...issue.path],
  }));
  return { ...state!, issues: [...dateIssues, ...reader.issues] };
}
