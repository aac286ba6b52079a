/**
 * The elements of an array-like field, or undefined when it is not an array. Reading is guarded: a Proxy or
 * a getter that throws yields undefined elements instead of an exception.
 */
export function _readArray(value: unknown): unknown[] | undefined {
  try {
    if (!Array.isArray(value)) return undefined;
    const length = value.length;
    const elements: unknown[] = [];
    for (let i = 0; i < length; i++) {
      try {
        elements.push(value[i]);
      } catch {
        elements.push(undefined);
      }
    }
    return elements;
  } catch {
    return undefined;
  }
}
