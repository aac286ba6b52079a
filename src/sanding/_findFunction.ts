import type { FunctionRef } from './ApprovalDocument';
import type { SanDingFunction } from './SanDingState';

/**
 * The position of the function a reference names among `functions`, or −1: by id first, then by name (a
 * reference with an id that matches none is still found by its name). The one rule of the replay and of
 * `reconcileTransfers`.
 */
export function _findFunction(functions: readonly SanDingFunction[], ref: FunctionRef): number {
  if (ref.id !== undefined) {
    const byId = functions.findIndex((fn) => fn.id === ref.id);
    if (byId >= 0 || ref.name === undefined) return byId;
  }
  return functions.findIndex((fn) => fn.name === ref.name);
}
