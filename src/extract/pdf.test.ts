import { describe, expect, it } from 'vitest';
import { drawnOf, isPdf, readPdfWith, readPositionedWith, runOf } from './pdf.js';

/*
 * pdf.js-like inputs built by hand: a text item's transform is [a, b, c, d, e, f] in PDF user space (y up), and
 * the page's viewport transform at scale 1 for an 800 pt high page is [1, 0, 0, -1, 0, 800] (y down).
 */
const H = 800;
const VIEWPORT = [1, 0, 0, -1, 0, H];
type Item = Parameters<typeof runOf>[0];
const item = (str: string, transform: number[], extra: Partial<Item> = {}): Item => ({ str, transform, width: str.length * 5, height: 10, dir: 'ltr', hasEOL: false, ...extra });

describe('runOf', () => {
  it('turns a text item into page space: y down, its top one type size above the baseline', () => {
    // 10 pt type, baseline at y = 700 from the bottom: 100 from the top
    const run = runOf(item('Hello', [10, 0, 0, 10, 72, 700], { width: 25 }), VIEWPORT, 'Times-Roman');
    expect(run).toEqual({ text: 'Hello', x: 72, y: 90, width: 25, height: 10, fontSize: 10, font: 'Times-Roman', bold: false, dir: 'ltr', lineEnd: false });
  });

  it('reads the type size from the transform\'s scale, and keeps the text stream\'s line end', () => {
    const run = runOf(item('Big', [24, 0, 0, 24, 100, 500], { hasEOL: true }), VIEWPORT, '')!;
    expect(run).toMatchObject({ fontSize: 24, height: 24, x: 100, y: H - 500 - 24, lineEnd: true });
  });

  it('follows a viewport that scales the page', () => {
    const run = runOf(item('x', [10, 0, 0, 10, 50, 700]), [2, 0, 0, -2, 0, 2 * H], '')!;
    expect(run).toMatchObject({ x: 100, y: 200 - 20, fontSize: 20 });
  });

  it('removes the subset prefix from the font name and reads bold from it', () => {
    const t = [10, 0, 0, 10, 72, 700];
    expect(runOf(item('a', t), VIEWPORT, 'ABCDEF+Optimum-Bold')).toMatchObject({ font: 'Optimum-Bold', bold: true });
    expect(runOf(item('a', t), VIEWPORT, 'ABCDEF+Optimum-Roman')).toMatchObject({ font: 'Optimum-Roman', bold: false });
    // Chinese founts: FZ…HT… (黑体) is heavy, FZ…SS… (书宋) is not
    expect(runOf(item('新', t), VIEWPORT, 'FZHTK--GBK1-0')).toMatchObject({ font: 'FZHTK--GBK1-0', bold: true });
    expect(runOf(item('新', t), VIEWPORT, 'FZSSK--GBK1-0')).toMatchObject({ bold: false });
    expect(runOf(item('a', t), VIEWPORT, 'Helvetica-Black')!.bold).toBe(true);
    expect(runOf(item('a', t), VIEWPORT, 'Minion-Semibold')!.bold).toBe(true);
    expect(runOf(item('a', t), VIEWPORT, '')).toMatchObject({ font: '', bold: false });
    // a prefix that is not a subset tag stays
    expect(runOf(item('a', t), VIEWPORT, 'Abcdef+Serif')!.font).toBe('Abcdef+Serif');
  });

  it('does not take an italic\'s slant for a rotation', () => {
    // the y axis skewed: a slanted (oblique) face
    const run = runOf(item('slanted', [10, 0, 2.1, 10, 72, 700]), VIEWPORT, 'Serif-Oblique')!;
    expect(run.rotated).toBeUndefined();
    expect(run).toMatchObject({ x: 72, dir: 'ltr' });
    expect(run.fontSize).toBeCloseTo(Math.hypot(2.1, 10));
  });

  it('marks text drawn at an angle (a quarter turn, upside down, a slight tilt) as rotated', () => {
    expect(runOf(item('up', [0, 10, -10, 0, 500, 300]), VIEWPORT, '')!.rotated).toBe(true);
    expect(runOf(item('down', [0, -10, 10, 0, 500, 300]), VIEWPORT, '')!.rotated).toBe(true);
    expect(runOf(item('upside down', [-10, 0, 0, -10, 500, 300]), VIEWPORT, '')!.rotated).toBe(true);
    const tilt = (deg: number) => { const r = (deg * Math.PI) / 180; return [10 * Math.cos(r), 10 * Math.sin(r), -10 * Math.sin(r), 10 * Math.cos(r), 72, 700]; };
    expect(runOf(item('tilted', tilt(15)), VIEWPORT, '')!.rotated).toBe(true);
    expect(runOf(item('level', tilt(1)), VIEWPORT, '')!.rotated).toBeUndefined();
    expect(runOf(item('level', tilt(1)), VIEWPORT, '')!.fontSize).toBeCloseTo(10);
  });

  it('keeps vertical (ttb) text vertical, its size from the transform, its top where the item starts', () => {
    const run = runOf(item('竖排', [12, 0, 0, 12, 400, 650], { dir: 'ttb', width: 12, height: 24 }), VIEWPORT, 'FZSSK--GBK1-0')!;
    expect(run).toMatchObject({ text: '竖排', dir: 'ttb', fontSize: 12, x: 400, y: 150, width: 12, height: 24 });
    expect(run.rotated).toBeUndefined();
  });

  it('keeps a right-to-left item\'s direction', () => {
    expect(runOf(item('שלום', [10, 0, 0, 10, 300, 700], { dir: 'rtl' }), VIEWPORT, '')!.dir).toBe('rtl');
  });
});

