// The article-extraction benchmark's pages split in two, fixed by a hash of each page's id (decided before any
// page's output was looked at): development pages, whose output may be read while improving extraction, and
// held-out pages, measured only as a whole. The benchmark's README names no such split; this one is Broadsheet's.
import { createHash } from 'node:crypto';

/** True for a development page of a set ('en' or 'zh'); false for a held-out one. */
export function isDevelopment(set, id) {
  return createHash('sha256').update(`${set}/${id}`).digest()[0] % 2 === 0;
}
