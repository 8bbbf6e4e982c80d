/**
 * A printed page's text layer shown as absolutely positioned spans (as e-paper sites and embedded pdf.js viewers
 * do), read through the real toolbar popup in Chromium: the layout stage reads the spans' boxes, so the stories
 * come out whole and apart although the markup interleaves their columns line by line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarIcon, hasChromium, launchWithExtension, serveFiles, type ExtensionBrowser } from './harness.js';

const STORIES = [
  { headline: 'Harbour bridge reopens', x: 40, text: 'The harbour bridge reopened to traffic on Monday after six weeks of repairs to its deck and railings.' },
  { headline: 'Library adds a new wing', x: 400, text: 'The city library opened a new wing for children on Saturday, with a reading room and a garden.' },
];

/** Each story: a 26 px headline over a column of 13 px lines; the markup takes the columns' lines in turn. */
function textLayerPage(): string {
  const spans: string[][] = STORIES.map(({ headline, x, text }) => {
    const words = Array.from({ length: 8 }, (_, i) => `${text} Line ${i + 1} of this story.`).join(' ').split(' ');
    const lines: string[] = [];
    for (let i = 0, line = ''; i <= words.length; i++) {
      if (i === words.length || (line + words[i]).length > 42) { lines.push(line.trim()); line = ''; }
      if (i < words.length) line += `${words[i]} `;
    }
    return [
      `<span style="left:${x}px;top:60px;font-size:26px;font-weight:700">${headline}</span>`,
      ...lines.map((l, k) => `<span style="left:${x + (k === 0 ? 14 : 0)}px;top:${110 + k * 17}px;font-size:13px">${l}</span>`),
    ];
  });
  const interleaved: string[] = [];
  for (let k = 0; k < Math.max(...spans.map((s) => s.length)); k++) for (const s of spans) if (s[k]) interleaved.push(s[k]!);
  return `<!doctype html><html lang="en"><head><title>Page A1 — The Harbour Herald</title>
<style>.textLayer span{position:absolute;white-space:pre;font-family:serif;line-height:1}</style></head>
<body><nav><a href="/">Home</a> <a href="/a2">Page A2</a></nav><div class="textLayer">${interleaved.join('\n')}</div></body></html>`;
}

describe.skipIf(!hasChromium)('Chromium: a text layer of positioned spans', () => {
  let browser: ExtensionBrowser;
  let site: Awaited<ReturnType<typeof serveFiles>>;

  beforeAll(async () => {
    site = await serveFiles({ '/a1.html': { type: 'text/html; charset=utf-8', body: textLayerPage() } });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('is read by its layout: each story whole, under its own headline', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${site.origin}/a1.html`);
    const popup = await clickToolbarIcon(browser, tab.url());
    await popup.waitFor(`document.querySelector('article.story, .status:not([role=status])')`);
    const stories = await popup.evaluate<{ headline: string; text: string }[]>(`[...document.querySelectorAll('article.story')].map((a) => {
      a.querySelector('button[aria-expanded]')?.click();
      return { headline: a.querySelector('.headline')?.textContent ?? '', text: a.querySelector('.body, .lead')?.textContent ?? '' };
    })`);
    await popup.screenshot('popup-positioned-text-layer.png');
    expect(stories.map((s) => s.headline)).toEqual(STORIES.map((s) => s.headline));
    expect(stories[0]!.text).toMatch(/^The harbour bridge reopened/);
    expect(stories[0]!.text).not.toMatch(/library/i);
    expect(stories[1]!.text).not.toMatch(/harbour/i);
  });
});
