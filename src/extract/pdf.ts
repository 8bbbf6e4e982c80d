/**
 * A printed page's PDF → positioned text runs, one page at a time, through pdf.js. The pdf.js module is handed
 * in (the legacy build in Node, the browser build with its worker in the extension), so this stays pure.
 */
import type * as PdfJs from 'pdfjs-dist';
import type { PDFWorker } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { err, ok, type Result } from '../core/result.js';
import { layoutPage, type LaidOutPage } from '../layout/index.js';
import type { Box, PositionedPage, Rule, TextRun } from '../layout/model.js';

/** One printed page of a PDF, laid out: what `restructure` takes (and `truncated` when the page was over the layout's limits). */
export interface PrintedPage extends LaidOutPage {
  /** 1-based page number in the PDF. */
  page: number;
}

export interface ReadPdfOptions {
  /** Where pdf.js finds its CMaps (needed for Chinese fonts without a ToUnicode map). */
  cMapUrl?: string;
  /** Pages read at most; a longer PDF is read up to here and says so. */
  maxPages?: number;
  /** Told after each page: pages read, pages to read. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Read the fonts' real names (bold from '-Bold', 黑体…): slower, as pdf.js must load each page's fonts. */
  fontNames?: boolean;
  /** What one page may cost (PAGE_LIMITS by default). */
  limits?: Partial<PageLimits>;
}

export interface PdfRead {
  pages: PrintedPage[];
  /** Pages in the PDF. */
  pageCount: number;
  /** The last page read: less than `pageCount` when `maxPages` cut the reading short. */
  readUpTo: number;
  /** Pages read in part or left out, each with why. */
  pageProblems: PageProblem[];
}

/**
 * What one page may cost. A hostile PDF spends without bound inside pdf.js: a few KB of nested Flate streams
 * decode to gigabytes, all held in memory at once, and a ToUnicode map can turn one code into thousands of
 * characters. pdf.js has no option that caps either, so each page is watched from outside its worker.
 */
export interface PageLimits {
  /**
   * Characters of text read on one page; the page's text past it is left out. A dense broadsheet page has ~50,000;
   * the shared generator's pages of 200,000 runs have 600,000 and 780,000.
   */
  chars: number;
  /**
   * Time for one page (or for opening the PDF) in pdf.js: a real page takes about a second, a page of 200,000 runs
   * about five. Counted in CPU time where the engine measures it (Node), so a page is not dropped because other work
   * slows the machine, with the clock as a backstop at WALL_TIME_FACTOR times it; on the clock elsewhere. Where
   * memory cannot be measured (a browser) this alone stops a bomb that the bytes decoded do not show (one decoded
   * by pdf.js's own JavaScript: LZW, run-length, a Flate stream with a predictor).
   */
  ms: number;
  /** Memory the process may grow by while pdf.js reads one page, where the engine can measure it; elsewhere the bytes pdf.js may decode for it. */
  memoryBytes: number;
  /**
   * Text items on one page up to which its drawings (rules, boxes, pictures) and fonts' names are read too. pdf.js
   * lists them only with all the page's text again, which on a page of 200,000 runs costs as much time as the text
   * itself; the densest printed pages here have about 5,300.
   */
  drawnItems: number;
}

export const PAGE_LIMITS: PageLimits = { chars: 1_000_000, ms: 15_000, memoryBytes: 512 * 1024 * 1024, drawnItems: 50_000 };

/**
 * A page read only in part (its text over the limit), read without its drawings (more text items than they are read
 * for), or left out (it took more time or memory than allowed).
 */
export interface PageProblem {
  page: number;
  kind: 'textCut' | 'drawingsLeftOut' | 'tooCostly';
  message: string;
}

export const DEFAULT_MAX_PAGES = 500;

/** The reader-facing wording of each way a PDF gives no pages, in English (a UI words them by `kind` in its language). */
export const PDF_ERRORS = {
  cancelled: 'Reading the PDF was cancelled.',
  noTextLayer: 'This PDF has no text layer (a scanned page without OCR): there is no text to read.',
  encrypted: 'This PDF is encrypted with a password: Broadsheet cannot read it.',
  damaged: 'This file is not a readable PDF (it is damaged or not a PDF at all).',
  tooCostly: 'This PDF takes more time or memory to read than Broadsheet allows: nothing could be read.',
} as const;

/**
 * Why a PDF gave no pages: one of the known problems, or pdf.js's own reason (one line) for any other. `message`
 * is the whole sentence in English; a UI that words it itself takes `kind` and `reason`.
 */
