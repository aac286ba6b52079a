import { TABLE_ESTABLISHMENT_TYPE } from '../codes/generated/codeTables';
import { _validateCodeIn } from '../codes/validateCode';
import type { _Label } from '../errors/_IssueCollector';
import { _IssueCollector } from '../errors/_IssueCollector';
import type { Issue, Locale } from '../errors/Issue';
import type { Result } from '../errors/Result';
import { _isBlank, _RecordReader } from '../people/_RecordReader';
import type { RecordOptions } from '../people/RecordOptions';
import { validateText } from '../people/validateText';
import { _readEstablishmentCount } from '../stats/_estCount';
import { _EST_TYPE_NAMES } from '../stats/_estLabels';
import type { EstablishmentType } from '../stats/EstablishmentRecord';
import { _SANDING_CATALOGS, _SANDING_LABELS as L } from './_sanDingLabels';
import type { FunctionDefinition, FunctionRef, SanDingChange, SanDingChangeType } from './ApprovalDocument';

// The change types by their codes and the names documents and forms use for them.
const TYPE_NAMES: Record<SanDingChangeType, readonly string[]> = {
  'add-function': ['增加职能', '新增职能', '职能增加', '增加'],
  'remove-function': ['取消职能', '减少职能', '职能取消', '删除职能', '取消'],
  'transfer-function-in': ['划入职能', '职能划入', '划入'],
  'transfer-function-out': ['划出职能', '职能划出', '划出'],
  'create-organ': ['设立内设机构', '设立机构', '新设内设机构', '增设内设机构', '设立'],
  'rename-organ': ['内设机构更名', '机构更名', '更名'],
  'abolish-organ': ['撤销内设机构', '撤销机构', '撤销'],
  'change-establishment': ['调整编制', '编制调整', '核定编制'],
  'change-leader-posts': ['调整领导职数', '领导职数调整', '核定领导职数'],
};
let types: Map<string, SanDingChangeType> | undefined;

/** Change type by its id or any of its Chinese names; built on first use (nothing runs at module load). */
function changeTypes(): Map<string, SanDingChangeType> {
  if (types) return types;
  types = new Map();
  for (const [type, names] of Object.entries(TYPE_NAMES) as [SanDingChangeType, readonly string[]][]) {
    types.set(type, type);
    for (const name of names) types.set(name, type);
  }
  return types;
}

const DELTA = /^([+-])?(\d+)(?:人|名)?$/;

/** A name field: up to 200 characters, or 1,000 for a function (三定 state functions in whole sentences). */
function textField(label: _Label, locale: Locale, maxLength = 200) {
  return (value: unknown) => validateText(value, { locale, maxLength, ...label });
}

/** 职能 given as its name, or as `{ id, name }`. */
function readFunction(reader: _RecordReader, needsName: boolean): FunctionDefinition | FunctionRef | undefined {
  const raw = reader.raw('function');
  const locale = reader.locale;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const name = reader.field('function', L.function, textField(L.function, locale, 1000), true);
    return name === undefined ? undefined : { name };
  }
  const path = [...(reader.options.path ?? []), 'function'];
  const inner = new _RecordReader(raw, _SANDING_CATALOGS, { ...reader.options, path }, L.function);
  const id = inner.field('id', L.functionId, textField(L.functionId, locale), false);
  const name = inner.field('name', L.functionName, textField(L.functionName, locale, 1000), needsName);
  if (!needsName && id === undefined && name === undefined && !inner.hasErrors) {
    inner.error('required', ['name'], { ...L.functionName });
  }
  reader.issues.push(...inner.issues);
  if (inner.hasErrors) return undefined;
  const ref: FunctionRef = {};
  if (id !== undefined) ref.id = id;
  if (name !== undefined) ref.name = name;
  return ref;
}

/** A whole number that may be negative: 2, -2, '+2', '－2', '2名'. */
function readDelta(input: unknown, label: _Label, locale: Locale): Result<number> {
  const issues = new _IssueCollector(label, [], locale);
  const text =
    typeof input === 'number' || typeof input === 'string'
      ? String(input)
          .normalize('NFKC')
          .replace(/[\s\u2212]/g, (c) => (c === '\u2212' ? '-' : ''))
      : undefined;
  if (text === undefined) return issues.error('invalid_type', { received: typeof input }).fail();
  const match = DELTA.exec(text);
  const value = match ? Number(match[2]) * (match[1] === '-' ? -1 : 1) : Number.NaN;
  if (!Number.isSafeInteger(value)) {
    return issues
      .error('invalid_format', {
        value: text,
        reason: '应为整数，如 +2 或 -1',
        reasonEn: 'expected a whole number such as +2 or -1',
      })
      .fail();
  }
  return issues.result(value);
}

