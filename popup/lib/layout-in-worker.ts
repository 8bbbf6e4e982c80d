/**
 * The PDF reader's side of the layout worker: one worker per PDF, handed each page as pdf.js reads it (so a page's
 * stories show while the next is read), ended when the run ends or by Cancel.
 */
import { err, type Result } from '../../src/core/result.js';
import { decodeLayoutAnswer, type LayoutRequest } from '../../src/messages.js';
import type { LaidOutStoryPage } from '../../src/read-printed.js';
import type { PdfProblem } from './printed-page.js';

type LayoutResult = Result<LaidOutStoryPage[], PdfProblem>;

export interface LayoutSession {
  /** Lays the pages out and restructures them; answers come in the order asked (the worker takes one at a time). */
  layOut(pages: LayoutRequest['pages']): Promise<LayoutResult>;
  /** Ends the worker; what is still asked of it is answered as cancelled. */
  end(): void;
}

/** Starts the layout worker for one PDF; the signal ends it at once. */
export function startLayout(signal: AbortSignal): LayoutSession {
  // bundled by Vite as its own module, loaded from the extension's files (script-src 'self')
  const worker = new Worker(new URL('../layout-worker.ts', import.meta.url), { type: 'module' });
  const waiting: Array<(result: LayoutResult) => void> = [];
  /** Set once the worker is gone: every later request gets it. */
  let ended: LayoutResult | null = null;
  const endWith = (result: LayoutResult) => {
    if (ended) return;
    ended = result;
    worker.terminate();
    signal.removeEventListener('abort', cancel);
    for (const resolve of waiting.splice(0)) resolve(result);
  };
  const cancel = () => endWith(err({ key: 'pdfCancelled' }));
  signal.addEventListener('abort', cancel);
  worker.addEventListener('message', ({ data }: MessageEvent<unknown>) => {
    const answer = decodeLayoutAnswer(data);
    waiting.shift()?.(answer.ok ? answer : err({ key: 'pdfFailed', detail: answer.error }));
  });
  worker.addEventListener('error', (event) => endWith(err({ key: 'pdfFailed', detail: event.message || 'the layout worker failed' })));
  if (signal.aborted) cancel();
  return {
    layOut(pages) {
      if (ended) return Promise.resolve(ended);
      return new Promise((resolve) => {
        waiting.push(resolve);
        worker.postMessage({ pages } satisfies LayoutRequest);
      });
    },
    end: cancel,
  };
}