export type PdfFailure =
  | { kind: keyof typeof PDF_ERRORS; message: string }
  | { kind: 'unreadable'; reason: string; message: string };

const failure = (kind: keyof typeof PDF_ERRORS): PdfFailure => ({ kind, message: PDF_ERRORS[kind] });

type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'OPS'>;

/** A pdf.js worker in a thread of its own, which `terminate` ends even in the middle of a page. */
export interface PdfWorkerThread {
  worker: PDFWorker;
  terminate(): void;
  /** Rejects if the thread itself fails (where pdf.js would not tell). */
  failed?: Promise<never>;
  /**
   * Bytes the thread's pdf.js has decoded since it started (Flate and Brotli streams), where the process's memory
   * cannot be measured (a browser): a page that decodes more than its memory limit is stopped all the same.
   */
  bytesDecoded?: () => number;
}

/** pdf.js as the reader runs it: its module, a way to start a worker the reader can end, and (in Node) memory in use. */
export interface PdfEngine {
  pdfjs: PdfJsModule;
  startWorker(): PdfWorkerThread;
  /** Bytes the process holds, to stop a page that decodes too much; absent where it cannot be measured. */
  memoryInUse?: () => number;
  /** Milliseconds of CPU the process has spent, all its threads together; absent where it cannot be measured. */
  cpuTimeUsed?: () => number;
}

/** Where CPU time is counted, a page that spends little of it for this many times its time limit is stopped all the same. */
const WALL_TIME_FACTOR = 4;

/** How often memory and CPU time are looked at while a page is read: a Flate bomb grows the process by about 150 MB a second. */
const LIMITS_CHECK_MS = 25;

/**
 * Reads every page's text with its geometry and lays it out. Errors are one line for the reader: a damaged or
 * encrypted PDF, one with no text layer (a scan without OCR), a cancelled run; a page over its limits is said in
 * `pageProblems` while the others are read.
 */
export async function readPdfWith(engine: PdfEngine, data: Uint8Array, options: ReadPdfOptions = {}): Promise<Result<PdfRead, PdfFailure>> {
  return eachPage(engine, data, options, (positioned, page) => ({ page, ...layoutPage(positioned) }));
}

/**
 * The pages as positioned runs, before layout (for benchmarks, tests of the layout stage, and a layout elsewhere).
 * `onPage` is handed each page as soon as it is read, so a reader can lay it out and show it while the rest are read.
 */
export async function readPositionedWith(engine: PdfEngine, data: Uint8Array, options: ReadPdfOptions & { onPage?: (read: { page: number; positioned: PositionedPage }) => void } = {}) {
  return eachPage(engine, data, options, (positioned, page) => {
    const read = { page, positioned };
    options.onPage?.(read);
    return read;
  });
}

type PdfDocument = Awaited<ReturnType<PdfJsModule['getDocument']>['promise']>;

/** One open document in one worker: a page over its limits ends both, and the next page opens the PDF again. */
interface Session {
  thread: PdfWorkerThread;
  task: ReturnType<PdfJsModule['getDocument']>;
}

const OVER_LIMITS = Symbol('over limits');