/** `set` (核定为 N) or `delta` (±N): exactly one of them. */
function readCount(reader: _RecordReader, what: _Label): { set: number } | { delta: number } | undefined {
  const locale = reader.locale;
  const hasSet = !_isBlank(reader.raw('set'));
  const hasDelta = !_isBlank(reader.raw('delta'));
  if (hasSet === hasDelta) {
    reader.error(hasSet ? 'invalid_format' : 'required', [hasSet ? 'delta' : 'set'], {
      label: `${what.label}${L.set.label}或${L.delta.label}`,
      labelEn: `${what.labelEn} number or change`,
      reason: '核定数与增减数只能填写一项',
      reasonEn: 'give either the number or the change, not both',
    });
    return undefined;
  }
  if (hasSet) {
    const label = { label: `${what.label}${L.set.label}`, labelEn: `${what.labelEn} number` };
    const set = reader.field('set', label, (v) => _readEstablishmentCount(v, label, locale), true);
    return set === undefined ? undefined : { set };
  }
  const label = { label: `${what.label}${L.delta.label}`, labelEn: `${what.labelEn} change` };
  const delta = reader.field('delta', label, (v) => readDelta(v, label, locale), true);
  return delta === undefined ? undefined : { delta };
}

/**
 * Reads one change of a document (path `options.path`, e.g. `['documents', 2, 'changes', 0]`): its type by
 * code or name, then the fields of that type. Undefined when it has an error; the issues go to `issues`.
 */
export function _readChange(input: unknown, options: RecordOptions, issues: Issue[]): SanDingChange | undefined {
  const reader = new _RecordReader(input, _SANDING_CATALOGS, options, L.change);
  const change = reader.readable ? readFields(reader) : undefined;
  issues.push(...reader.issues);
  return reader.hasErrors ? undefined : change;
}

function readFields(reader: _RecordReader): SanDingChange | undefined {
  const locale = reader.locale;
  const rawType = reader.raw('type');
  const typeText = typeof rawType === 'string' ? rawType.normalize('NFKC').replace(/\s+/g, '') : undefined;
  const type = typeText === undefined ? undefined : changeTypes().get(typeText);
  if (type === undefined) {
    if (_isBlank(rawType)) reader.error('required', ['type'], { ...L.changeType });
    else {
      reader.error('invalid_format', ['type'], {
        ...L.changeType,
        value: String(typeText ?? typeof rawType),
        reason: `应为${Object.values(TYPE_NAMES)
          .map((names) => names[0])
          .join('、')}之一`,
        reasonEn: `expected one of ${Object.keys(TYPE_NAMES).join(', ')}`,
      });
    }
    return undefined;
  }
  const text = (key: string, label: _Label) => reader.field(key, label, textField(label, locale), true);
  switch (type) {
    case 'add-function':
    case 'remove-function': {
      const fn = readFunction(reader, type === 'add-function');
      return fn && ({ type, function: fn } as SanDingChange);
    }
    case 'transfer-function-in':
    case 'transfer-function-out': {
      const fn = readFunction(reader, type === 'transfer-function-in');
      const department = text('department', L.otherDepartment);
      return fn && department !== undefined ? ({ type, function: fn, department } as SanDingChange) : undefined;
    }
    case 'create-organ':
    case 'abolish-organ': {
      const organ = text('organ', L.organ);
      return organ === undefined ? undefined : { type, organ };
    }
    case 'rename-organ': {
      const organ = text('organ', L.organ);
      const newName = text('newName', L.newName);
      if (organ === undefined || newName === undefined) return undefined;
      if (organ === newName) {
        reader.error('invalid_format', ['newName'], {
          ...L.newName,
          reason: '与原名称相同',
          reasonEn: 'same as the old name',
        });
        return undefined;
      }
      return { type, organ, newName };
    }
    case 'change-establishment': {
      const entry = reader.field(
        'establishmentType',
        L.establishmentType,
        (v) => _validateCodeIn(TABLE_ESTABLISHMENT_TYPE, v, { locale, ...L.establishmentType }),
        true,
      );
      if (entry === undefined) return undefined;
      // 参公事业编制 and 其他事业编制 count as 事业编制, as in the statistics.
      const establishmentType = (entry.parentCode ?? entry.code) as EstablishmentType;
      const count = readCount(reader, _EST_TYPE_NAMES[establishmentType]);
      return count && { type, establishmentType, ...count };
    }
    case 'change-leader-posts': {
      const rawPost = reader.raw('post');
      const post = _isBlank(rawPost) ? '' : text('post', L.post);
      const count = readCount(reader, post ? { label: post, labelEn: post } : L.leaderPosts);
      return post !== undefined && count ? { type, post, ...count } : undefined;
    }
  }
}
