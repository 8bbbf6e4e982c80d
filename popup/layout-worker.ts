/**
 * The layout worker: a PDF's positioned pages → laid out → restructured, off the page's thread, so that progress
 * and Cancel answer while a page of 200,000 runs is laid out. One request, one answer; Cancel ends the worker.
 */
import { err, ok } from '../src/core/result.js';
import type { LayoutAnswer, LayoutRequest } from '../src/messages.js';
import { layOutPrinted } from '../src/read-printed.js';

addEventListener('message', ({ data }: MessageEvent<LayoutRequest>) => {
  let answer: LayoutAnswer;
  try {
    answer = ok(layOutPrinted(data.pages));
  } catch (error) {
    answer = err(error instanceof Error ? error.message : String(error));
  }
  postMessage(answer);
});
