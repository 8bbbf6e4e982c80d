/**
 * A Korean printed page through the PDF path (pdf.js with the Korea1 CMaps, the layout, the restructurer): Hangul is
 * spaced between words as Latin is, unlike Chinese and Japanese, and punctuated with Latin marks.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/extract/read-pdf.node.js';
import { printedStoriesOf, restructurePrinted } from '../src/read-printed.js';
import { tinyPdf, ucs2 } from './e2e/tiny-pdf.js';

/** Two paragraphs set ragged, each first line indented by one character (10 pt in 10 pt type), under a headline. */
const paragraphs = [
  ['서울시는 월요일 강을 가로지르는 새 다리를 개통했다. 공사는', '여섯 주가 걸렸으며 아침부터 많은 시민이 다리를', '건너러 찾아왔다.'],
  ['시장은 "지역 주민의 생활이 편리해질 것"이라고 말했다.', '다리의 길이는 약 백 미터이며 보도와 자전거 도로가', '마련되어 있다.'],
];
const lines = paragraphs.flatMap((p) => p.map((text, k) => ({ text, x: k === 0 ? 82 : 72 })));
const page = [`BT /F4 24 Tf 72 720 Td ${ucs2('새 다리 개통')} Tj ET`, ...lines.map(({ text, x }, i) => `BT /F4 10 Tf ${x} ${690 - 13 * i} Td ${ucs2(text)} Tj ET`)].join('\n');

describe('a Korean PDF set in a non-embedded font', () => {
  it('reads as a story of two paragraphs whose lines join with a space, as its words are spaced', async () => {
    const read = await readPdf(tinyPdf([page]));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { language, stories, unassigned } = printedStoriesOf(restructurePrinted(read.value.pages));
    expect(language).toBe('ko');
    expect(stories.map((s) => [s.headline, s.paragraphs])).toEqual([['새 다리 개통', paragraphs.map((p) => p.join(' '))]]);
    expect(unassigned).toEqual([]);
  });
});
