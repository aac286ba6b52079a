import { _codeField } from '../codes/_codeField';
import { _tableOf } from '../codes/_codeTable';
import { _findCodeIn } from '../codes/findCode';
import {
  TABLE_ESTABLISHMENT_TYPE,
  TABLE_FUNDING_FORM,
  TABLE_PUBLIC_INSTITUTION_CATEGORY,
  TABLE_UNIT_LEVEL,
  TABLE_UNIT_SYSTEM,
} from '../codes/generated/codeTables';
import { _validateCodeIn } from '../codes/validateCode';
import type { _Label } from '../errors/_IssueCollector';
import type { PathSegment } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { codeTableMessages } from '../locales/codeTableMessages';
import { unitMessages } from '../locales/unitMessages';
import { unitPathMessages } from '../locales/unitPathMessages';
import { _isBlank, _RecordReader } from '../people/_RecordReader';
import { _parseYesNo } from '../units/_parseYesNo';
import { parseUnitPath, type UnitPathOptions } from '../units/parseUnitPath';
import { _readEstablishmentCount } from './_estCount';
import { _EST_TYPE_NAMES, _EST_TYPES, _EST_LABELS as L } from './_estLabels';
import type {
  DeclaredSubtotal,
  EstablishmentCounts,
  EstablishmentRecord,
  EstablishmentRecordOptions,
  EstablishmentType,
} from './EstablishmentRecord';

export const _EST_CATALOGS = [unitMessages, unitPathMessages, codeTableMessages];

/** Zero of every type. */
export function _zeroCounts(): EstablishmentCounts {
  return { administrative: 0, 'political-legal': 0, 'public-institution': 0, worker: 0 };
}

/** The counted type of an `establishment-type` value: its top-level code (参公事业编制 → 事业编制). */
export function _establishmentTypeOf(input: unknown): EstablishmentType | undefined {
  const entry = _findCodeIn(_tableOf(TABLE_ESTABLISHMENT_TYPE), input);
  if (!entry) return undefined;
  return (entry.parentCode ?? entry.code) as EstablishmentType;
}

/** The own keys of an object, or undefined when it is none (or a Proxy that throws). */
function keysOf(value: unknown): string[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  try {
    return Object.keys(value);
  } catch {
    return undefined;
  }
}

