import type { PathSegment } from '../errors/Issue';
import type { _RecordReader } from '../people/_RecordReader';
import { _EST_TYPE_NAMES } from '../stats/_estLabels';
import { _zeroCounts } from '../stats/_estRecord';
import type { EstablishmentCounts } from '../stats/EstablishmentRecord';
import { _findFunction } from './_findFunction';
import type { _ReadDocument } from './_readApprovalDocument';
import type { FunctionDefinition, FunctionRef, SanDingChange } from './ApprovalDocument';
import type { SanDingFunction, SanDingOrgan, SanDingState } from './SanDingState';

/** What a department has at one moment. */
interface Books {
  functions: SanDingFunction[];
  organs: Map<string, SanDingOrgan>;
  establishment: EstablishmentCounts;
  leaderPosts: Map<string, number>;
}

function emptyBooks(): Books {
  return { functions: [], organs: new Map(), establishment: _zeroCounts(), leaderPosts: new Map() };
}

/** Who took a function or an organ away, for messages about a second removal. */
interface Gone {
  by: string;
  renamedTo?: string;
}

/**
 * Applies documents one at a time (in `_compareDocuments` order) and reports what does not fit the state
 * they find. A 三定规定 (`scheme`) starts from nothing: it states the whole state, and what it removes,
 * abolishes, renames or changes by ±N refers to the state before it. Numbers never go below 0 (reported
 * and kept at 0), so one bad document does not make every later figure negative.
 */
export class _SanDingReplay {
  private now: Books = emptyBooks();
  private readonly goneFunctions = new Map<string, Gone>();
  private readonly goneOrgans = new Map<string, Gone>();
  private scheme: string | undefined;
  private current = false;
  private readonly applied: string[] = [];
  private readonly reader: _RecordReader;

  constructor(reader: _RecordReader) {
    this.reader = reader;
  }

  apply(doc: _ReadDocument): void {
    const before = this.now;
    if (doc.scheme) {
      this.now = emptyBooks();
      this.scheme = doc.label.number;
      this.current = doc.current;
    }
    for (const { index, change } of doc.changes) {
      this.change(doc, ['documents', doc.index, 'changes', index], change, before);
    }
    if (doc.scheme) this.forgetDropped(before, doc.label.number);
    this.applied.push(doc.label.number);
  }

  /** The state as it stands, as plain data (copies: later documents do not change it). */
  snapshot(department: string, date: string): Omit<SanDingState, 'issues'> {
    const byTitle: Record<string, number> = {};
    let leaderPosts = 0;
    for (const [post, count] of this.now.leaderPosts) {
      byTitle[post] = count;
      leaderPosts += count;
    }
    const state: Omit<SanDingState, 'issues'> = {
      department,
      date,
      current: this.current,
      functions: this.now.functions.map((fn) => ({ ...fn })),
      organs: [...this.now.organs.values()].map((organ) =>
        organ.formerNames ? { ...organ, formerNames: [...organ.formerNames] } : { ...organ },
      ),
      establishment: { ...this.now.establishment },
      leaderPosts,
      leaderPostsByTitle: byTitle,
      documents: [...this.applied],
    };
    if (this.scheme !== undefined) state.scheme = this.scheme;
    return state;
  }

  private change(doc: _ReadDocument, path: PathSegment[], change: SanDingChange, before: Books): void {
    // Look-ups of what a change takes away: in a scheme, the state the scheme replaces.
    const from = doc.scheme ? before : this.now;
    switch (change.type) {
      case 'add-function':
      case 'transfer-function-in':
        this.addFunction(
          doc,
          path,
          change.function,
          change.type === 'transfer-function-in' ? change.department : undefined,
        );
        return;
      case 'remove-function':
      case 'transfer-function-out':
        this.removeFunction(doc, path, change.function, from, change.type);
        return;
      case 'create-organ':
        this.createOrgan(doc, path, change.organ);
        return;
      case 'rename-organ':
        this.renameOrgan(doc, path, change.organ, change.newName, from);
        return;
      case 'abolish-organ':
        this.abolishOrgan(doc, path, change.organ, from);
        return;
      case 'change-establishment': {
        const type = change.establishmentType;
        const result = this.count(doc, path, from.establishment[type], change, _EST_TYPE_NAMES[type]);
        this.now.establishment[type] = result;
        return;
      }
      case 'change-leader-posts': {
        const label = change.post
          ? { label: `${change.post}职数`, labelEn: `posts of ${change.post}` }
          : { label: '领导职数', labelEn: 'leader posts' };
        const result = this.count(doc, path, from.leaderPosts.get(change.post) ?? 0, change, label);
        this.now.leaderPosts.set(change.post, result);
        return;
      }
    }
  }

