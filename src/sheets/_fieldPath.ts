/** The value at a dotted field of a record ('approved.worker'), read through own properties only. */
export function _getField(record: unknown, field: string): unknown {
  let value: unknown = record;
  for (const key of field.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Sets a dotted field, creating plain objects on the way. Keys come from template declarations, never
 * from file text, so no key can be `__proto__`.
 */
export function _setField(record: Record<string, unknown>, field: string, value: unknown): void {
  if (!field.includes('.')) {
    record[field] = value;
    return;
  }
  const keys = field.split('.');
  let target = record;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]!;
    const next = target[key];
    if (typeof next === 'object' && next !== null) target = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      target[key] = created;
      target = created;
    }
  }
  target[keys[keys.length - 1]!] = value;
}
