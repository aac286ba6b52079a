import { _readArray } from '../party/_readArray';
import { _isBlank, _RecordReader } from '../people/_RecordReader';
import type { RecordOptions } from '../people/RecordOptions';
import { parseUnitPath } from '../units/parseUnitPath';
import { type _ReadDocument, _readApprovalDocument } from './_readApprovalDocument';
import { _SanDingReplay } from './_SanDingReplay';
import { _SANDING_CATALOGS, _SANDING_LABELS as L } from './_sanDingLabels';
import { _checkDocuments, _compareDocuments } from './_sanDingTimeline';
import type { ApprovalDocument } from './ApprovalDocument';
import type { SanDingState } from './SanDingState';

/** A history read and replayed: every issue is in `reader`. */
export interface _ReplayedHistory {
  reader: _RecordReader;
  department: string | undefined;
  /** The documents as read, in input order. */
  reads: _ReadDocument[];
  /** The state on `date` (after every document dated up to it), when a date was asked for. */
  state: Omit<SanDingState, 'issues'> | undefined;
}

/**
 * Reads a history `{ department, documents }`, checks the documents against each other, replays them in
 * date order (documents whose date has an error cannot be placed and are left out) and takes the state on
 * `date` ('YYYY-MM-DD') on the way. The whole history is replayed whatever the date, so its issues are
 * the same for every date.
 */
export function _replayHistory(input: unknown, options: RecordOptions, date?: string): _ReplayedHistory {
  const reader = new _RecordReader(input, _SANDING_CATALOGS, options, L.history);
  const result: _ReplayedHistory = { reader, department: undefined, reads: [], state: undefined };
  if (!reader.readable) {
    if (date !== undefined) result.state = new _SanDingReplay(reader).snapshot('', date);
    return result;
  }
  const locale = reader.locale;
  result.department = reader.field(
    'department',
    L.department,
    (v) => {
      const parsed = parseUnitPath(v, { locale });
      return parsed.ok ? { ...parsed, value: parsed.value.path } : parsed;
    },
    true,
  );
  const raw = reader.raw('documents');
  const elements = _isBlank(raw) ? undefined : _readArray(raw);
  if (_isBlank(raw)) reader.error('required', ['documents'], { ...L.documents });
  else if (!elements) reader.error('invalid_type', ['documents'], { ...L.documents, received: typeof raw });
  const base = options.path ?? [];
  (elements ?? []).forEach((element, i) => {
    const { read, reader: docReader } = _readApprovalDocument(element, i, {
      ...options,
      path: [...base, 'documents', i],
    });
    reader.issues.push(...docReader.issues);
    result.reads.push(read);
  });
  const ordered = result.reads.filter((doc) => doc.date !== undefined).sort(_compareDocuments);
  _checkDocuments(reader, result.reads, ordered);
  const replay = new _SanDingReplay(reader);
  const department = result.department ?? '';
  for (const doc of ordered) {
    if (date !== undefined && result.state === undefined && doc.date! > date) {
      result.state = replay.snapshot(department, date);
    }
    replay.apply(doc);
  }
  if (date !== undefined && result.state === undefined) result.state = replay.snapshot(department, date);
  return result;
}

/** The documents of a history without errors, in input order (for the value of a valid history). */
export function _validDocuments(reads: _ReadDocument[]): ApprovalDocument[] {
  return reads.flatMap((doc) => (doc.document ? [doc.document] : []));
}
