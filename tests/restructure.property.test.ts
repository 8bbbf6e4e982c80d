import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PageLine, RestructureInput, StoryPage } from '../src/core/types.js';
import { placedTexts, restructure } from '../src/restructure/index.js';
import { restructurePage } from '../src/restructure/pipeline.js';
import { characterBalance } from '../src/text/script.js';

const REPAIRABLE = new Set(['-', '\u00ad', '\u2010']);

/** Every non-whitespace character of the input in exactly one place (repaired hyphens excepted). */
function expectConserved(input: string, page: StoryPage): void {
  const { missing, extra } = characterBalance([input], placedTexts(page));
  expect([...missing].filter(([c]) => !REPAIRABLE.has(c))).toEqual([]);
  expect([...extra]).toEqual([]);
}

const fixtures = fileURLToPath(new URL('../../shared/fixtures', import.meta.url));
const fixtureLines = existsSync(fixtures)
  ? readdirSync(fixtures).filter((f) => existsSync(join(fixtures, f, 'page.txt'))).flatMap((f) => readFileSync(join(fixtures, f, 'page.txt'), 'utf8').split('\n'))
  : [];

const pieces = [
  '本报讯', '记者 景静', '通讯员 左学彬', '新华社北京7月7日电', '（记者 张三）', '。', '，', '、', '“', '”', '——', '·',
  'By ERIC A. HOWALD', 'Of the Keizertimes', 'WASHINGTON (AP) —', 'Please see SEEDS, Page A11', 'Continued on Page 4',
  'physi-', 'top-', '. ', ', ', '?', '!', ':', '42-1', '2023', '7 理论', '1 月 16 日', 'the', 'and', 'Celtics', '监 督 体 系',
  'مرحبا', 'שלום', '\u200f', '\u200e', ' ', '\u3000', '\t', '😀', '𠀀', '\u0000', '\ufffd', 'é', 'ß',
];
const cjkRange = fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp));
const token = fc.oneof(fc.constantFrom(...pieces), cjkRange, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const line = fc.array(token, { maxLength: 12 }).map((t) => t.join(''));
const page = fc.array(fc.oneof(line, fc.constant('')), { maxLength: 60 }).map((ls) => ls.join('\n'));

/** Fixture text mutated: lines shuffled, dropped and duplicated. */
const mutatedFixture = fc.array(fc.tuple(fc.nat(), fc.constantFrom('keep', 'drop', 'twice')), { minLength: 1, maxLength: 300 })
  .map((ops) => ops.flatMap(([n, op]) => {
    const l = fixtureLines[n % Math.max(1, fixtureLines.length)] ?? '';
    return op === 'drop' ? [] : op === 'twice' ? [l, l] : [l];
  }).join('\n'));

describe('restructure: nothing lost, nothing invented, never throws', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => expectConserved(s, restructurePage(s))), { numRuns: 300 });
  });

  it('on random mixtures of CJK, Latin, RTL, digits, punctuation and news vocabulary lines', () => {
    fc.assert(fc.property(page, (s) => expectConserved(s, restructurePage(s))), { numRuns: 400 });
  });

  it.skipIf(!fixtureLines.length)('on fixture text with lines shuffled, dropped and duplicated', () => {
    fc.assert(fc.property(mutatedFixture, (s) => expectConserved(s, restructurePage(s))), { numRuns: 150 });
  });

  it('on lines with random hints, through the public entry point', () => {
    const hints = fc.record({
      heading: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }), bold: fc.option(fc.boolean(), { nil: undefined }),
      fontScale: fc.option(fc.double({ min: 0.5, max: 3, noNaN: true }), { nil: undefined }), indent: fc.option(fc.nat(8), { nil: undefined }),
      blockStart: fc.option(fc.boolean(), { nil: undefined }), caption: fc.option(fc.boolean(), { nil: undefined }),
    }, { requiredKeys: [] });
    fc.assert(fc.property(fc.array(fc.record({ text: line, hints }), { maxLength: 40 }), (lines) => {
      const result = restructurePage({ lines });
      expectConserved(lines.map((l) => l.text).join('\n'), result);
      expect(() => restructure({ lines })).not.toThrow();
    }), { numRuns: 300 });
  });
});

describe('restructure: never throws, whatever object it is handed', () => {
  const boom = () => { throw new Error('hostile'); };
  const throwingProxy = () => new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
  const revoked = () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; };
  const throwing = (name: string) => () => Object.defineProperty({}, name, { get: boom, enumerable: true });
  const unprintable = () => ({ toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom });
  let calls = 0;
  /** A different text each time it is read. */
  const shifting = () => ({ get text() { calls++; return 'x'.repeat(calls % 7); } });
  const hostile = fc.constantFrom<() => unknown>(throwingProxy, revoked, throwing('text'), throwing('hints'), unprintable, shifting,
    () => ({ text: unprintable() }), () => ({ text: 'Headline', hints: throwingProxy() }), () => ({ text: 'Body text.', hints: { heading: unprintable(), indent: unprintable() } }),
    () => ({ text: 'Body text.', hints: throwing('bold')() }), () => null, () => 42, () => Symbol('s'), () => 'a plain line');
  // Arbitraries of builders, not of values: fast-check inspects the values it holds, and a hostile one would throw there.
  type Build = () => unknown;
  const line: fc.Arbitrary<Build> = fc.oneof(hostile, fc.string({ maxLength: 20 }).map((text) => () => ({ text })));
  const all = (builds: Build[]) => () => builds.map((build) => build());
  const lines: fc.Arbitrary<Build> = fc.oneof(
    fc.array(line, { maxLength: 12 }).map(all),
    hostile,
    fc.array(line, { maxLength: 6 }).map((builds) => () => new Proxy(all(builds)(), { get: (target, key) => (key === '3' ? boom() : Reflect.get(target, key)) })),
  );
  const input: fc.Arbitrary<Build> = fc.oneof(
    lines.map((ls) => () => ({ lines: ls() })),
    fc.tuple(lines, hostile).map(([ls, language]) => () => ({ lines: ls(), language: language() })),
    fc.constant(throwing('lines')),
    line.map((build) => () => Object.defineProperty({ lines: [build()] }, 'language', { get: boom })),
    hostile,
  );

  it('returns a page of strings for hostile inputs: throwing getters, proxies, revoked proxies, unprintable values', () => {
    fc.assert(fc.property(input, (build) => {
      const page = restructure(build() as RestructureInput);
      expect(page.stories.every((s) => s.paragraphs.every((p) => typeof p === 'string'))).toBe(true);
      expect(page.unassigned.every((u) => typeof u === 'string')).toBe(true);
    }), { numRuns: 500 });
  });

  it('reads a line whose text getter throws as a line without text', () => {
    const page = restructure({ lines: [{ text: 'Council approves the budget' }, throwing('text')() as PageLine, { text: 'The council approved the budget on Monday.' }] });
    expect(placedTexts(page).join(' ')).toContain('approved the budget on Monday');
  });
});

describe('restructure: cases the properties once found', () => {
  it('keeps a byline whose words the story text repeats', () => {
    const input = 'By ERIC A. HOWALD\nBy ERIC A. HOWALD\u0000';
    expectConserved(input, restructurePage(input));
  });
});
