import type { Issue } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _isBlank } from '../people/_RecordReader';
import { parseUnitPath } from '../units/parseUnitPath';
import { _asIterable } from './_estRecord';

/**
 * One validated record for the 检查验收 summary: its unit, and its validation result or issues. Give the
 * raw `record` too to measure completeness from the filled fields rather than from `required` issues.
 */
export interface InspectionEntry {
  unitPath: unknown;
  result?: Result<unknown>;
  issues?: readonly Issue[];
  record?: unknown;
}

/** Options of `summarizeInspection`. */
export interface SummarizeInspectionOptions {
  /** The required fields of a record (its keys): completeness is filled required fields / all of them. */
  requiredFields?: readonly string[];
}

/** Completeness and error figures of a set of records. */
export interface InspectionFigures {
  records: number;
  /** Records with at least one error / warning. */
  withErrors: number;
  withWarnings: number;
  /** Issues counted. */
  errors: number;
  warnings: number;
  /** 差错率: records with an error / records (0 when there are none). */
  errorRate: number;
  warningRate: number;
  /** Required fields over all records (records × `requiredFields`), and how many are filled. */
  requiredFields: number;
  filledFields: number;
  /** 完整率: filled / required fields; null without `requiredFields`. */
  completeness: number | null;
  /** Issues per code. */
  codes: Record<string, number>;
}

/** The figures of one unit. */
export interface InspectionUnitSummary extends InspectionFigures {
  /** Canonical path; the path as written when it does not parse; '' when missing. */
  unitPath: string;
}

/** The result of `summarizeInspection`. */
export interface InspectionSummary {
  /** One entry per unit, in first-seen order. */
  units: InspectionUnitSummary[];
  total: InspectionFigures;
}

function emptyFigures(): InspectionFigures {
  return {
    records: 0,
    withErrors: 0,
    withWarnings: 0,
    errors: 0,
    warnings: 0,
    errorRate: 0,
    warningRate: 0,
    requiredFields: 0,
    filledFields: 0,
    completeness: null,
    codes: {},
  };
}

function issuesOf(entry: InspectionEntry): readonly Issue[] {
  const result = entry.result;
  if (result && typeof result === 'object') {
    const found = result.ok ? result.warnings : result.issues;
    if (Array.isArray(found)) return found;
  }
  return Array.isArray(entry.issues) ? entry.issues : [];
}

function field(record: unknown, key: string): unknown {
  try {
    return (record as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** How many required fields the entry fills: from the record when given, else from its `required` issues. */
function filledOf(entry: InspectionEntry, issues: readonly Issue[], required: readonly string[]): number {
  if (typeof entry.record === 'object' && entry.record !== null) {
    return required.filter((key) => !_isBlank(field(entry.record, key))).length;
  }
  const missing = new Set<string>();
  for (const issue of issues) {
    if (typeof issue !== 'object' || issue === null || issue.code !== 'required' || !Array.isArray(issue.path))
      continue;
    const key = issue.path.find((segment) => typeof segment === 'string' && required.includes(segment));
    if (typeof key === 'string') missing.add(key);
  }
  return required.length - missing.size;
}

function addEntry(figures: InspectionFigures, issues: readonly Issue[], filled: number, required: number) {
  figures.records++;
  let errors = 0;
  let warnings = 0;
  for (const issue of issues) {
    if (typeof issue !== 'object' || issue === null) continue;
    if (issue.severity === 'error') errors++;
    else warnings++;
    const code = String(issue.code);
    figures.codes[code] = (figures.codes[code] ?? 0) + 1;
  }
  figures.errors += errors;
  figures.warnings += warnings;
  if (errors > 0) figures.withErrors++;
  if (warnings > 0) figures.withWarnings++;
  figures.requiredFields += required;
  figures.filledFields += filled;
}

function finish<F extends InspectionFigures>(figures: F, withCompleteness: boolean): F {
  figures.errorRate = figures.records ? figures.withErrors / figures.records : 0;
  figures.warningRate = figures.records ? figures.withWarnings / figures.records : 0;
  figures.completeness = !withCompleteness
    ? null
    : figures.requiredFields
      ? figures.filledFields / figures.requiredFields
      : 1;
  return figures;
}

/**
 * Summarises validation results for 检查验收: per unit and overall, the records, those with errors or
 * warnings, the 差错率 (records with an error / records), issues per code and, with `requiredFields`, the
 * 完整率 (filled required fields / all required fields) — measured on `record` when an entry gives it, else
 * from its `required` issues. Entries take a `Result` (`validatePerson(...)`) or a list of issues. Never throws.
 *
 * @example
 * const summary = summarizeInspection(
 *   rows.map((row) => ({ unitPath: row.unitPath, record: row, result: validatePerson(row) })),
 *   { requiredFields: ['name', 'sex', 'unitPath', 'idType', 'idNumber', 'mobile'] },
 * );
 * summary.units[0] // { unitPath: '示例县/示例县民政局', records: 12, withErrors: 1, errorRate: 0.083…, completeness: 0.986…, … }
 */
export function summarizeInspection(
  entries: Iterable<InspectionEntry>,
  options: SummarizeInspectionOptions = {},
): InspectionSummary {
  const required = Array.isArray(options?.requiredFields)
    ? options.requiredFields.filter((key): key is string => typeof key === 'string')
    : undefined;
  const units = new Map<string, InspectionUnitSummary>();
  const total = emptyFigures();
  for (const entry of _asIterable(entries) as Iterable<InspectionEntry>) {
    if (typeof entry !== 'object' || entry === null) continue;
    const raw = field(entry, 'unitPath');
    const parsed = parseUnitPath(raw);
    const unitPath = parsed.ok ? parsed.value.path : typeof raw === 'string' ? raw.trim() : '';
    const unit = units.get(unitPath) ?? { unitPath, ...emptyFigures() };
    units.set(unitPath, unit);
    const issues = issuesOf(entry);
    const filled = required ? filledOf(entry, issues, required) : 0;
    addEntry(unit, issues, filled, required?.length ?? 0);
    addEntry(total, issues, filled, required?.length ?? 0);
  }
  return {
    units: [...units.values()].map((unit) => finish(unit, required !== undefined)),
    total: finish(total, required !== undefined),
  };
}
