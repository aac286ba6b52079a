import type { Locale, PathSegment } from '../errors/Issue';

/** Options every record validator (validatePerson, validatePartyMember …) accepts. */
export interface RecordOptions {
  /** "Today" for date rules: a Date or 'YYYY-MM-DD'; default the current date in China. */
  asOf?: Date | string;
  /** Language of the messages; default 'zh-CN'. */
  locale?: Locale;
  /**
   * Print full ID and phone numbers in messages. Default false: messages show them masked
   * (敏感信息可用不可见), so a report can be shared without leaking them.
   */
  revealValues?: boolean;
  /** Where the record sits in a larger structure (e.g. `['members', 3]`); prefixes every issue path. */
  path?: PathSegment[];
}
