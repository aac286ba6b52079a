import type { Issue } from './Issue';

/**
 * Thrown by `assertX` functions; carries the issues as data.
 *
 * @example
 * try { assertUscc('abc') } catch (e) { if (e instanceof ValidationError) console.log(e.issues[0].code) }
 */
export class ValidationError extends Error {
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super(issues.map((issue) => issue.message).join('; ') || 'validation failed');
    this.name = 'ValidationError';
    this.issues = issues;
  }
}