/** A fake pdf.js OPS table: only the codes drawnOf looks at, numbered at will. */
const OPS = {
  save: 10, restore: 11, transform: 12, constructPath: 91, endPath: 28, clip: 29, eoClip: 30,
  stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27,
  paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, showText: 44,
  paintImageMaskXObject: 83, paintImageXObject: 85, paintInlineImageXObject: 86, paintSolidColorImageMask: 90,
} as unknown as Parameters<typeof drawnOf>[0];
const ops = OPS as unknown as Record<string, number>;
const PAGE = { width: 600, height: H };

/** A path painted with `paint`, its bounding box [minX, minY, maxX, maxY] in user space (pdf.js 5's constructPath). */
const path = (paint: number, minMax: number[]): [number, unknown] => [ops.constructPath!, [paint, [], minMax]];
const read = (list: Array<[number, unknown]>, viewport = VIEWPORT) => drawnOf(OPS, list.map(([f]) => f), list.map(([, a]) => a), viewport, PAGE);
/** An image placed as PDF pages place one: its width and height, and its lower left corner, by a cm before it (user space, y up). */
const placed = (paint: number, [w, h, x, y]: number[]): Array<[number, unknown]> =>
  [[ops.save!, null], [ops.transform!, [w, 0, 0, h, x, y]], [paint, paint === ops.paintImageXObject ? ['img_p0_1', 800, 600] : [{}]], [ops.restore!, null]];

