import type { Locale } from '../errors/Issue';
import type { IssueCode } from '../errors/issueCodes';

/** Params of an issue as seen by a message function. */
export type MessageParams = Record<string, unknown>;

/** Renders one message from the issue's params. */
export type MessageFunction = (params: MessageParams) => string;

/** One message per issue code; `satisfies MessageDictionary` makes a missing code a compile error. */
export type MessageDictionary = Record<IssueCode, MessageFunction>;

/** The messages of one domain's codes, in every locale. */
export type MessageCatalog<K extends IssueCode> = Record<Locale, Record<K, MessageFunction>>;

/** The field name in a Chinese message ('值' when the issue has none). */
export const _labelZh = (p: MessageParams): string => (typeof p.label === 'string' ? p.label : '值');

/** The field name in an English message ('value' when the issue has none). */
export const _labelEn = (p: MessageParams): string => (typeof p.labelEn === 'string' ? p.labelEn : 'value');

/**
 * Merges the catalogs of one locale into one dictionary. Called (marked pure where it is used) with the
 * catalogs themselves rather than spreading `catalog[locale]`, so a bundler can drop the whole dictionary
 * when only a validator with its own catalogs is imported — even from the single-file build in dist/.
 */
export function _mergeCatalogs<L extends Locale, C extends Record<L, Record<string, MessageFunction>>[]>(
  locale: L,
  ...catalogs: C
): _UnionToIntersection<C[number][L]> {
  return Object.assign({}, ...catalogs.map((catalog) => catalog[locale]));
}

/** A | B → A & B: the merged dictionary has every catalog's codes, so `satisfies MessageDictionary` checks them all. */
type _UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
