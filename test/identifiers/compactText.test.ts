import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { _compactText } from '../../src/identifiers/_normalize';

// The normalisation spelled out step by step, as _compactText did before its shortcut for compact text.
const INVISIBLE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/g;
function reference(text: string, separators: RegExp | null): string {
  let s = text.normalize('NFKC').replace(INVISIBLE, '');
  if (s.startsWith("'")) s = s.slice(1);
  if (separators) s = s.replace(separators, '');
  return s.toUpperCase();
}

const SEPARATORS = [null, /[-‐‑‒–—−_.·/]/g, /[-.()/\u2010-\u2015\u2212]+/];
const CHARS = [..."0123456789AXZaxz @[`{-_./ \t\n\u0001\u007f\u00a0\u3000０Ｘｘ\u200b'’"];

describe('_compactText', () => {
  test.prop([
    fc.array(fc.constantFrom(...CHARS), { maxLength: 20 }).map((cs) => cs.join('')),
    fc.constantFrom(...SEPARATORS),
  ])('gives what the step-by-step normalisation gives, shortcut or not (property)', (text, separators) => {
    expect(_compactText(text, separators)).toBe(reference(text, separators));
  });
});
