import type { PathSegment } from '../errors/Issue';
import { _readArray } from '../party/_readArray';
import { _isBlank, _RecordReader } from '../people/_RecordReader';
import { validateDate } from '../people/validateDate';
import { validateText } from '../people/validateText';
import { _parseYesNo } from '../units/_parseYesNo';
import { _readChange } from './_readChange';
import { _SANDING_CATALOGS, _SANDING_LABELS as L } from './_sanDingLabels';
import type { ApprovalDocument, ApprovalDocumentOptions, DocumentNumber, SanDingChange } from './ApprovalDocument';
import { parseDocumentNumber } from './parseDocumentNumber';

/** What the replay needs of a document, read as far as it goes: a document with errors still has a place in time. */
export interface _ReadDocument {
  /** Position in the input. */
  index: number;
  /** 'YYYY-MM-DD'; undefined when the date has an error (the document cannot be placed in time). */
  date: string | undefined;
  number: DocumentNumber | undefined;
  scheme: boolean;
  current: boolean;
  amends: string | undefined;
  /** The changes without errors, with their positions. */
  changes: { index: number; change: SanDingChange }[];
  /** The whole document when it has no errors. */
  document: ApprovalDocument | undefined;
  /** How messages name it: its number, else its position. */
  label: { number: string; numberEn: string };
}

function readFlag(reader: _RecordReader, key: 'scheme' | 'current'): boolean {
  const flag = _parseYesNo(reader.raw(key));
  if (flag === null) {
    reader.error('invalid_format', [key], { ...L[key], reason: '应为“是”或“否”', reasonEn: 'expected yes or no' });
  }
  return flag === true;
}

/**
 * Reads one approval document field by field (path `options.path`); the reader holds every issue. Changes
 * are read one by one under `['changes', j]`.
 */
export function _readApprovalDocument(
  input: unknown,
  index: number,
  options: ApprovalDocumentOptions,
): { read: _ReadDocument; reader: _RecordReader } {
  const reader = new _RecordReader(input, _SANDING_CATALOGS, options, L.document);
  const read: _ReadDocument = {
    index,
    date: undefined,
    number: undefined,
    scheme: false,
    current: false,
    amends: undefined,
    changes: [],
    document: undefined,
    label: { number: `第 ${index + 1} 份文件`, numberEn: `document ${index + 1}` },
  };
  if (!reader.readable) return { read, reader };
  const locale = reader.locale;
  const asOf = options.asOf;
  const text = (max: number, label: { label: string; labelEn: string }) => (v: unknown) =>
    validateText(v, { locale, maxLength: max, ...label });
  const issuer = reader.field('issuer', L.issuer, text(100, L.issuer), true);
  read.date = reader.field(
    'date',
    L.date,
    (v) => validateDate(v, { locale, ...L.date, ...(asOf ? { asOf } : {}) }),
    true,
  );
  read.number = reader.field(
    'number',
    L.number,
    (v) =>
      parseDocumentNumber(v, {
        locale,
        ...(read.date ? { date: read.date } : {}),
        ...(asOf ? { asOf } : {}),
      }),
    true,
  );
  if (read.number) read.label = { number: read.number.text, numberEn: read.number.text };
  const title = reader.field('title', L.title, text(200, L.title), true);
  read.scheme = readFlag(reader, 'scheme');
  read.current = readFlag(reader, 'current');
  read.amends = reader.field('amends', L.amends, (v) => parseDocumentNumber(v, { locale, ...L.amends }), false)?.text;

  const raw = reader.raw('changes');
  const elements = _isBlank(raw) ? [] : _readArray(raw);
  if (!elements) reader.error('invalid_type', ['changes'], { ...L.changes, received: typeof raw });
  const base: PathSegment[] = options.path ?? [];
  (elements ?? []).forEach((element, j) => {
    const change = _readChange(element, { ...options, path: [...base, 'changes', j] }, reader.issues);
    if (change) read.changes.push({ index: j, change });
  });

  if (!reader.hasErrors && issuer !== undefined && title !== undefined && read.date && read.number) {
    const document: ApprovalDocument = {
      issuer,
      number: read.number,
      title,
      date: read.date,
      scheme: read.scheme,
      current: read.current,
      changes: read.changes.map(({ change }) => change),
    };
    if (read.amends !== undefined) document.amends = read.amends;
    read.document = document;
  }
  return { read, reader };
}
