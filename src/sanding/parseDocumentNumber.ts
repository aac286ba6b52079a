import { _IssueCollector } from '../errors/_IssueCollector';
import type { Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _asOfYmd } from '../identifiers/_calendar';
import { _readText } from '../identifiers/_normalize';
import { recordMessages } from '../locales/recordMessages';
import { sanDingMessages } from '../locales/sanDingMessages';
import { validateDate } from '../people/validateDate';
import type { DocumentNumber } from './ApprovalDocument';

/** Options of `parseDocumentNumber`. */
export interface DocumentNumberOptions {
  locale?: Locale;
  /** The document's date (Date or 'YYYY-MM-DD'): the year must not be after it. */
  date?: Date | string;
  /** "Today": a Date or 'YYYY-MM-DD'; default the current date in China. The year must not be after it. */
  asOf?: Date | string;
  label?: string;
  labelEn?: string;
}

// After NFKC: （） → (), ［］ → [], ﹝﹞ → 〔〕; 【】 and 〔〕 stay. Any of them may hold the year.
const BRACKET = /([〔[(【〖])(\d*)([〕\])】〗])/u;
const REST = /^(第)?(\d+)(号)?$/u;
const MIN_YEAR = 1900;

/**
 * Parses a 发文字号 written as 机关代字〔年份〕序号号 (GB/T 9704-2012: the year in full inside 六角括号 〔〕, the
 * serial without 第 and without leading zeros, followed by 号), e.g. 百编办〔2017〕11号. The year in [2017],
 * (2017), （2017）or 【2017】, a serial written 第11号, 011号 or without 号 are read with a
 * `nonstandard_document_number` warning and normalised. Errors (`invalid_format`): no 机关代字, no year, a year
 * not in four digits, no serial. With `date`, a year after the document's date is `document_year_mismatch`
 * (an earlier year is a warning); a year after `asOf` is `future_date`. Never throws.
 *
 * @example
 * parseDocumentNumber('百编办〔2017〕11号')
 * // { ok: true, value: { issuer: '百编办', year: 2017, serial: 11, text: '百编办〔2017〕11号' }, warnings: [] }
 * parseDocumentNumber('百编办[2017]11号').warnings[0].code // 'nonstandard_document_number'
 * parseDocumentNumber('百编办〔2018〕3号', { date: '2017-12-30' }).ok // false: document_year_mismatch
 */
export function parseDocumentNumber(input: unknown, options: DocumentNumberOptions = {}): Result<DocumentNumber> {
  const label = { label: options.label ?? '文号', labelEn: options.labelEn ?? 'document number' };
  const issues = new _IssueCollector(label, [sanDingMessages, recordMessages], options.locale);
  // A number already parsed (a normalised document validated again) is read from its text.
  const raw =
    typeof input === 'object' && input !== null && typeof (input as { text?: unknown }).text === 'string'
      ? (input as { text: string }).text
      : input;
  const read = _readText(raw);
  if (!read.ok) return issues.unreadable(read).fail();
  const text = read.text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
  const invalid = (reason: string, reasonEn: string) =>
    issues.error('invalid_format', { value: text, reason, reasonEn }).fail<DocumentNumber>();
  const bracket = BRACKET.exec(text);
  if (!bracket) return invalid('缺少用六角括号〔〕括入的年份', 'the year in brackets 〔〕 is missing');
  const issuer = text.slice(0, bracket.index);
  const yearText = bracket[2]!;
  const rest = text.slice(bracket.index + bracket[0].length);
  if (issuer === '') return invalid('缺少机关代字', 'the issuer code is missing');
  if (yearText === '') return invalid('缺少年份', 'the year is missing');
  if (yearText.length !== 4) return invalid('年份应写全四位', 'the year must have four digits');
  if (rest === '' || rest === '号' || rest === '第') return invalid('缺少发文顺序号', 'the serial number is missing');
  const tail = REST.exec(rest);
  if (!tail) return invalid('序号应为阿拉伯数字后加“号”', 'the serial must be digits followed by 号');
  const year = Number(yearText);
  const serial = Number(tail[2]);
  if (year < MIN_YEAR) return invalid('年份不合理', 'the year is implausible');
  if (!Number.isSafeInteger(serial) || serial === 0) return invalid('序号应从 1 起编', 'the serial starts at 1');

  const canonical = `${issuer}〔${year}〕${serial}号`;
  const reasons: [string, string][] = [];
  if (bracket[1] !== '〔' || bracket[3] !== '〕') reasons.push(['年份应使用六角括号〔〕', 'the year belongs in 〔〕']);
  if (tail[1]) reasons.push(['序号前不加“第”', 'no 第 before the serial']);
  if (tail[2]!.startsWith('0')) reasons.push(['序号不编虚位', 'no leading zeros in the serial']);
  if (!tail[3]) reasons.push(['序号后应加“号”', 'the serial ends with 号']);
  if (reasons.length > 0) {
    issues.warn('nonstandard_document_number', {
      value: text,
      canonical,
      reason: reasons.map(([zh]) => zh).join('；'),
      reasonEn: reasons.map(([, en]) => en).join('; '),
    });
  }
  if (options.date !== undefined) {
    const date = validateDate(options.date, { allowFuture: true });
    const dateYear = date.ok ? Number(date.value.slice(0, 4)) : undefined;
    if (date.ok && dateYear !== undefined && dateYear !== year) {
      const params = { year, date: date.value, later: year > dateYear };
      if (year > dateYear) issues.error('document_year_mismatch', params);
      else issues.warn('document_year_mismatch', params);
    }
  }
  const asOfYear = Math.floor(_asOfYmd(options.asOf) / 10_000);
  if (year > asOfYear) {
    issues.error('future_date', {
      label: `${label.label}年份`,
      labelEn: `year of the ${label.labelEn}`,
      date: year,
      asOf: asOfYear,
    });
  }
  return issues.result({ issuer, year, serial, text: canonical });
}
