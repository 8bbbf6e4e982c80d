import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits Chinese on 。！？；… and keeps closing quotes with their sentence', () => {
    expect(splitSentences('今天下雨了。他说：“明天会晴吗？”我不知道；也许吧……好！')).toEqual([
      '今天下雨了。',
      '他说：“明天会晴吗？”',
      '我不知道；',
      '也许吧……',
      '好！',
    ]);
  });

  it('splits English on . ! ? followed by a capital, not inside abbreviations, initials or numbers', () => {
    expect(
      splitSentences('Mr. Smith met Dr. Jones in Washington, D.C. on Monday. Growth was 3.5 percent! John F. Kennedy said so. Did he? Yes.'),
    ).toEqual(['Mr. Smith met Dr. Jones in Washington, D.C. on Monday.', 'Growth was 3.5 percent!', 'John F. Kennedy said so.', 'Did he?', 'Yes.']);
  });

  it('does not split before a lower-case word', () => {
    expect(splitSentences('The U.S. economy grew. It is said... that prices rose. and fell.')).toEqual([
      'The U.S. economy grew.',
      'It is said... that prices rose. and fell.',
    ]);
  });

  it('keeps a closing quote with its sentence in English', () => {
    expect(splitSentences('"We will win." She smiled.')).toEqual(['"We will win."', 'She smiled.']);
  });

  it('returns nothing for blank text and the text itself when there is no stop', () => {
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('本报讯 记者张三')).toEqual(['本报讯 记者张三']);
  });

  it('loses no character but the spaces between sentences', () => {
    const text = '第一句。Second one. 第三句！Fourth?';
    expect(splitSentences(text).join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });
});

describe('splitSentences (property)', () => {
  it('keeps every non-space character, in order, for any text', async () => {
    const fc = (await import('fast-check')).default;
    const alphabet = fc.constantFrom(...'ab C.!?。！？；…”" 中文\n'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        const sentences = splitSentences(text);
        expect(sentences.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        for (const s of sentences) expect(s).toBe(s.trim());
      }),
    );
  });
});
