import * as z from 'zod';
import type { Result } from '../errors/Result';

/**
 * The one bridge from a library validator to zod (and so to Standard Schema): a schema over any input
 * that outputs the validator's value, or adds one zod issue per error with the issue's path, our message
 * (the caller's zod locale and `z.config` are never involved) and the issue's params plus
 * `params.issueCode`, the stable code. Warnings do not fail the parse.
 */
export function _validatorSchema<T, O, Out = T>(
  validate: (input: unknown, options: O) => Result<T>,
  options: O,
  output: (value: T) => Out = (value) => value as unknown as Out,
) {
  return z.unknown().transform((input, ctx): Out => {
    const result = validate(input, options);
    if (result.ok) return output(result.value);
    for (const issue of result.issues) {
      if (issue.severity !== 'error') continue;
      ctx.addIssue({
        code: 'custom',
        message: issue.message,
        path: issue.path,
        input,
        params: { ...issue.params, issueCode: issue.code },
      });
    }
    return z.NEVER;
  });
}
