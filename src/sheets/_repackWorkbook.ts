import { _crc32 } from './_crc32';
import { _inflateRaw } from './_inflateRaw';
import { _badCommentRef, _hasUnclosedComment, _isUtf16 } from './_xmlGuards';
import { _scanZip, type _ZipCaps, type _ZipEntry, type _ZipProblem } from './_zipScan';

/** Why a workbook is refused: a zip problem or hostile content. */
export interface _PackageProblem {
  ok: false;
  code: _ZipProblem['code'] | 'hostile_content';
  params: Record<string, unknown>;
}

// The parts a sheet's cells need. Everything else (comments, drawings, media, macros, document properties,
// themes, external links) is dropped unread: less to parse, less attack surface.
// [Content_Types].xml is written afresh for the kept parts (SheetJS fails on a listed part that is missing).
const KEEP =
  /^(?:_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/i;
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';
const PART_TYPES: readonly [RegExp, string][] = [
  [/^xl\/workbook\.xml$/i, `${CT}sheet.main+xml`],
  [/^xl\/worksheets\//i, `${CT}worksheet+xml`],
  [/^xl\/sharedStrings\.xml$/i, `${CT}sharedStrings+xml`],
  [/^xl\/styles\.xml$/i, `${CT}styles+xml`],
];
const COMMENTS = /(?:^|\/)(?:comments[^/]*\.xml|threadedComments\/[^/]+\.xml)$/i;

function hostile(reason: string, params: Record<string, unknown> = {}): _PackageProblem {
  return { ok: false, code: 'hostile_content', params: { reason, ...params } };
}

async function inflate(bytes: Uint8Array, entry: _ZipEntry, out: Uint8Array): Promise<number | _PackageProblem> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    out.set(data);
    return data.length;
  }
  const length = await _inflateRaw(data, out);
  if (length === -1) return { ok: false, code: 'suspicious_compression', params: { name: entry.name, reason: 'size' } };
  if (length !== entry.size)
    return { ok: false, code: 'workbook_corrupt', params: { reason: 'inflate', name: entry.name } };
  return length;
}

/** A part of the rewritten zip: its name, CRC and size, and where its bytes come from. */
interface _Part {
  nameBytes: Uint8Array;
  crc: number;
  size: number;
  source: _ZipEntry | Uint8Array;
}

function writeHeader(out: DataView, at: number, part: _Part, central: boolean, localOffset: number): number {
  out.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
  const o = central ? at + 2 : at;
  if (central) out.setUint16(at + 4, 20, true);
  out.setUint16(o + 4, 20, true); // version needed
  out.setUint16(o + 8, 0, true); // stored, no flags
  out.setUint32(o + 14, part.crc, true);
  out.setUint32(o + 18, part.size, true);
  out.setUint32(o + 22, part.size, true);
  out.setUint16(o + 26, part.nameBytes.length, true);
  if (central) out.setUint32(at + 42, localOffset, true);
  return at + (central ? 46 : 30);
}

/** A [Content_Types].xml listing exactly the kept parts. */
function contentTypes(kept: readonly _ZipEntry[]): _Part {
  const overrides = kept
    .map((e) => [e.name, PART_TYPES.find(([pattern]) => pattern.test(e.name))?.[1]] as const)
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([name, type]) => `<Override PartName="/${name}" ContentType="${type}"/>`)
    .join('');
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`;
  const data = new TextEncoder().encode(xml);
  return {
    nameBytes: new TextEncoder().encode('[Content_Types].xml'),
    crc: _crc32(data),
    size: data.length,
    source: data,
  };
}

/**
 * Checks a would-be .xlsx and rewrites it for SheetJS: the directory scanned against the caps, every part
 * SheetJS will parse inflated here under a hard size limit (a directory that lies about sizes cannot
 * inflate more than it declared), each XML part checked for unclosed comments, comment parts checked for
 * references that are no cell references, then the kept parts written as an uncompressed zip with a
 * fresh [Content_Types].xml. SheetJS only ever sees bytes this function has bounded and checked.
 */
export async function _repackWorkbook(
  bytes: Uint8Array,
  caps: _ZipCaps,
  signal: AbortSignal | undefined,
): Promise<{ ok: true; bytes: Uint8Array } | _PackageProblem> {
  const scan = _scanZip(bytes, caps);
  if (!scan.ok) return scan;
  for (const entry of scan.entries.filter((e) => COMMENTS.test(e.name))) {
    signal?.throwIfAborted();
    const out = new Uint8Array(entry.size);
    const length = await inflate(bytes, entry, out);
    if (typeof length !== 'number') return length;
    const ref = _badCommentRef(out);
    if (ref !== undefined) return hostile('comment_ref', { name: entry.name, ref });
  }
  const kept = scan.entries.filter((e) => KEEP.test(e.name));
  const parts: _Part[] = [contentTypes(kept), ...kept.map((e) => ({ ...e, source: e }))];
  const size = parts.reduce((sum, p) => sum + 76 + 2 * p.nameBytes.length + p.size, 22);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const part of parts) {
    signal?.throwIfAborted();
    offsets.push(at);
    at = writeHeader(view, at, part, false, 0);
    out.set(part.nameBytes, at);
    at += part.nameBytes.length;
    const data = out.subarray(at, at + part.size);
    if (part.source instanceof Uint8Array) {
      data.set(part.source);
    } else {
      const length = await inflate(bytes, part.source, data);
      if (typeof length !== 'number') return length;
      if (_isUtf16(data)) return hostile('utf16', { name: part.source.name });
      if (_hasUnclosedComment(data)) return hostile('xml_comment', { name: part.source.name });
    }
    at += part.size;
  }
  const directory = at;
  parts.forEach((part, i) => {
    at = writeHeader(view, at, part, true, offsets[i]!);
    out.set(part.nameBytes, at);
    at += part.nameBytes.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return { ok: true, bytes: out.subarray(0, at + 22) };
}
