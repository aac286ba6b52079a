import { _tableOf } from '../codes/_codeTable';
import type { CodeOf } from '../codes/CodeTableId';
import { TABLE_JOB_POST } from '../codes/generated/codeTables';
import { _lookupCodeIn } from '../codes/lookupCode';
import type { _RecordReader } from '../people/_RecordReader';

/**
 * Ages (in whole years, as of `asOf`) at which a party member plausibly holds a student 工作岗位 (3x).
 * Wide on purpose, since adults return to study: graduate students 18–45, undergraduate and junior-college
 * students 15–35, secondary (中专, 高中, 技工学校) students 14–25. Outside them is a warning, not an error.
 */
const STUDENT_AGES: readonly { prefix: string; min: number; max: number }[] = [
  { prefix: '30', min: 18, max: 45 },
  { prefix: '31', min: 15, max: 35 },
  { prefix: '32', min: 15, max: 35 },
  { prefix: '33', min: 14, max: 25 },
  { prefix: '34', min: 14, max: 25 },
  { prefix: '35', min: 14, max: 25 },
];

/** Warns `implausible_student_age` at `jobPost` when a student post does not fit the member's age. */
export function _checkStudentAge(
  reader: _RecordReader,
  jobPost: CodeOf<'job-post'> | undefined,
  age: number | undefined,
) {
  if (jobPost === undefined || age === undefined) return;
  const range = STUDENT_AGES.find((r) => jobPost.startsWith(r.prefix));
  if (!range || (age >= range.min && age <= range.max)) return;
  reader.warn('implausible_student_age', ['jobPost'], {
    post: _lookupCodeIn(_tableOf(TABLE_JOB_POST), jobPost)?.name ?? jobPost,
    postCode: jobPost,
    age,
    min: range.min,
    max: range.max,
  });
}
