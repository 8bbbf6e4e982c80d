/** The PDF reader's side of the layout worker: one worker per PDF, ended by its answer or by Cancel. */
import { err, type Result } from '../../src/core/result.js';
import { decodeLayoutAnswer, type LayoutRequest } from '../../src/messages.js';
import type { LaidOutStoryPage } from '../../src/read-printed.js';
import type { PdfProblem } from './printed-page.js';

/** Lays the pages out and restructures them in a worker; the signal ends the worker at once. */
export function layOutInWorker(pages: LayoutRequest['pages'], signal: AbortSignal): Promise<Result<LaidOutStoryPage[], PdfProblem>> {
  if (signal.aborted) return Promise.resolve(err({ key: 'pdfCancelled' }));
  // bundled by Vite as its own module, loaded from the extension's files (script-src 'self')
  const worker = new Worker(new URL('../layout-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    const end = (result: Result<LaidOutStoryPage[], PdfProblem>) => {
      worker.terminate();
      signal.removeEventListener('abort', cancel);
      resolve(result);
    };
    const cancel = () => end(err({ key: 'pdfCancelled' }));
    signal.addEventListener('abort', cancel);
    worker.addEventListener('message', ({ data }: MessageEvent<unknown>) => {
      const answer = decodeLayoutAnswer(data);
      end(answer.ok ? answer : err({ key: 'pdfFailed', detail: answer.error }));
    });
    worker.addEventListener('error', (event) => end(err({ key: 'pdfFailed', detail: event.message || 'the layout worker failed' })));
    worker.postMessage({ pages } satisfies LayoutRequest);
  });
}
