import { describe, expect, it } from 'vitest';
import { characterBalance, cjkShare, emWidth, isCjk, isCjkLetter } from './script.js';

describe('character classes', () => {
  it('tells CJK letters from CJK punctuation and Latin', () => {
    expect(isCjkLetter('景'.codePointAt(0)!)).toBe(true);
    expect(isCjkLetter('。'.codePointAt(0)!)).toBe(false);
    expect(isCjk('。'.codePointAt(0)!)).toBe(true);
    expect(isCjk('，'.codePointAt(0)!)).toBe(true);
    expect(isCjk('a'.codePointAt(0)!)).toBe(false);
  });

  it('measures CJK at one em and Latin at about half', () => {
    expect(emWidth('记者景静')).toBe(4);
    expect(emWidth('abcd')).toBe(2);
  });

  it('measures quotes between CJK letters at the width the page sets them, Latin quotes at half', () => {
    expect(emWidth('共建“一带一路”国家')).toBe(9);
    expect(emWidth('共建“一带一路”国家', 1)).toBe(10);
    expect(emWidth('a “b” c', 1)).toBe(emWidth('a “b” c'));
  });

  it('gives the share of CJK letters', () => {
    expect(cjkShare('本报讯 近日')).toBe(1);
    expect(cjkShare('By ERIC')).toBe(0);
    expect(cjkShare('')).toBe(0);
  });
});

describe('characterBalance', () => {
  it('counts characters of the input that the output lacks, ignoring whitespace', () => {
    expect(characterBalance(['a b\nc'], ['abc'])).toEqual({ missing: new Map(), extra: new Map() });
    expect(characterBalance(['记者 景静', 'x-y'], ['记者', 'xy']).missing).toEqual(new Map([['景', 1], ['静', 1], ['-', 1]]));
  });

  it('counts invented characters, repeats, characters beyond the BMP, and starts afresh on each call', () => {
    expect(characterBalance(['aa𠀀'], ['a', 'b'])).toEqual({ missing: new Map([['a', 1], ['𠀀', 1]]), extra: new Map([['b', 1]]) });
    expect(characterBalance(['ab'], ['ab'])).toEqual({ missing: new Map(), extra: new Map() });
  });
});
