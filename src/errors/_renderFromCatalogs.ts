import { commonMessages } from '../locales/commonMessages';
import type { MessageCatalog, MessageFunction } from '../locales/MessageDictionary';
import type { Locale } from './Issue';
import type { IssueCode } from './issueCodes';

// biome-ignore lint/suspicious/noExplicitAny: a catalog of any domain's codes
export type _AnyCatalog = MessageCatalog<any>;

/**
 * The message of a code from the common catalog or the given domain catalogs (a validator passes only
 * its own, so it bundles only the messages it can report). Falls back to the code itself, which the
 * contract tests treat as a missing message.
 */
export function _renderFromCatalogs(
  catalogs: readonly _AnyCatalog[],
  locale: Locale,
  code: IssueCode,
  params: Record<string, unknown>,
): string {
  let render: MessageFunction | undefined = (commonMessages[locale] as Record<string, MessageFunction>)[code];
  for (let i = 0; render === undefined && i < catalogs.length; i++) render = catalogs[i]![locale][code];
  return render ? render(params) : code;
}