async function eachPage<T>(engine: PdfEngine, data: Uint8Array, options: ReadPdfOptions, read: (page: PositionedPage, n: number) => T): Promise<Result<{ pages: T[]; pageCount: number; readUpTo: number; pageProblems: PageProblem[] }, PdfFailure>> {
  const limits = { ...PAGE_LIMITS, ...options.limits };
  let session: Session | null = null;
  const close = () => {
    if (!session) return;
    void session.task.destroy();
    session.thread.terminate();
    session = null;
  };
  const open = (): Session => {
    const thread = engine.startWorker();
    // pdf.js takes the bytes over (and refuses a Node Buffer): each opening gets its own plain copy. No maxImageSize: pdf.js would leave an
    // image over it out of the operator list, where the pictures' places are read. Decoding them is the cost (about half as much again as
    // the rest of pdf.js's work), paid only where the operator list is read (`fontNames`); an image that decodes without end is stopped
    // by the page's limits like any other bomb.
    const task = engine.pdfjs.getDocument({ data: new Uint8Array(data), worker: thread.worker, cMapUrl: options.cMapUrl, cMapPacked: true, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
    return (session = { thread, task });
  };
  const withinLimits = <R>(work: Promise<R>) => {
    const thread = session?.thread;
    const memoryInUse = engine.memoryInUse ?? thread?.bytesDecoded;
    return watch(thread?.failed ? Promise.race([work, thread.failed]) : work, { memoryInUse, cpuTimeUsed: engine.cpuTimeUsed }, limits);
  };
  options.signal?.addEventListener('abort', close);
  try {
    let doc: PdfDocument | typeof OVER_LIMITS = await withinLimits(open().task.promise);
    if (doc === OVER_LIMITS) return err(failure('tooCostly'));
    const pageCount = doc.numPages;
    const total = Math.min(pageCount, options.maxPages ?? DEFAULT_MAX_PAGES);
    const pages: T[] = [];
    const pageProblems: PageProblem[] = [];
    let textRuns = 0;
    for (let n = 1; n <= total; n++) {
      if (options.signal?.aborted) return err(failure('cancelled'));
      if (doc === OVER_LIMITS) doc = await withinLimits(open().task.promise);
      const page: PositionedRead | typeof OVER_LIMITS = doc === OVER_LIMITS ? OVER_LIMITS : await withinLimits(positionedPage(engine.pdfjs.OPS, doc, n, options.fontNames !== false, limits));
      if (page === OVER_LIMITS) {
        close();
        doc = OVER_LIMITS;
        pageProblems.push(pageProblem(n, 'tooCostly', limits));
      } else {
        if (page.textCut) pageProblems.push(pageProblem(n, 'textCut', limits));
        if (page.drawingsLeftOut) pageProblems.push(pageProblem(n, 'drawingsLeftOut', limits));
        textRuns += page.positioned.runs.length;
        pages.push(read(page.positioned, n));
      }
      options.onProgress?.(n, total);
    }
    if (!textRuns) return err(failure(pageProblems.some((p) => p.kind === 'tooCostly') ? 'tooCostly' : 'noTextLayer'));
    return ok({ pages, pageCount, readUpTo: total, pageProblems });
  } catch (error) {
    if (options.signal?.aborted) return err(failure('cancelled'));
    return err(pdfError(error));
  } finally {
    options.signal?.removeEventListener('abort', close);
    close();
  }
}

/** The work's value, or OVER_LIMITS once it has taken longer, or grown the process more, than allowed. */
function watch<R>(work: Promise<R>, { memoryInUse, cpuTimeUsed }: Pick<PdfEngine, 'memoryInUse' | 'cpuTimeUsed'>, limits: PageLimits): Promise<R | typeof OVER_LIMITS> {
  return new Promise((resolve, reject) => {
    const memoryAtStart = memoryInUse?.() ?? 0, cpuAtStart = cpuTimeUsed?.() ?? 0;
    const stop = () => { clearTimeout(timer); clearInterval(check); };
    const over = () => { stop(); resolve(OVER_LIMITS); };
    const timer = setTimeout(over, cpuTimeUsed ? WALL_TIME_FACTOR * limits.ms : limits.ms);
    const overLimits = () => (memoryInUse && memoryInUse() - memoryAtStart > limits.memoryBytes) || (cpuTimeUsed && cpuTimeUsed() - cpuAtStart > limits.ms);
    const check = memoryInUse || cpuTimeUsed ? setInterval(() => { if (overLimits()) over(); }, LIMITS_CHECK_MS) : undefined;
    work.then((value) => { stop(); resolve(value); }, (error: unknown) => { stop(); reject(error); });
  });
}

function pageProblem(page: number, kind: PageProblem['kind'], limits: PageLimits): PageProblem {
  const message = {
    textCut: `Page ${page} has more text than Broadsheet reads on one page (${limits.chars.toLocaleString('en')} characters): the rest of it is left out.`,
    drawingsLeftOut: `Page ${page} has more pieces of text than Broadsheet reads its rules and pictures for (${limits.drawnItems.toLocaleString('en')}): its stories are found from its text alone.`,
    tooCostly: `Page ${page} takes more time or memory to read than Broadsheet allows (${limits.ms / 1000} s, ${Math.round(limits.memoryBytes / 2 ** 20)} MB): it is left out.`,
  }[kind];
  return { page, kind, message };
}

function pdfError(error: unknown): PdfFailure {
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'PasswordException') return failure('encrypted');
  if (name === 'InvalidPDFException') return failure('damaged');
  const reason = ((error as Error)?.message ?? String(error)).split('\n')[0]!;
  return { kind: 'unreadable', reason, message: `The PDF could not be read: ${reason}` };
}

/**
 * One page's runs, read up to `limits.chars` characters of text (`textCut` says the page had more), with its drawings
 * and fonts' names where asked for and the page has no more than `limits.drawnItems` text items (`drawingsLeftOut`).
 */
interface PositionedRead {
  positioned: PositionedPage;
  textCut: boolean;
  drawingsLeftOut: boolean;
}

async function positionedPage(ops: PdfJsModule['OPS'], doc: PdfDocument, n: number, fontNames: boolean, limits: PageLimits): Promise<PositionedRead> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const content = await textOf(page, limits.chars);
  const names = new Map<string, string>();
  let drawn: Pick<PositionedPage, 'rules' | 'boxes' | 'images'> = {};
  const drawingsLeftOut = fontNames && content.items.length > limits.drawnItems;
  if (fontNames && !drawingsLeftOut) {
    const list = await page.getOperatorList();
    drawn = drawnOf(ops, list.fnArray, list.argsArray, viewport.transform, viewport);
    for (const item of content.items) {
      const id = item.fontName;
      if (!id || names.has(id)) continue;
      try { names.set(id, String((page.commonObjs.get(id) as { name?: string })?.name ?? '')); } catch { names.set(id, ''); }
    }
  }
  const runs: TextRun[] = [];
  for (const item of content.items) {
    const run = runOf(item, viewport.transform, names.get(item.fontName) ?? '');
    if (run) runs.push(run);
  }
  page.cleanup();
  return { positioned: { width: viewport.width, height: viewport.height, runs, ...drawn }, textCut: content.cut, drawingsLeftOut };
}

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