  private addFunction(doc: _ReadDocument, path: PathSegment[], fn: FunctionDefinition, department?: string): void {
    const existing = this.now.functions[_findFunction(this.now.functions, fn)];
    if (existing) {
      this.reader.warn('duplicate_function', path, { ...doc.label, name: fn.name, source: existing.source });
      return;
    }
    const added: SanDingFunction = { name: fn.name, source: doc.label.number, since: doc.date! };
    if (fn.id !== undefined) added.id = fn.id;
    if (department !== undefined) added.from = department;
    this.now.functions.push(added);
    this.goneFunctions.delete(fn.name);
    if (fn.id !== undefined) this.goneFunctions.delete(`#${fn.id}`);
  }

  private removeFunction(
    doc: _ReadDocument,
    path: PathSegment[],
    ref: FunctionRef,
    from: Books,
    action: 'remove-function' | 'transfer-function-out',
  ): void {
    const found = _findFunction(from.functions, ref);
    const name = ref.name ?? ref.id ?? '';
    if (found < 0) {
      const gone =
        (ref.id !== undefined ? this.goneFunctions.get(`#${ref.id}`) : undefined) ?? this.goneFunctions.get(name);
      this.reader.error('function_not_found', path, {
        ...doc.label,
        name,
        action: action === 'transfer-function-out' ? 'transfer-out' : 'remove',
        ...(gone ? { removedBy: gone.by } : {}),
      });
      return;
    }
    const fn = from.functions[found]!;
    if (from === this.now) this.now.functions.splice(found, 1);
    this.markGone(fn, doc.label.number);
  }

  private markGone(fn: SanDingFunction, by: string): void {
    this.goneFunctions.set(fn.name, { by });
    if (fn.id !== undefined) this.goneFunctions.set(`#${fn.id}`, { by });
  }

  private createOrgan(doc: _ReadDocument, path: PathSegment[], name: string): void {
    const existing = this.now.organs.get(name);
    if (existing) {
      this.reader.error('duplicate_organ', path, { ...doc.label, organ: name, source: existing.source });
      return;
    }
    this.now.organs.set(name, { name, source: doc.label.number, since: doc.date! });
    this.goneOrgans.delete(name);
  }

  private missingOrgan(doc: _ReadDocument, path: PathSegment[], name: string, action: 'rename' | 'abolish'): void {
    const gone = this.goneOrgans.get(name);
    this.reader.error('organ_not_found', path, {
      ...doc.label,
      organ: name,
      action,
      ...(gone ? { abolishedBy: gone.by, ...(gone.renamedTo ? { renamedTo: gone.renamedTo } : {}) } : {}),
    });
  }

  private renameOrgan(doc: _ReadDocument, path: PathSegment[], name: string, newName: string, from: Books): void {
    const organ = from.organs.get(name);
    if (!organ) {
      this.missingOrgan(doc, path, name, 'rename');
      return;
    }
    if (this.now.organs.has(newName)) {
      this.reader.error('duplicate_organ', [...path, 'newName'], { ...doc.label, organ: newName, from: name });
      return;
    }
    const renamed: SanDingOrgan = {
      name: newName,
      source: doc.label.number,
      since: doc.date!,
      formerNames: [...(organ.formerNames ?? []), name],
    };
    if (from === this.now) {
      // Keep the organ's place in the list: a renamed 股 is still the same 股.
      const entries = [...this.now.organs].map(([key, value]): [string, SanDingOrgan] =>
        key === name ? [newName, renamed] : [key, value],
      );
      this.now.organs = new Map(entries);
    } else this.now.organs.set(newName, renamed);
    this.goneOrgans.set(name, { by: doc.label.number, renamedTo: newName });
    this.goneOrgans.delete(newName);
  }

  private abolishOrgan(doc: _ReadDocument, path: PathSegment[], name: string, from: Books): void {
    if (!from.organs.has(name)) {
      this.missingOrgan(doc, path, name, 'abolish');
      return;
    }
    if (from === this.now) this.now.organs.delete(name);
    this.goneOrgans.set(name, { by: doc.label.number });
  }

  /** A number after a change: set, or the old one ± delta; below 0 is reported and kept at 0. */
  private count(
    doc: _ReadDocument,
    path: PathSegment[],
    old: number,
    change: { set?: number; delta?: number },
    label: { label: string; labelEn: string },
  ): number {
    const result = change.set ?? old + (change.delta ?? 0);
    if (result >= 0) return result;
    this.reader.error('negative_establishment', [...path, 'delta'], {
      ...doc.label,
      type: label.label,
      typeEn: label.labelEn,
      before: old,
      delta: change.delta,
      result,
    });
    return 0;
  }

  /** After a scheme: what the state before it had and the scheme does not restate is gone, by the scheme. */
  private forgetDropped(before: Books, by: string): void {
    for (const fn of before.functions) {
      if (_findFunction(this.now.functions, fn) < 0 && !this.goneFunctions.has(fn.name)) this.markGone(fn, by);
    }
    for (const name of before.organs.keys()) {
      if (!this.now.organs.has(name) && !this.goneOrgans.has(name)) this.goneOrgans.set(name, { by });
    }
  }
}
