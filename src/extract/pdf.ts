/**
 * A printed page's PDF → positioned text runs, one page at a time, through pdf.js. The pdf.js module is handed
 * in (the legacy build in Node, the browser build with its worker in the extension), so this stays pure.
 */
import type * as PdfJs from 'pdfjs-dist';
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
}

export interface PdfRead {
  pages: PrintedPage[];
  /** Pages in the PDF (more than `pages` when `maxPages` cut the reading short). */
  pageCount: number;
}

export const DEFAULT_MAX_PAGES = 500;

/** The reader-facing errors `readPdfWith` gives, exported so a UI can tell them apart and word them in its language. */
export const PDF_ERRORS = {
  cancelled: 'Reading the PDF was cancelled.',
  noTextLayer: 'This PDF has no text layer (a scanned page without OCR): there is no text to read.',
  encrypted: 'This PDF is encrypted with a password: Broadsheet cannot read it.',
  damaged: 'This file is not a readable PDF (it is damaged or not a PDF at all).',
} as const;

type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'OPS'>;

/**
 * Reads every page's text with its geometry and lays it out. Errors are one line for the reader: a damaged or
 * encrypted PDF, one with no text layer (a scan without OCR), a cancelled run.
 */
export async function readPdfWith(pdfjs: PdfJsModule, data: Uint8Array, options: ReadPdfOptions = {}): Promise<Result<PdfRead>> {
  return eachPage(pdfjs, data, options, (positioned, page) => ({ page, ...layoutPage(positioned) }));
}

/** The pages as positioned runs, before layout (for benchmarks and tests of the layout stage). */
export async function readPositionedWith(pdfjs: PdfJsModule, data: Uint8Array, options: ReadPdfOptions = {}) {
  return eachPage(pdfjs, data, options, (positioned, page) => ({ page, positioned }));
}

async function eachPage<T>(pdfjs: PdfJsModule, data: Uint8Array, options: ReadPdfOptions, read: (page: PositionedPage, n: number) => T): Promise<Result<{ pages: T[]; pageCount: number }>> {
  let task: ReturnType<PdfJsModule['getDocument']>;
  try {
    // images left out (any over one pixel is skipped): only text, fonts and paths are read, and decoding a page's
    // photos for the operator list would cost the most
    task = pdfjs.getDocument({ data, cMapUrl: options.cMapUrl, cMapPacked: true, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, maxImageSize: 1, verbosity: 0 });
  } catch (error) {
    return err(pdfError(error));
  }
  const abort = () => { void task.destroy(); };
  options.signal?.addEventListener('abort', abort);
  try {
    const doc = await task.promise;
    const total = Math.min(doc.numPages, options.maxPages ?? DEFAULT_MAX_PAGES);
    const pages: T[] = [];
    let textRuns = 0;
    for (let n = 1; n <= total; n++) {
      if (options.signal?.aborted) return err(PDF_ERRORS.cancelled);
      const page = await doc.getPage(n);
      const positioned = await positionedPage(pdfjs.OPS, page, options.fontNames !== false);
      textRuns += positioned.runs.length;
      pages.push(read(positioned, n));
      page.cleanup();
      options.onProgress?.(n, total);
    }
    await doc.destroy();
    if (!textRuns) return err(PDF_ERRORS.noTextLayer);
    return ok({ pages, pageCount: doc.numPages });
  } catch (error) {
    if (options.signal?.aborted) return err(PDF_ERRORS.cancelled);
    return err(pdfError(error));
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
}

function pdfError(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'PasswordException') return PDF_ERRORS.encrypted;
  if (name === 'InvalidPDFException') return PDF_ERRORS.damaged;
  const message = (error as Error)?.message ?? String(error);
  return `The PDF could not be read: ${message.split('\n')[0]}`;
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJsModule['getDocument']>['promise']>['getPage']>>;

async function positionedPage(ops: PdfJsModule['OPS'], page: PdfPage, fontNames: boolean): Promise<PositionedPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const names = new Map<string, string>();
  let drawn: Pick<PositionedPage, 'rules' | 'boxes'> = {};
  if (fontNames) {
    const list = await page.getOperatorList();
    drawn = rulesOf(ops, list.fnArray, list.argsArray, viewport.transform, viewport.width * viewport.height);
    for (const item of content.items) {
      const id = (item as TextItem).fontName;
      if (!id || names.has(id)) continue;
      try { names.set(id, String((page.commonObjs.get(id) as { name?: string })?.name ?? '')); } catch { names.set(id, ''); }
    }
  }
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const run = runOf(item, viewport.transform, names.get(item.fontName) ?? '');
    if (run) runs.push(run);
  }
  return { width: viewport.width, height: viewport.height, runs, ...drawn };
}

/** Thinner than this (pt), a painted path is a rule; a path larger both ways is a box. */
const RULE_THICKNESS = 3;
/** Shorter than this (pt), a rule or a box is an ornament or a bullet, not a divider. */
const RULE_LENGTH = 20;
/** A box covering this share of the page or more is a background, not a divider. */
const BACKGROUND_SHARE = 0.5;

/**
 * The rules and boxes the page paints (stroked or filled paths, clipping paths left out), in page space: pdf.js
 * gives each path's bounding box in the user space of the moment, so the transformation matrix is followed
 * through save / restore / cm and form XObjects.
 */
export function rulesOf(ops: PdfJsModule['OPS'], fns: readonly number[], args: readonly unknown[], viewport: readonly number[], pageArea: number): { rules: Rule[]; boxes: Box[] } {
  const rules: Rule[] = [], boxes: Box[] = [];
  const stack: Matrix[] = [];
  let ctm = viewport.slice(0, 6) as Matrix;
  const painted = new Set<number>([ops.stroke, ops.closeStroke, ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i]!, a = args[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && a) ctm = multiply(ctm, a as number[]);
    else if (fn === ops.paintFormXObjectBegin) { stack.push(ctm); const m = a?.[0] as number[] | null; if (m && m.length === 6) ctm = multiply(ctm, m); }
    else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && a && painted.has(a[0] as number)) {
      const mm = a[2] as ArrayLike<number> | null;
      if (!mm || mm.length < 4) continue;
      const box = transformBox(ctm, mm[0]!, mm[1]!, mm[2]!, mm[3]!);
      const w = box.x1 - box.x0, h = box.y1 - box.y0;
      if (w < RULE_LENGTH && h < RULE_LENGTH) continue;
      if (h <= RULE_THICKNESS) rules.push({ x0: box.x0, y0: (box.y0 + box.y1) / 2, x1: box.x1, y1: (box.y0 + box.y1) / 2 });
      else if (w <= RULE_THICKNESS) rules.push({ x0: (box.x0 + box.x1) / 2, y0: box.y0, x1: (box.x0 + box.x1) / 2, y1: box.y1 });
      else if (w * h < BACKGROUND_SHARE * pageArea) boxes.push({ x0: box.x0, top: box.y0, x1: box.x1, bottom: box.y1 });
    }
  }
  return { rules, boxes };
}

function transformBox(m: Matrix, x0: number, y0: number, x1: number, y1: number): { x0: number; y0: number; x1: number; y1: number } {
  const xs: number[] = [], ys: number[] = [];
  for (const [x, y] of [[x0, y0], [x0, y1], [x1, y0], [x1, y1]] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

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