/** The page's text items, streamed from pdf.js and no more than `maxChars` characters of them. */
async function textOf(page: PdfPage, maxChars: number): Promise<{ items: TextItem[]; cut: boolean }> {
  const reader = page.streamTextContent().getReader();
  const items: TextItem[] = [];
  let chars = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const item of (chunk.value as { items: Array<TextItem | object> }).items) {
      if (!('str' in item)) continue;
      chars += item.str.length;
      if (chars > maxChars) {
        void reader.cancel(new Error('The page has more text than is read.'));
        return { items, cut: true };
      }
      items.push(item);
    }
  }
  return { items, cut: false };
}

/** Thinner than this (pt), a painted path is a rule; a path larger both ways is a box. */
const RULE_THICKNESS = 3;
/** Shorter than this (pt), a rule or a box is an ornament or a bullet, not a divider. */
const RULE_LENGTH = 20;
/**
 * A box or an image covering this share of the page or more is the page's background, not a divider or a picture
 * among its stories: a tinted page, or a scanned page's image behind its OCR text layer.
 */
const BACKGROUND_SHARE = 0.5;
/**
 * Narrower or shorter than this (pt) where it shows, an image is a rule, a dot or an icon (a weather symbol in a
 * forecast table), not a picture: the smallest pictures printed, a column's name set as an image, a one-column
 * portrait, are 36 pt or more both ways.
 */
const PICTURE_LEAST_SIDE = 30;

type Rect = { x0: number; y0: number; x1: number; y1: number };

/**
 * What the page paints besides its text, in page space: rules and boxes (stroked or filled paths, clipping paths
 * left out) and pictures (images, where they show). pdf.js gives each path's bounding box in the user space of the
 * moment and paints each image over the unit square of it, so the transformation matrix is followed through
 * save / restore / cm and form XObjects; so is the clip, as a page shows a photo cropped by its frame.
 */
