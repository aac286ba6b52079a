/** Limits applied to a workbook before anything is decompressed. */
export interface _ZipCaps {
  maxEntries: number;
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
}

/** One file of the zip, from its central directory, with where its data starts. */
export interface _ZipEntry {
  name: string;
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  dataOffset: number;
}

/** Why a file cannot be read, as an issue code and its params. */
export interface _ZipProblem {
  ok: false;
  code: 'not_a_workbook' | 'workbook_encrypted' | 'workbook_too_large' | 'suspicious_compression' | 'workbook_corrupt';
  params: Record<string, unknown>;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Below this size a high ratio is harmless (a sheet of repeated blanks compresses well).
const RATIO_FLOOR = 1 << 20;

const problem = (code: _ZipProblem['code'], params: Record<string, unknown> = {}): _ZipProblem => ({
  ok: false,
  code,
  params,
});

/** True when the UTF-16LE text occurs in the bytes (OLE directory names are UTF-16LE). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let i = bytes.indexOf(first); i !== -1 && i + text.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < text.length && bytes[i + 2 * j] === text.charCodeAt(j) && bytes[i + 2 * j + 1] === 0) j++;
    if (j === text.length && bytes[i + 1] === 0) return true;
  }
  return false;
}

/** What an OLE compound file is: an encrypted OOXML package (Excel's password protection) or a legacy .xls. */
function classifyOle(bytes: Uint8Array): _ZipProblem {
  return hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo')
    ? problem('workbook_encrypted')
    : problem('not_a_workbook', { detected: 'xls' });
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let name = '';
  for (const b of bytes) name += String.fromCharCode(b);
  return name;
}

/** The kind of package the part names show; only a SpreadsheetML workbook is read. */
function classifyPackage(names: ReadonlySet<string>): _ZipProblem | undefined {
  const lower = new Set([...names].map((n) => n.toLowerCase()));
  if (lower.has('xl/workbook.xml')) return undefined;
  if (lower.has('xl/workbook.bin')) return problem('not_a_workbook', { detected: 'xlsb' });
  if (lower.has('content.xml') && lower.has('mimetype')) return problem('not_a_workbook', { detected: 'ods' });
  if (lower.has('word/document.xml')) return problem('not_a_workbook', { detected: 'docx' });
  return problem('not_a_workbook', { detected: 'zip' });
}

/**
 * Reads the zip central directory of a would-be .xlsx without decompressing anything: the entry count,
 * each entry's sizes, method and encryption flag, checked against the caps. Returns the entries, or
 * the one problem that stops the read (not a workbook, encrypted, too large, a suspicious compression
 * ratio, a broken directory).
 */
export function _scanZip(bytes: Uint8Array, caps: _ZipCaps): { ok: true; entries: _ZipEntry[] } | _ZipProblem {
  if (bytes.length >= 8 && OLE.every((b, i) => bytes[i] === b)) return classifyOle(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 30 || view.getUint32(0, true) !== LOCAL) return problem('not_a_workbook', { detected: 'unknown' });
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return problem('workbook_corrupt', { reason: 'no_directory' });
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) return problem('workbook_too_large', { reason: 'zip64' });
  if (count > caps.maxEntries)
    return problem('workbook_too_large', { reason: 'entries', actual: count, max: caps.maxEntries });
  const entries: _ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let p = directoryOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL)
      return problem('workbook_corrupt', { reason: 'directory' });
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const next = p + 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    if (next > end) return problem('workbook_corrupt', { reason: 'directory' });
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = decodeName(nameBytes, (flags & 0x800) !== 0);
    p = next;
    if (flags & 0x41) return problem('workbook_encrypted');
    if (size === 0xffffffff || compressedSize === 0xffffffff) return problem('workbook_too_large', { reason: 'zip64' });
    if (method !== 0 && method !== 8) return problem('workbook_corrupt', { reason: 'method', method });
    if (names.has(name)) return problem('workbook_corrupt', { reason: 'duplicate_entry', name });
    names.add(name);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) {
      return problem('workbook_corrupt', { reason: 'local_header' });
    }
    const dataOffset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataOffset + compressedSize > bytes.length) return problem('workbook_corrupt', { reason: 'truncated' });
    if (method === 0 && size !== compressedSize) return problem('workbook_corrupt', { reason: 'stored_size' });
    const ratio = size / Math.max(compressedSize, 1);
    if (size > RATIO_FLOOR && ratio > caps.maxCompressionRatio) {
      return problem('suspicious_compression', { name, ratio: Math.round(ratio), max: caps.maxCompressionRatio });
    }
    total += size;
    if (total > caps.maxUncompressedBytes) {
      return problem('workbook_too_large', { reason: 'size', max: caps.maxUncompressedBytes });
    }
    entries.push({ name, nameBytes, method, crc, compressedSize, size, dataOffset });
  }
  return classifyPackage(names) ?? { ok: true, entries };
}
