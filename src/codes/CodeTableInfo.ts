import type { CodeTableId } from './generated/codeTables';

/**
 * How much of the source a table holds: every code of the edition, only the known part (upper levels
 * or children not public), or values the project defines itself where no public code list exists.
 */
export type CodeTableCompleteness = 'complete' | 'partial' | 'project-defined';

/**
 * Provenance of a code table, from codes/<id>/SOURCE.md.
 *
 * @example
 * getCodeTable('ethnicity')
 * // { id: 'ethnicity', name: '民族', nameEn: 'ethnic group', standard: 'GB/T 3304-1991', edition: '1991',
 * //   effective: '1992-04-01', completeness: 'complete', source: 'GB/T 3304-1991《…》', optionalSuffix: '族' }
 */
export interface CodeTableInfo {
  readonly id: CodeTableId;
  /** Chinese name, also the default field label in messages ('民族'). */
  readonly name: string;
  /** English name, the field label of English messages ('ethnic group'). */
  readonly nameEn: string;
  /** The standard or document the codes come from ('GB/T 3304-1991', '中组部 ZB64-2006', '项目自定义'). */
  readonly standard: string;
  /** Edition of that source ('1991', 'current', 'legacy'). */
  readonly edition: string;
  /** Date the edition took effect, 'YYYY-MM-DD', when known. */
  readonly effective?: string;
  readonly completeness: CodeTableCompleteness;
  /** Where the codes were taken from. */
  readonly source: string;
  /** A suffix forms may leave out of names ('族': '汉' finds 01 汉族). */
  readonly optionalSuffix?: string;
  /** The table holding the parents of this table's codes, when not itself ('uscc-category' → 'uscc-department'). */
  readonly parentTable?: CodeTableId;
  /** The older edition this table replaces ('job-post' → 'job-post-legacy'). */
  readonly supersedes?: CodeTableId;
  /** The newer edition that replaces this table. */
  readonly supersededBy?: CodeTableId;
}
