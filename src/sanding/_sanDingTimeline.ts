import type { PathSegment } from '../errors/Issue';
import type { _RecordReader } from '../people/_RecordReader';
import type { _ReadDocument } from './_readApprovalDocument';

/**
 * The order documents apply in: by date, then (same day) by the number's year and serial, issuer and text,
 * then by input position. It depends on the documents only, so any input order replays the same way.
 */
export function _compareDocuments(a: _ReadDocument, b: _ReadDocument): number {
  if (a.date !== b.date) return (a.date ?? '') < (b.date ?? '') ? -1 : 1;
  const x = a.number;
  const y = b.number;
  if (x && y) {
    if (x.year !== y.year) return x.year - y.year;
    if (x.serial !== y.serial) return x.serial - y.serial;
    if (x.text !== y.text) return x.text < y.text ? -1 : 1;
  } else if (x || y) {
    return x ? -1 : 1;
  }
  return a.index - b.index;
}

/**
 * Checks across documents: repeated numbers, what `amends` points at, and the 现行三定 mark (exactly one
 * document, the newest 三定规定). Issues go to the history's reader at `['documents', i, …]`.
 */
export function _checkDocuments(reader: _RecordReader, reads: _ReadDocument[], ordered: _ReadDocument[]): void {
  const at = (doc: _ReadDocument, ...rest: PathSegment[]): PathSegment[] => ['documents', doc.index, ...rest];
  const byNumber = new Map<string, _ReadDocument>();
  for (const doc of reads) {
    if (!doc.number) continue;
    const first = byNumber.get(doc.number.text);
    if (first) {
      reader.error('duplicate_document', at(doc, 'number'), {
        ...doc.label,
        row: doc.index + 1,
        otherRow: first.index + 1,
      });
    } else byNumber.set(doc.number.text, doc);
  }
  for (const doc of reads) {
    if (doc.amends === undefined) continue;
    const target = byNumber.get(doc.amends);
    if (target === doc) {
      reader.error('invalid_format', at(doc, 'amends'), {
        label: '所修改的文件',
        labelEn: 'amended document',
        reason: '文件不能修改它自己',
        reasonEn: 'a document cannot amend itself',
      });
    } else if (!target) {
      reader.warn('unknown_document', at(doc, 'amends'), { ...doc.label, amends: doc.amends });
    } else if (doc.date && target.date && doc.date < target.date) {
      reader.error('amends_later_document', at(doc, 'date'), {
        ...doc.label,
        date: doc.date,
        amends: doc.amends,
        amendsDate: target.date,
      });
    }
  }
  checkCurrent(reader, reads, ordered, at);
}

function checkCurrent(
  reader: _RecordReader,
  reads: _ReadDocument[],
  ordered: _ReadDocument[],
  at: (doc: _ReadDocument, ...rest: PathSegment[]) => PathSegment[],
): void {
  const marked = reads.filter((doc) => doc.current);
  if (marked.length > 1) {
    reader.error('current_scheme_mismatch', at(marked[marked.length - 1]!, 'current'), {
      reason: 'multiple',
      count: marked.length,
      marked: marked.map((doc) => doc.label.number).join('、'),
      markedEn: marked.map((doc) => doc.label.numberEn).join(', '),
    });
  }
  for (const doc of marked) {
    if (!doc.scheme)
      reader.error('current_scheme_mismatch', at(doc, 'current'), { reason: 'not-scheme', ...doc.label });
  }
  const schemes = ordered.filter((doc) => doc.scheme);
  const newest = schemes[schemes.length - 1];
  if (!newest) {
    if (reads.length > 0) reader.warn('current_scheme_mismatch', ['documents'], { reason: 'missing' });
    return;
  }
  if (newest.current) return;
  const older = marked.find((doc) => doc.scheme);
  if (older) {
    reader.error('current_scheme_mismatch', at(older, 'current'), {
      reason: 'not-newest',
      ...older.label,
      newest: newest.label.number,
    });
  } else {
    reader.error('current_scheme_mismatch', at(newest, 'current'), { reason: 'unmarked', newest: newest.label.number });
  }
}