describe('drawnOf: rules and boxes', () => {
  it('finds a thin horizontal rule, stroked or filled, in page space', () => {
    const { rules, boxes } = read([path(ops.stroke!, [72, 500, 300, 500.5]), path(ops.fill!, [72, 300, 300, 302])]);
    expect(boxes).toEqual([]);
    expect(rules).toEqual([{ x0: 72, y0: 299.75, x1: 300, y1: 299.75 }, { x0: 72, y0: 499, x1: 300, y1: 499 }]);
  });

  it('finds a vertical rule', () => {
    const { rules } = read([path(ops.stroke!, [200, 100, 201, 600])]);
    expect(rules).toEqual([{ x0: 200.5, y0: 200, x1: 200.5, y1: 700 }]);
  });

  it('finds a box (a frame or a tinted panel)', () => {
    const { rules, boxes } = read([path(ops.fillStroke!, [72, 400, 300, 600])]);
    expect(rules).toEqual([]);
    expect(boxes).toEqual([{ x0: 72, top: 200, x1: 300, bottom: 400 }]);
  });

  it('skips clipping paths (ended without painting), ornaments, and page-size backgrounds', () => {
    const { rules, boxes } = read([
      path(ops.endPath!, [72, 500, 300, 500.5]), // a clip
      path(ops.endPath!, [72, 400, 300, 600]),
      path(ops.fill!, [100, 100, 105, 105]), // a bullet
      path(ops.fill!, [0, 0, 600, 800]), // the page's background
      path(ops.fill!, [10, 10, 590, 790]),
    ]);
    expect(rules).toEqual([]);
    expect(boxes).toEqual([]);
  });

  it('ignores operators that are no paths, and paths without a bounding box', () => {
    const { rules, boxes } = read([[ops.showText!, [[]]], [ops.constructPath!, [ops.stroke!, [], null]], [ops.constructPath!, null], [ops.transform!, null]]);
    expect([rules, boxes]).toEqual([[], []]);
  });

  it('follows save, transform and restore', () => {
    const { rules } = read([
      [ops.save!, null],
      [ops.transform!, [1, 0, 0, 1, 100, 0]], // moved 100 pt right
      path(ops.stroke!, [0, 500, 200, 500]),
      [ops.save!, null],
      [ops.transform!, [2, 0, 0, 2, 0, 0]], // and scaled twice
      path(ops.stroke!, [0, 100, 50, 100]),
      [ops.restore!, null],
      path(ops.stroke!, [0, 400, 200, 400]),
      [ops.restore!, null],
      path(ops.stroke!, [0, 300, 200, 300]),
    ]);
    expect(rules).toEqual([
      { x0: 100, y0: 300, x1: 300, y1: 300 },
      { x0: 100, y0: 600, x1: 200, y1: 600 },
      { x0: 100, y0: 400, x1: 300, y1: 400 },
      { x0: 0, y0: 500, x1: 200, y1: 500 },
    ]);
  });

  it('follows a form XObject\'s matrix until it ends', () => {
    const { rules } = read([
      [ops.paintFormXObjectBegin!, [[1, 0, 0, 1, 50, -100], [0, 0, 100, 100]]],
      path(ops.stroke!, [0, 500, 100, 500]),
      [ops.paintFormXObjectEnd!, []],
      path(ops.stroke!, [0, 500, 100, 500]),
    ]);
    expect(rules).toEqual([{ x0: 50, y0: 400, x1: 150, y1: 400 }, { x0: 0, y0: 300, x1: 100, y1: 300 }]);
  });

  it('survives a restore with nothing saved', () => {
    const { rules } = read([[ops.restore!, null], path(ops.stroke!, [0, 500, 100, 500])]);
    expect(rules).toEqual([{ x0: 0, y0: 300, x1: 100, y1: 300 }]);
  });
});

describe('drawnOf: pictures', () => {
  it('finds an image, inline image or image mask over the unit square of the user space it is painted in', () => {
    const { images, rules, boxes } = read([
      ...placed(ops.paintImageXObject!, [200, 150, 72, 500]),
      ...placed(ops.paintInlineImageXObject!, [100, 100, 300, 100]),
      ...placed(ops.paintImageMaskXObject!, [60, 80, 400, 400]),
    ]);
    expect(images).toEqual([{ x0: 72, top: 150, x1: 272, bottom: 300 }, { x0: 300, top: 600, x1: 400, bottom: 700 }, { x0: 400, top: 320, x1: 460, bottom: 400 }]);
    expect([rules, boxes]).toEqual([[], []]);
  });

  it('follows the transforms an image is painted under: nested, in a form XObject, flipped', () => {
    const { images } = read([
      [ops.save!, null],
      [ops.transform!, [1, 0, 0, 1, 100, 50]], // moved 100 pt right, 50 up
      [ops.paintFormXObjectBegin!, [[2, 0, 0, 2, 0, 0], [0, 0, 300, 300]]], // a form scaled twice
      ...placed(ops.paintImageXObject!, [80, 40, 10, 20]),
      [ops.paintFormXObjectEnd!, []],
      [ops.restore!, null],
      ...placed(ops.paintImageXObject!, [100, -100, 0, 300]), // painted upside down from y = 300 to 200
    ]);
    expect(images).toEqual([{ x0: 120, top: 630, x1: 280, bottom: 710 }, { x0: 0, top: 500, x1: 100, bottom: 600 }]);
  });

  it('keeps of an image only what its clip shows, until the clip is restored away', () => {
    const { images, rules } = read([
      [ops.save!, null],
      [ops.clip!, []],
      path(ops.endPath!, [72, 500, 272, 650]), // the photo's frame
      ...placed(ops.paintImageXObject!, [400, 300, 0, 450]), // placed larger, cropped by the frame
      [ops.restore!, null],
      ...placed(ops.paintImageXObject!, [400, 300, 0, 450]),
      ...placed(ops.paintImageXObject!, [300, 200, 400, -100]), // running off the page's foot
    ]);
    expect(images).toEqual([{ x0: 72, top: 150, x1: 272, bottom: 300 }, { x0: 0, top: 50, x1: 400, bottom: 350 }, { x0: 400, top: 700, x1: 600, bottom: 800 }]);
    expect(rules).toEqual([]);
  });

  it('skips tiny images (a rule or a dot painted as an image), a one-pixel mask, one clipped away, and a page-covering scan', () => {
    const { images } = read([
      ...placed(ops.paintImageXObject!, [300, 2, 72, 500]), // a rule
      ...placed(ops.paintImageMaskXObject!, [6, 6, 100, 100]), // a dot
      ...placed(ops.paintImageXObject!, [31, 22, 200, 200]), // an icon (a weather symbol)
      [ops.save!, null], [ops.transform!, [200, 0, 0, 150, 72, 500]], [ops.paintSolidColorImageMask!, []], [ops.restore!, null],
      [ops.save!, null], [ops.clip!, []], path(ops.endPath!, [0, 0, 50, 50]), ...placed(ops.paintImageXObject!, [200, 150, 300, 300]), [ops.restore!, null],
      ...placed(ops.paintImageXObject!, [600, 800, 0, 0]), // a scanned page behind its OCR text
      ...placed(ops.paintImageXObject!, [560, 760, 20, 20]),
    ]);
    expect(images).toEqual([]);
  });
});

