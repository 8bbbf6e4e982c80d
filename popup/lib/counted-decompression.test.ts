import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countDecompression, decodedBytesOf, type DecodedBytes } from './counted-decompression.js';

/** A worker's scope with the engine's DecompressionStream (or `native`), keeping what it is told. */
function scope(native: typeof DecompressionStream = DecompressionStream) {
  const told: number[] = [];
  const worker = { DecompressionStream: native, postMessage: (message: DecodedBytes) => told.push(message.decodedBytes) };
  return { worker, told };
}

/** What pdf.js does with a stream: the whole input written at once, the output read to its end. */
async function inflate(Stream: typeof DecompressionStream, input: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const { readable, writable } = new Stream('deflate');
  const writer = writable.getWriter();
  void writer.write(input).then(() => writer.close()).catch(() => {});
  const parts: Uint8Array[] = [];
  for await (const part of readable) parts.push(part);
  return Buffer.concat(parts);
}

describe('countDecompression', () => {
  it('decodes as the engine does, and tells the bytes decoded each time another step of them is passed', async () => {
    const { worker, told } = scope();
    countDecompression(worker, 2 ** 20);
    const text = Buffer.alloc(5 * 2 ** 20 + 123, 'spaces and words ');
    expect(Buffer.compare(await inflate(worker.DecompressionStream, deflateSync(text)), text)).toBe(0);
    expect(told.length).toBe(5);
    told.forEach((n, i) => expect(n).toBeGreaterThanOrEqual((i + 1) * 2 ** 20));
    expect(told.at(-1)).toBeLessThanOrEqual(text.length);
  });

  it('counts on over every stream the worker decodes', async () => {
    const { worker, told } = scope();
    countDecompression(worker, 2 ** 20);
    for (let k = 0; k < 3; k++) await inflate(worker.DecompressionStream, deflateSync(Buffer.alloc(2 ** 19)));
    // 1.5 MB in three streams of 0.5 MB: the step is passed once, in the third
    expect(told).toHaveLength(1);
    expect(told[0]).toBeGreaterThanOrEqual(2 ** 20);
    expect(told[0]).toBeLessThanOrEqual(1.5 * 2 ** 20);
  });

  it('hands the engine the compressed bytes in slices of 4 KB, so that it cannot inflate a bomb ahead of the count', async () => {
    const written: number[] = [];
    /** The engine's decoder, seen from its input side: what it is handed at a time. */
    class Recording extends TransformStream<BufferSource, Uint8Array> {
      constructor() { super({ transform(chunk, controller) { written.push(chunk.byteLength); controller.enqueue(new Uint8Array(chunk as Uint8Array)); } }); }
    }
    const { worker } = scope(Recording as unknown as typeof DecompressionStream);
    countDecompression(worker);
    const input = new Uint8Array(10_000).fill(7);
    expect(Buffer.compare(await inflate(worker.DecompressionStream, input.subarray(100)), input.subarray(100))).toBe(0);
    expect(written).toEqual([4096, 4096, 1708]);
  });

  it('fails a stream that is not Flate as the engine does (pdf.js then decodes it itself)', async () => {
    const { worker } = scope();
    countDecompression(worker);
    await expect(inflate(worker.DecompressionStream, new Uint8Array([1, 2, 3, 4]))).rejects.toThrow();
  });

  it('leaves a scope without DecompressionStream as it is', () => {
    const worker = { postMessage: () => {} };
    countDecompression(worker);
    expect(worker).toEqual({ postMessage: worker.postMessage });
  });
});

describe('decodedBytesOf', () => {
  it('reads the count from the worker\'s message, and nothing from pdf.js\'s own', () => {
    expect(decodedBytesOf({ decodedBytes: 42 })).toBe(42);
    expect(decodedBytesOf({ sourceName: 'worker', targetName: 'main', action: 'ready' })).toBeNull();
    expect(decodedBytesOf(null)).toBeNull();
    expect(decodedBytesOf({ decodedBytes: Number.NaN })).toBeNull();
  });
});