export function drawnOf(ops: PdfJsModule['OPS'], fns: readonly number[], args: readonly unknown[], viewport: readonly number[], page: { width: number; height: number }): { rules: Rule[]; boxes: Box[]; images: Box[] } {
  const rules: Rule[] = [], boxes: Box[] = [], images: Box[] = [];
  const pageArea = page.width * page.height;
  const stack: Array<{ ctm: Matrix; clip: Rect }> = [];
  let ctm = viewport.slice(0, 6) as Matrix;
  let clip: Rect = { x0: 0, y0: 0, x1: page.width, y1: page.height };
  // pdf.js sends W / W* as clip ops before the path they make the clip of
  let clipsNextPath = false;
  const painted = new Set<number>([ops.stroke, ops.closeStroke, ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  // getOperatorList's list is not optimised, so grouped and repeated images never occur; a one-pixel mask
  // (paintSolidColorImageMask) is a painted rectangle, not a picture
  const imageOps = new Set<number>([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject]);
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i]!, a = args[i] as unknown[] | null;
    if (fn === ops.save) stack.push({ ctm, clip });
    else if (fn === ops.restore) ({ ctm, clip } = stack.pop() ?? { ctm, clip });
    else if (fn === ops.transform && a) ctm = multiply(ctm, a as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ctm, clip });
      const m = a?.[0] as number[] | null, bbox = a?.[1] as number[] | null;
      if (m && m.length === 6) ctm = multiply(ctm, m);
      if (bbox && bbox.length === 4) clip = intersection(clip, transformBox(ctm, bbox[0]!, bbox[1]!, bbox[2]!, bbox[3]!));
    } else if (fn === ops.paintFormXObjectEnd) ({ ctm, clip } = stack.pop() ?? { ctm, clip });
    else if (fn === ops.clip || fn === ops.eoClip) clipsNextPath = true;
    else if (fn === ops.constructPath && a) {
      const mm = a[2] as ArrayLike<number> | null;
      const box = mm && mm.length >= 4 ? transformBox(ctm, mm[0]!, mm[1]!, mm[2]!, mm[3]!) : null;
      if (clipsNextPath && box) clip = intersection(clip, box);
      clipsNextPath = false;
      if (!box || !painted.has(a[0] as number)) continue;
      const w = box.x1 - box.x0, h = box.y1 - box.y0;
      if (w < RULE_LENGTH && h < RULE_LENGTH) continue;
      if (h <= RULE_THICKNESS) rules.push({ x0: box.x0, y0: (box.y0 + box.y1) / 2, x1: box.x1, y1: (box.y0 + box.y1) / 2 });
      else if (w <= RULE_THICKNESS) rules.push({ x0: (box.x0 + box.x1) / 2, y0: box.y0, x1: (box.x0 + box.x1) / 2, y1: box.y1 });
      else if (w * h < BACKGROUND_SHARE * pageArea) boxes.push({ x0: box.x0, top: box.y0, x1: box.x1, bottom: box.y1 });
    } else if (imageOps.has(fn)) {
      const shown = intersection(clip, transformBox(ctm, 0, 0, 1, 1));
      const w = shown.x1 - shown.x0, h = shown.y1 - shown.y0;
      if (w >= PICTURE_LEAST_SIDE && h >= PICTURE_LEAST_SIDE && w * h < BACKGROUND_SHARE * pageArea) images.push({ x0: shown.x0, top: shown.y0, x1: shown.x1, bottom: shown.y1 });
    }
  }
  return { rules, boxes, images };
}

function transformBox(m: Matrix, x0: number, y0: number, x1: number, y1: number): Rect {
  const xs: number[] = [], ys: number[] = [];
  for (const [x, y] of [[x0, y0], [x0, y1], [x1, y0], [x1, y1]] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** The part two rectangles share (x1 < x0 or y1 < y0 when none). */
const intersection = (a: Rect, b: Rect): Rect => ({ x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) });

/** Font names that say heavy type: -Bold, Black, Heavy, Semibold; 黑体 (…HT…, Hei) in Chinese founts. */
const BOLD_FONT = /bold|black|heavy|semibold|demi|\bhei|黑|(?:^|[^a-z])(?:[a-z]{0,3})HT[A-Z]{0,2}(?:--|-|$)/i;

/** One pdf.js text item in page space (y down). */
export function runOf(item: Pick<TextItem, 'str' | 'transform' | 'width' | 'height' | 'dir' | 'hasEOL'>, viewport: readonly number[], fontName: string): TextRun | null {
  const [a, b, c, d, e, f] = multiply(viewport, item.transform as number[]);
  const font = fontName.replace(/^[A-Z]{6}\+/, '');
  const bold = BOLD_FONT.test(font);
  if (item.dir === 'ttb') {
    const size = Math.hypot(a, b) || item.width;
    return { text: item.str, x: e, y: f, width: item.width || size, height: item.height, fontSize: size, font, bold, dir: 'ttb', lineEnd: item.hasEOL };
  }
  const size = Math.hypot(c, d);
  // a skew of the y axis alone (c) is a slanted italic, not a rotation
  const rotated = Math.abs(b) > 0.05 * Math.abs(a) || a < 0;
  return { text: item.str, x: e, y: f - size, width: item.width, height: size, fontSize: size, font, bold, dir: item.dir === 'rtl' ? 'rtl' : 'ltr', lineEnd: item.hasEOL, ...(rotated ? { rotated } : {}) };
}

/** m1 × m2 for 2D affine matrices [a, b, c, d, e, f]. */
type Matrix = [number, number, number, number, number, number];
function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m1 as Matrix;
  const [a2, b2, c2, d2, e2, f2] = m2 as Matrix;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/** A PDF's bytes start with %PDF- (within the first KB, as readers allow). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
