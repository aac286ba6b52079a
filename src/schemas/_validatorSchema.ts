import * as z from 'zod';
import type { Result } from '../errors/Result';

/**
 * A zod schema over any input that runs one of our validators: one zod issue per error, carrying our
 * message and `params.code` (the stable issue code); warnings do not fail the parse. Messages are built
 * by the validator, so the caller's zod locale (and `z.config`) is never involved.
 */
export function _validatorSchema<T, O, Out>(
  validate: (input: unknown, options: O) => Result<T>,
  output: (value: T) => Out,
  options: O,
) {
  return z.unknown().transform((input, ctx) => {
    const result = validate(input, options);
    if (result.ok) return output(result.value);
    for (const issue of result.issues) {
      if (issue.severity === 'error') {
        ctx.addIssue({ code: 'custom', message: issue.message, params: { code: issue.code, ...issue.params } });
      }
    }
    return z.NEVER;
  });
}
