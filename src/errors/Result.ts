import type { Issue } from './Issue';

/** A successful validation: the normalised value and any doubts about it. */
export interface Ok<T> {
  ok: true;
  value: T;
  warnings: Issue[];
}

/** A failed validation: every issue found, errors first. */
export interface Failure {
  ok: false;
  issues: Issue[];
}

/** What every `validateX` returns; it never throws. */
export type Result<T> = Ok<T> | Failure;
