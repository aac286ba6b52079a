import { deflateRawSync } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { _inflateRaw } from '../../src/sheets/_inflateRaw';

// Node takes node:zlib; browsers take DecompressionStream (forced here with `stream`). Both must agree.
const PATHS = [
  ['node:zlib', false],
  ['DecompressionStream', true],
] as const;

describe('_inflateRaw', () => {
  for (const [name, stream] of PATHS) {
    it(`${name}: inflates into the room given, refuses more, reports a broken stream`, async () => {
      const text = new TextEncoder().encode('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(5000));
      const packed = deflateRawSync(text);
      const out = new Uint8Array(text.length);
      expect(await _inflateRaw(packed, out, stream)).toBe(text.length);
      expect(out).toEqual(text);
      // A directory that declares less than the stream holds: stopped, nothing written past the room.
      const small = new Uint8Array(text.length - 1);
      expect(await _inflateRaw(packed, small, stream)).toBe(-1);
      expect(await _inflateRaw(packed.subarray(0, packed.length >> 1), new Uint8Array(text.length), stream)).toBe(-2);
      expect(await _inflateRaw(new Uint8Array([0xff, 0xff, 0xff]), new Uint8Array(10), stream)).toBe(-2);
      // An empty part.
      expect(await _inflateRaw(deflateRawSync(new Uint8Array(0)), new Uint8Array(0), stream)).toBe(0);
    });
  }

  test.prop([fc.uint8Array({ maxLength: 3000 }), fc.nat(3)])(
    'both ways give the same bytes for any data and any room (property)',
    async (data, slack) => {
      const packed = deflateRawSync(data);
      const room = Math.max(0, data.length - 2 + slack);
      const a = new Uint8Array(room);
      const b = new Uint8Array(room);
      const fromZlib = await _inflateRaw(packed, a, false);
      const fromStream = await _inflateRaw(packed, b, true);
      expect(fromZlib).toBe(fromStream);
      expect(fromZlib).toBe(room >= data.length ? data.length : -1);
      if (fromZlib >= 0) expect(a).toEqual(b);
    },
  );
});