describe('isPdf', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('knows a PDF by its header, also after some junk within the first kilobyte', () => {
    expect(isPdf(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe(true);
    expect(isPdf(bytes(`${'\0'.repeat(500)}%PDF-1.4\n`))).toBe(true);
  });

  it('refuses other files, empty input, and a header past the first kilobyte', () => {
    expect(isPdf(bytes('PK\u0003\u0004 a zip'))).toBe(false);
    expect(isPdf(bytes('<html><body>%PD F-</body></html>'))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
    expect(isPdf(bytes(`${' '.repeat(2000)}%PDF-1.4`))).toBe(false);
  });
});

describe('readPdfWith (a fake pdf.js)', () => {
  type FakeItem = { str: string; transform: number[]; width: number; height: number; dir: string; hasEOL: boolean; fontName: string };
  const text = (str: string, x: number, baseline: number, size = 10, width = str.length * 5): FakeItem =>
    ({ str, transform: [size, 0, 0, size, x, H - baseline], width, height: size, dir: 'ltr', hasEOL: false, fontName: size > 12 ? 'g_f1' : 'g_f2' });

  /** A rule drawn under the headline, across the first column only (page y 110). */
  const RULE_UNDER_HEADLINE = [72, 690, 284, 690.5];
  /** `bombs`: pages whose reading never ends while the process's memory grows (a Flate bomb decoding). */
  function fakePdfJs(pages: FakeItem[][], fail?: Error, rule = [72, 300, 284, 300.5], bombs: readonly number[] = [], painted: Array<[number, unknown]> = []) {
    const state = { destroyed: 0, cleaned: 0, operatorLists: 0, workers: 0, terminated: 0 };
    const page = (items: FakeItem[]) => ({
      getViewport: () => ({ transform: VIEWPORT, width: 600, height: H }),
      // pdf.js streams a page's text in chunks; two here
      streamTextContent: () => new ReadableStream({ start(c) { c.enqueue({ items: items.slice(0, 2) }); c.enqueue({ items: items.slice(2) }); c.close(); } }),
      getOperatorList: async () => { state.operatorLists++; return { fnArray: [ops.constructPath!, ...painted.map(([f]) => f)], argsArray: [[ops.stroke!, [], rule], ...painted.map(([, a]) => a)] }; },
      commonObjs: { get: (id: string) => ({ name: id === 'g_f1' ? 'ABCDEF+Sans-Bold' : 'ABCDEF+Serif' }) },
      cleanup: () => { state.cleaned++; },
    });
    let memory = 0, decoding = false;
    const doc = { numPages: pages.length, getPage: (n: number) => (bombs.includes(n) ? new Promise(() => { decoding = true; }) : Promise.resolve(page(pages[n - 1]!))) };
    const engine = {
      pdfjs: { OPS, getDocument: () => ({ promise: fail ? Promise.reject(fail) : Promise.resolve(doc), destroy: async () => { state.destroyed++; } }) },
      startWorker: () => { state.workers++; return { worker: {}, terminate: () => { state.terminated++; decoding = false; } }; },
      // a gigabyte more each time it is looked at while a bomb decodes
      memoryInUse: () => (decoding ? (memory += 2 ** 30) : memory),
    } as unknown as Parameters<typeof readPdfWith>[0];
    return { pdfjs: engine, state };
  }

  const storyPage = () => [
    text('Council approves new park', 72, 100, 24, 212),
    ...Array.from({ length: 8 }, (_, k) => text(`line ${k} of the first column`, 72, 130 + 12 * k, 10, 100)),
    ...Array.from({ length: 8 }, (_, k) => text(`line ${k} of the second column`, 184, 130 + 12 * k, 10, 100)),
  ];

  it('lays out every page, reading bold from the fonts\' names, and reports progress', async () => {
    const { pdfjs, state } = fakePdfJs([storyPage(), storyPage()]);
    const progress: Array<[number, number]> = [];
    const result = await readPdfWith(pdfjs, new Uint8Array(), { onProgress: (d, t) => progress.push([d, t]) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.pageCount).toBe(2);
    expect(result.value.pages.map((p) => p.page)).toEqual([1, 2]);
    const lines = result.value.pages[0]!.lines.filter((l) => l.text);
    expect(lines[0]).toEqual({ text: 'Council approves new park', hints: { heading: 1, storyStart: true, fontScale: 2.4, bold: true } });
    expect(lines.slice(1).map((l) => l.text)).toEqual([...Array.from({ length: 8 }, (_, k) => `line ${k} of the first column`), ...Array.from({ length: 8 }, (_, k) => `line ${k} of the second column`)]);
    expect(progress).toEqual([[1, 2], [2, 2]]);
    expect(state).toEqual({ destroyed: 1, cleaned: 2, operatorLists: 2, workers: 1, terminated: 1 });
  });

  it('hands the page\'s rules to the layout: a rule under the headline across its columns cuts them off', async () => {
    const result = await readPdfWith(fakePdfJs([storyPage()], undefined, RULE_UNDER_HEADLINE).pdfjs, new Uint8Array());
    const lines = result.ok ? result.value.pages[0]!.lines.filter((l) => l.text) : [];
    // the headline holds neither column: they are read as text of their own, and the headline over nothing apart
    expect(lines.find((l) => l.text === 'Council approves new park')?.hints?.heading).toBeUndefined();
    expect(lines.map((l) => l.text)).toContain('line 0 of the first column');
  });

  it('hands the page\'s pictures on with its runs, rules and boxes', async () => {
    const photo = placed(ops.paintImageXObject!, [212, 150, 72, 500]);
    const result = await readPositionedWith(fakePdfJs([storyPage()], undefined, undefined, [], photo).pdfjs, new Uint8Array());
    const positioned = result.ok ? result.value.pages[0]!.positioned : undefined;
    expect(positioned?.images).toEqual([{ x0: 72, top: 150, x1: 284, bottom: 300 }]);
    expect(positioned?.rules).toEqual([{ x0: 72, y0: 499.75, x1: 284, y1: 499.75 }]);
  });

  it('hands each page on as soon as it is read, before the next page is asked for', async () => {
    const handed: Array<{ page: number; progressBefore: number }> = [];
    let progress = 0;
    const result = await readPositionedWith(fakePdfJs([storyPage(), storyPage(), storyPage()]).pdfjs, new Uint8Array(), {
      onProgress: (done) => { progress = done; },
      onPage: ({ page, positioned }) => { expect(positioned.runs.length).toBeGreaterThan(0); handed.push({ page, progressBefore: progress }); },
    });
    expect(result.ok).toBe(true);
    expect(handed).toEqual([{ page: 1, progressBefore: 0 }, { page: 2, progressBefore: 1 }, { page: 3, progressBefore: 2 }]);
  });

  it('without font names reads no operator list and no bold', async () => {
    const { pdfjs, state } = fakePdfJs([storyPage()]);
    const result = await readPdfWith(pdfjs, new Uint8Array(), { fontNames: false });
    expect(state.operatorLists).toBe(0);
    const first = result.ok ? result.value.pages[0]!.lines[0] : undefined;
    expect(first).toEqual({ text: 'Council approves new park', hints: { heading: 1, storyStart: true, fontScale: 2.4 } });
  });

  it('reads at most maxPages pages, and says how many the PDF has', async () => {
    const { pdfjs } = fakePdfJs([storyPage(), storyPage(), storyPage()]);
    const result = await readPdfWith(pdfjs, new Uint8Array(), { maxPages: 2 });
    expect(result.ok && [result.value.pages.length, result.value.readUpTo, result.value.pageCount]).toEqual([2, 2, 3]);
  });

  it('reads a page\'s text up to the character limit, and says the rest of that page is left out', async () => {
    const { pdfjs } = fakePdfJs([storyPage(), storyPage()]);
    const result = await readPdfWith(pdfjs, new Uint8Array(), { limits: { chars: 60 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // the headline (25) and the first line (27) fit; the second line would pass 60
    expect(result.value.pages[0]!.lines.filter((l) => l.text).map((l) => l.text)).toEqual(['Council approves new park', 'line 0 of the first column']);
    expect(result.value.pageProblems).toEqual([
      { page: 1, kind: 'textCut', message: 'Page 1 has more text than Broadsheet reads on one page (60 characters): the rest of it is left out.' },
      { page: 2, kind: 'textCut', message: expect.stringMatching(/^Page 2 has more text/) },
    ]);
  });

  it('reads a page of more text items than drawings are read for without its operator list, and says so; a page at the limit is read whole', async () => {
    const { pdfjs, state } = fakePdfJs([storyPage(), [...storyPage(), text('one more', 72, 300)]]);
    const result = await readPdfWith(pdfjs, new Uint8Array(), { limits: { drawnItems: storyPage().length } });
    expect(state.operatorLists).toBe(1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.pages.map((p) => p.lines.some((l) => l.text === 'line 7 of the second column'))).toEqual([true, true]);
    expect(result.value.pageProblems).toEqual([
      { page: 2, kind: 'drawingsLeftOut', message: 'Page 2 has more pieces of text than Broadsheet reads its rules and pictures for (17): its stories are found from its text alone.' },
    ]);
  });

  it('leaves out a page that grows memory past the limit, ends its worker, and reads the next page in a new one', async () => {
    const { pdfjs, state } = fakePdfJs([storyPage(), storyPage(), storyPage()], undefined, undefined, [2]);
    const result = await readPdfWith(pdfjs, new Uint8Array(), { limits: { memoryBytes: 2 ** 20 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.pages.map((p) => p.page)).toEqual([1, 3]);
    expect(result.value.pageProblems).toEqual([{ page: 2, kind: 'tooCostly', message: 'Page 2 takes more time or memory to read than Broadsheet allows (15 s, 1 MB): it is left out.' }]);
    expect([state.workers, state.terminated]).toEqual([2, 2]);
  });

  it('where memory cannot be measured (a browser), leaves out a page whose worker decodes more than the memory limit, well before its time limit', async () => {
    const { pdfjs: engine, state } = fakePdfJs([storyPage(), storyPage(), storyPage()], undefined, undefined, [2]);
    let decoded = 0;
    const measured = engine.memoryInUse!;
    // each worker tells what it decoded; the fake engine's memory stands for the bytes a bomb decodes
    const browser = { ...engine, memoryInUse: undefined, startWorker: () => ({ ...engine.startWorker(), bytesDecoded: () => (decoded = measured()) }) } as typeof engine;
    const started = Date.now();
    const result = await readPdfWith(browser, new Uint8Array(), { limits: { memoryBytes: 2 ** 20, ms: 5_000 } });
    expect(result.ok && result.value.pages.map((p) => p.page)).toEqual([1, 3]);
    expect(result.ok && result.value.pageProblems.map((p) => [p.page, p.kind])).toEqual([[2, 'tooCostly']]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect([state.workers, state.terminated, decoded > 2 ** 20]).toEqual([2, 2, true]);
  });

  it('counts a page\'s time in CPU where the engine measures it: a page slow on the clock but idle is read, one spending CPU past the limit is left out', async () => {
    const { pdfjs: engine } = fakePdfJs([storyPage(), storyPage(), storyPage()], undefined, undefined, [2]);
    let cpu = 0, burning = false, bombFrom = 0, bombStopped = 0;
    const { getDocument } = engine.pdfjs;
    // every page answers after 150 ms on the clock, past the 100 ms limit; page 2 (a bomb) spends 50 ms of CPU each time CPU is looked at
    const slow = {
      ...engine,
      pdfjs: { ...engine.pdfjs, getDocument: (...args: Parameters<typeof getDocument>) => {
        // a new document (after the bomb's worker was ended) spends no more CPU
        if (burning) [burning, bombStopped] = [false, Date.now()];
        const task = getDocument(...args);
        return { ...task, promise: task.promise.then((doc) => ({ ...doc, getPage: (n: number) => new Promise((resolve) => setTimeout(resolve, 150)).then(() => {
          if (n === 2) [burning, bombFrom] = [true, Date.now()];
          return doc.getPage(n);
        }) })) };
      } },
      memoryInUse: () => 0,
      cpuTimeUsed: () => (burning ? cpu += 50 : cpu),
    } as typeof engine;
    const result = await readPdfWith(slow, new Uint8Array(), { limits: { ms: 100 } });
    expect(result.ok && result.value.pages.map((p) => p.page)).toEqual([1, 3]);
    expect(result.ok && result.value.pageProblems.map((p) => [p.page, p.kind])).toEqual([[2, 'tooCostly']]);
    // stopped by its CPU, before the clock's backstop (four times the limit, 400 ms)
    expect(bombStopped - bombFrom).toBeLessThan(400);
  });

  it('stops a page that spends no CPU but never ends at four times the limit on the clock, where CPU is counted', async () => {
    const { pdfjs: engine } = fakePdfJs([storyPage(), storyPage()], undefined, undefined, [1]);
    const started = Date.now();
    const result = await readPdfWith({ ...engine, memoryInUse: () => 0, cpuTimeUsed: () => 0 }, new Uint8Array(), { limits: { ms: 30 } });
    expect(result.ok && result.value.pageProblems.map((p) => [p.page, p.kind])).toEqual([[1, 'tooCostly']]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(120);
  });

  it('says in one line when every page was too costly to read', async () => {
    const { pdfjs } = fakePdfJs([storyPage()], undefined, undefined, [1]);
    const result = await readPdfWith(pdfjs, new Uint8Array(), { limits: { memoryBytes: 2 ** 20 } });
    expect(!result.ok && result.error).toEqual({ kind: 'tooCostly', message: 'This PDF takes more time or memory to read than Broadsheet allows: nothing could be read.' });
  });

  it('says a PDF without a text layer has no text to read', async () => {
    const { pdfjs } = fakePdfJs([[], []]);
    const result = await readPdfWith(pdfjs, new Uint8Array());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ kind: 'noTextLayer', message: expect.stringMatching(/no text layer/) });
  });

  it('says in one line why a PDF cannot be read: a password, a damaged file', async () => {
    const named = (name: string, message: string) => Object.assign(new Error(message), { name });
    const password = await readPdfWith(fakePdfJs([], named('PasswordException', 'No password given')).pdfjs, new Uint8Array());
    expect(!password.ok && password.error).toEqual({ kind: 'encrypted', message: expect.stringMatching(/encrypted with a password/) });
    const damaged = await readPdfWith(fakePdfJs([], named('InvalidPDFException', 'Invalid PDF structure.')).pdfjs, new Uint8Array());
    expect(!damaged.ok && damaged.error).toEqual({ kind: 'damaged', message: expect.stringMatching(/not a readable PDF/) });
    const other = await readPdfWith(fakePdfJs([], new Error('Bad XRef entry\nat offset 12')).pdfjs, new Uint8Array());
    expect(!other.ok && other.error).toEqual({ kind: 'unreadable', reason: 'Bad XRef entry', message: 'The PDF could not be read: Bad XRef entry' });
  });

  it('stops when cancelled', async () => {
    const { pdfjs } = fakePdfJs([storyPage()]);
    const controller = new AbortController();
    controller.abort();
    const result = await readPdfWith(pdfjs, new Uint8Array(), { signal: controller.signal });
    expect(!result.ok && result.error).toEqual({ kind: 'cancelled', message: 'Reading the PDF was cancelled.' });
  });
});
