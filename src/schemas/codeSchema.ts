import * as z from 'zod';
import type { CodeOf, CodeTableId } from '../codes/CodeTableId';
import { type ValidateCodeOptions, validateCode } from '../codes/validateCode';

/** Options of `codeSchema`: those of `validateCode` except the path, which zod supplies. */
export type CodeSchemaOptions = Omit<ValidateCodeOptions, 'path'>;

/**
 * A zod schema for a code table field: accepts what `findCode` accepts ('汉', '０１', '01 汉族') and outputs
 * the code; issues carry our message (Chinese by default) and, in `params.issueCode`, the library's issue code.
 * Works wherever a Standard Schema is accepted.
 *
 * @example
 * codeSchema('ethnicity').parse('汉')                       // '01'
 * codeSchema('sex').safeParse('3').error?.issues[0].message // '代码“3”不在性别代码表中'
 * z.object({ education: codeSchema('education', { label: '学历' }) })
 */
export function codeSchema<T extends CodeTableId>(tableId: T, options: CodeSchemaOptions = {}) {
  return z.unknown().transform((input, ctx): CodeOf<T> => {
    const result = validateCode(tableId, input, options);
    if (result.ok) return result.value.code;
    for (const issue of result.issues) {
      if (issue.severity !== 'error') continue;
      ctx.addIssue({
        code: 'custom',
        message: issue.message,
        input,
        params: { issueCode: issue.code, ...issue.params },
      });
    }
    return z.NEVER;
  });
}
