/**
 * What pdf.js inflates in the extension, counted. pdf.js decodes a Flate (or Brotli) stream of a page's content or
 * pictures through the browser's DecompressionStream when there is one, and holds all of it: a few KB of nested
 * Flate decode to gigabytes in the worker, which the page's memory limit cannot see in a browser (no engine there
 * tells a worker's memory). Counted as it is decoded and told to the reader's page in steps, the worker can be ended
 * once a page has decoded more than that limit.
 */

/** The worker's message: bytes decoded since it started. */
export interface DecodedBytes {
  decodedBytes: number;
}

/** Told every this many bytes: a bomb inflates some hundreds of MB a second, so the page hears of it within a few ms. */
export const DECODED_STEP = 4 * 2 ** 20;

/** Compressed bytes handed to the browser's decoder at a time: Flate inflates at most about 1,000 times its input. */
const INPUT_SLICE = 4096;

interface WorkerScope {
  DecompressionStream?: typeof DecompressionStream;
  postMessage(message: DecodedBytes): void;
}

/** Puts a counting DecompressionStream in the scope's place (where it has one), telling `postMessage` the bytes decoded every `step`. */
export function countDecompression(scope: WorkerScope, step = DECODED_STEP): void {
  if (!scope.DecompressionStream) return;
  const Native = scope.DecompressionStream;
  let decoded = 0, told = 0;
  class CountedDecompressionStream implements GenericTransformStream {
    readonly readable: ReadableStream<Uint8Array<ArrayBuffer>>;
    readonly writable: WritableStream<BufferSource>;
    constructor(format: CompressionFormat) {
      const inner = new Native(format);
      // the browser inflates all of what one write hands it at once, whatever is read of it: given in slices, it
      // decodes no more than a slice's worth ahead of what is read and counted
      const slicer = new TransformStream<BufferSource, Uint8Array<ArrayBuffer>>({
        transform(chunk, controller) {
          const bytes = ArrayBuffer.isView(chunk) ? new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength) : new Uint8Array(chunk);
          for (let at = 0; at < bytes.byteLength; at += INPUT_SLICE) controller.enqueue(bytes.subarray(at, at + INPUT_SLICE));
        },
      });
      void slicer.readable.pipeTo(inner.writable).catch(() => {}); // an error reaches the reader through `readable`
      this.writable = slicer.writable;
      this.readable = inner.readable.pipeThrough(new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
        transform(chunk, controller) {
          decoded += chunk.byteLength;
          if (decoded - told >= step) scope.postMessage({ decodedBytes: (told = decoded) });
          controller.enqueue(chunk);
        },
      }));
    }
  }
  scope.DecompressionStream = CountedDecompressionStream as typeof DecompressionStream;
}

/** The worker's count in a message from it, or null for any other message (pdf.js's own). */
export function decodedBytesOf(data: unknown): number | null {
  const n = (data as Partial<DecodedBytes> | null)?.decodedBytes;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}