function readKey(value: unknown, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Moves a field validator's issues under `path` (relative to the record) into the reader. */
function take<T>(reader: _RecordReader, base: PathSegment[], path: PathSegment[], result: Result<T>): T | undefined {
  const found = result.ok ? result.warnings : result.issues;
  for (const issue of found) reader.issues.push({ ...issue, path: [...base, ...path, ...issue.path] });
  return result.ok ? result.value : undefined;
}

function typeLabel(type: EstablishmentType, field: _Label): _Label {
  const name = _EST_TYPE_NAMES[type];
  return { label: `${name.label}${field.label}`, labelEn: `${field.labelEn} (${name.labelEn})` };
}

/**
 * Reads 核定编制 or 实有人数 given per type: `{ 行政编制: 12, worker: '2' }` (codes or names as keys). The
 * subdivisions of 事业编制 add up; a type given twice (行政编制 and 行政, or 事业编制 with a subdivision) is an error.
 */
function readCounts(reader: _RecordReader, base: PathSegment[], key: 'approved' | 'actual') {
  const raw = reader.raw(key);
  if (_isBlank(raw)) return undefined;
  const keys = keysOf(raw);
  if (!keys) {
    const received = Array.isArray(raw) ? 'array' : typeof raw;
    reader.error('invalid_type', [key], { ...L[key], received });
    return undefined;
  }
  const counts = _zeroCounts();
  const seen = new Map<EstablishmentType, string[]>();
  for (const name of keys) {
    const value = readKey(raw, name);
    if (_isBlank(value)) continue;
    const entry = take(
      reader,
      base,
      [key, name],
      _validateCodeIn(TABLE_ESTABLISHMENT_TYPE, name, { locale: reader.locale, ...L.establishmentType }),
    );
    if (!entry) continue;
    const type = (entry.parentCode ?? entry.code) as EstablishmentType;
    const before = seen.get(type) ?? [];
    // The type itself given twice, or together with a subdivision, would be counted twice.
    if (before.some((code) => code === entry.code || code === type || entry.code === type)) {
      reader.error('invalid_format', [key, name], {
        ...typeLabel(type, L[key]),
        reason: '同一编制类型填写了两次（或与其细分项同时填写）',
        reasonEn: 'the same type is given twice (or together with a subdivision)',
      });
      continue;
    }
    seen.set(type, [...before, entry.code]);
    const count = take(
      reader,
      base,
      [key, name],
      _readEstablishmentCount(value, typeLabel(type, L[key]), reader.locale),
    );
    if (count !== undefined) counts[type] += count;
  }
  return counts;
}

function readDeclared(reader: _RecordReader, base: PathSegment[]): EstablishmentRecord['declared'] {
  const raw = reader.raw('declared');
  if (_isBlank(raw)) return undefined;
  if (!keysOf(raw)) {
    reader.error('invalid_type', ['declared'], { ...L.declared, received: typeof raw });
    return undefined;
  }
  const declared: NonNullable<EstablishmentRecord['declared']> = {};
  for (const part of ['own', 'total'] as const) {
    const block = readKey(raw, part);
    if (_isBlank(block)) continue;
    if (!keysOf(block)) {
      reader.error('invalid_type', ['declared', part], { ...L.declared, received: typeof block });
      continue;
    }
    const subtotal: DeclaredSubtotal = {};
    for (const field of ['approved', 'actual'] as const) {
      const value = readKey(block, field);
      if (_isBlank(value)) continue;
      const label = L[`${part}${field === 'approved' ? 'Approved' : 'Actual'}`];
      const count = take(reader, base, ['declared', part, field], _readEstablishmentCount(value, label, reader.locale));
      if (count !== undefined) subtotal[field] = count;
    }
    declared[part] = subtotal;
  }
  return declared;
}

/**
 * Reads a record field by field (no cross-field checks). `value` is undefined when any field has an error;
 * the reader holds every issue.
 */
export function _readEstablishmentRecord(
  input: unknown,
  options: EstablishmentRecordOptions,
): { value: EstablishmentRecord | undefined; reader: _RecordReader } {
  const reader = new _RecordReader(input, _EST_CATALOGS, options, L.record);
  if (!reader.readable) return { value: undefined, reader };
  const locale = reader.locale;
  const base = options.path ?? [];
  const pathOptions: UnitPathOptions = { locale };
  if (options.maxDepth !== undefined) pathOptions.maxDepth = options.maxDepth;
  if (options.maxSegmentLength !== undefined) pathOptions.maxSegmentLength = options.maxSegmentLength;
  const path = reader.field('unitPath', L.unitPath, (v) => parseUnitPath(v, pathOptions), true);
  const level = reader.field('level', L.level, _codeField(TABLE_UNIT_LEVEL, L.level, locale), false);
  const system = reader.field('system', L.system, _codeField(TABLE_UNIT_SYSTEM, L.system, locale), false);
  const category = reader.field(
    'category',
    L.category,
    _codeField(TABLE_PUBLIC_INSTITUTION_CATEGORY, L.category, locale),
    false,
  );
  const fundingForm = reader.field(
    'fundingForm',
    L.fundingForm,
    _codeField(TABLE_FUNDING_FORM, L.fundingForm, locale),
    false,
  );
  const nameplate = _parseYesNo(reader.raw('nameplate'));
  if (nameplate === null) {
    reader.error('invalid_format', ['nameplate'], {
      ...L.nameplate,
      reason: '应为“是”或“否”',
      reasonEn: 'expected yes or no',
    });
  }
  const approved = readCounts(reader, base, 'approved');
  const actual = readCounts(reader, base, 'actual');
  const count = (key: 'leaderPosts' | 'leaders') =>
    reader.field(key, L[key], (v) => _readEstablishmentCount(v, L[key], locale), false);
  const leaderPosts = count('leaderPosts');
  const leaders = count('leaders');
  const declared = readDeclared(reader, base);
  if (reader.hasErrors || path === undefined) return { value: undefined, reader };
  const record: EstablishmentRecord = {
    unitPath: path.path,
    nameplate: nameplate === true,
    approved: approved ?? _zeroCounts(),
  };
  if (level !== undefined) record.level = level;
  if (system !== undefined) record.system = system;
  if (category !== undefined) record.category = category;
  if (fundingForm !== undefined) record.fundingForm = fundingForm;
  if (actual !== undefined) record.actual = actual;
  if (leaderPosts !== undefined) record.leaderPosts = leaderPosts;
  if (leaders !== undefined) record.leaders = leaders;
  if (declared !== undefined) record.declared = declared;
  return { value: record, reader };
}

/** The sum over the types. */
export function _sumCounts(counts: EstablishmentCounts): number {
  let sum = 0;
  for (const type of _EST_TYPES) sum += counts[type];
  return sum;
}

/**
 * The declared 本级合计 that differ from the sum of the record's parts: 核定编制 against the approved types;
 * 实有人数 against the reported types, or against `actualSum` (the named roster's count) when none are reported.
 */
export function _ownSubtotalMismatches(
  record: EstablishmentRecord,
  actualSum: number | undefined,
): { field: 'approved' | 'actual'; declared: number; computed: number }[] {
  const own = record.declared?.own;
  const found: { field: 'approved' | 'actual'; declared: number; computed: number }[] = [];
  if (own?.approved !== undefined) {
    const computed = _sumCounts(record.approved);
    if (computed !== own.approved) found.push({ field: 'approved', declared: own.approved, computed });
  }
  const computed = record.actual ? _sumCounts(record.actual) : actualSum;
  if (own?.actual !== undefined && computed !== undefined && computed !== own.actual) {
    found.push({ field: 'actual', declared: own.actual, computed });
  }
  return found;
}

/** The elements of an iterable; nothing for any other value (a validator never throws on its input). */
export function _asIterable(value: unknown): Iterable<unknown> {
  const iterator = (value as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator];
  return typeof iterator === 'function' && typeof value !== 'string' ? (value as Iterable<unknown>) : [];
}
