import type { IssueCode } from '../errors/issueCodes';

/** Params of an issue as seen by a message function. */
export type MessageParams = Record<string, unknown>;

/** One message per issue code; `satisfies MessageDictionary` makes a missing code a compile error. */
export type MessageDictionary = Record<IssueCode, (params: MessageParams) => string>;
