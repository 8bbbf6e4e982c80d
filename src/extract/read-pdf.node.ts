/**
 * `readPdf` for Node: pdf.js's legacy build, its CMaps read from the installed package, and its worker in a thread
 * of its own (pdf.js in Node would run it on the calling thread, where a page that decodes gigabytes cannot be
 * stopped).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { PDFWorker } from 'pdfjs-dist';
import type { Result } from '../core/result.js';
import { readPdfWith, readPositionedWith, type PdfEngine, type PdfFailure, type PdfRead, type ReadPdfOptions } from './pdf.js';

type WebWorkerPort = NonNullable<NonNullable<ConstructorParameters<typeof PDFWorker>[0]>['port']>;

const require = createRequire(import.meta.url);
let cMapDir: string | null = null;
const cMaps = () => (cMapDir ??= join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + '/');

/**
 * The thread's code: pdf.js's worker module, answering on the port it is handed (the thread runs no file of ours).
 * Only dynamic imports, as it runs as a CommonJS script or as a module depending on how Node was started.
 */
const THREAD_CODE = `import('node:worker_threads').then(async ({ workerData }) => {
  const { WorkerMessageHandler } = await import(workerData.module);
  workerData.port.start();
  WorkerMessageHandler.initializeFromPort(workerData.port);
});`;

async function nodeEngine(): Promise<PdfEngine> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const module = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  return {
    pdfjs,
    startWorker() {
      const { port1, port2 } = new MessageChannel();
      const thread = new Worker(THREAD_CODE, { eval: true, workerData: { port: port2, module }, transferList: [port2] });
      port1.start();
      // a Node MessagePort is the EventTarget with postMessage that pdf.js asks of a web worker's port
      const worker = new pdfjs.PDFWorker({ port: port1 as unknown as WebWorkerPort, verbosity: 0 });
      const failed = new Promise<never>((_, reject) => thread.once('error', reject));
      failed.catch(() => {}); // rejected only while a read waits on it; otherwise the error is not the reader's
      return { worker, failed, terminate: () => { worker.destroy(); port1.close(); void thread.terminate(); } };
    },
    memoryInUse: () => process.memoryUsage.rss(),
    cpuTimeUsed: () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; },
  };
}

/** A PDF's bytes → each page's lines in reading order, with layout hints; `restructure(page)` takes each page. */
export async function readPdf(data: Uint8Array, options: ReadPdfOptions = {}): Promise<Result<PdfRead, PdfFailure>> {
  return readPdfWith(await nodeEngine(), data, { cMapUrl: cMaps(), ...options });
}

/** The pages as positioned text runs, before the layout stage (benchmarks and layout tests). */
export async function readPositionedPdf(data: Uint8Array, options: ReadPdfOptions = {}) {
  return readPositionedWith(await nodeEngine(), data, { cMapUrl: cMaps(), ...options });
}
