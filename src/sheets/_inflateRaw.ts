const INPUT_CHUNK = 1 << 20;

/**
 * Inflates a raw deflate stream into `out`, never writing past its end: returns the number of bytes
 * produced, -1 when the stream would produce more than `out` holds (a size the directory lied about),
 * -2 when it is broken. `DecompressionStream` respects backpressure, so a bomb stops after at most a few chunks.
 */
export async function _inflateRaw(input: Uint8Array, out: Uint8Array): Promise<number> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const writing = (async () => {
    for (let i = 0; i < input.length && !stopped; i += INPUT_CHUNK) {
      await writer.ready;
      await writer.write(input.subarray(i, i + INPUT_CHUNK) as Uint8Array<ArrayBuffer>);
    }
    if (!stopped) await writer.close();
  })().catch(() => undefined);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > out.length) {
        stopped = true;
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        await writing;
        return -1;
      }
      out.set(value, length);
      length += value.length;
    }
  } catch {
    stopped = true;
    await writer.abort().catch(() => undefined);
    await writing;
    return -2;
  }
  await writing;
  return length;
}
