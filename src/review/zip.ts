/**
 * A ZIP archive written by fflate as its files come, so that "one Markdown file per story" downloads as one file
 * without the whole archive ever being one array. Files are stored as they are (no compression, as before: the
 * archive is written as fast as the stories are read). fflate flags names beyond ASCII as UTF-8, so Chinese titles
 * survive in every unzip tool. fflate writes no ZIP64: more than 65,535 files or 4 GiB would make a damaged archive,
 * so they are refused instead.
 */
import { Zip, ZipPassThrough } from 'fflate';

export interface ZipEntry {
  name: string;
  content: string | Uint8Array;
}

export const MAX_ZIP_FILES = 0xffff;
const MAX_ZIP_BYTES = 0xffffffff;

/** The archive's bytes in the order they are written, a file's worth at a time; a file too many throws RangeError before it is written. */
export async function* zipChunks(entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>, modified: Date = new Date()): AsyncGenerator<Uint8Array, void, undefined> {
  const encoder = new TextEncoder();
  const written: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else written.push(chunk);
  });
  let files = 0;
  let bytes = 0;
  /** fflate writes synchronously: what one call wrote is handed on at once. */
  function* flush(): Generator<Uint8Array> {
    if (failure) throw failure;
    for (const chunk of written.splice(0)) {
      bytes += chunk.length;
      if (bytes > MAX_ZIP_BYTES) throw new RangeError('A ZIP archive without ZIP64 holds at most 4 GiB.');
      yield chunk;
    }
  }
  for await (const entry of entries) {
    if (++files > MAX_ZIP_FILES) throw new RangeError(`A ZIP archive holds at most ${MAX_ZIP_FILES.toLocaleString('en')} files.`);
    const file = new ZipPassThrough(entry.name);
    file.mtime = modified;
    zip.add(file);
    file.push(typeof entry.content === 'string' ? encoder.encode(entry.content) : entry.content, true);
    yield* flush();
  }
  zip.end();
  yield* flush();
}
