import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { joinSentences, summarize } from './summarize.js';

const chineseStory = [
  '本报讯 7月7日下午，市政府召开防汛工作会议，部署全市防汛抗旱工作。',
  '会议指出，今年汛期降雨偏多，防汛形势严峻，各区要落实防汛责任。会议要求加强水库和河道巡查，确保防汛安全。',
  '据气象部门预测，未来一周本市将有强降雨过程，局地有暴雨。',
  '市民出行请注意安全。',
];

const englishStory = [
  'WASHINGTON — The Federal Reserve raised interest rates on Wednesday for the third time this year, citing persistent inflation.',
  'The central bank said inflation remained well above its target. Officials signalled that further rate increases were likely.',
  'Markets fell after the announcement. The weather in Washington was sunny.',
];

describe('summarize', () => {
  it('returns whole sentences of the story, in story order, within the budget', () => {
    for (const story of [chineseStory, englishStory]) {
      const all = story.flatMap(splitSentences);
      const summary = summarize(story, { maxChars: 150, maxSentences: 2 });
      expect(summary.sentences.length).toBeGreaterThan(0);
      expect(summary.sentences.length).toBeLessThanOrEqual(2);
      const positions = summary.sentences.map((s) => all.indexOf(s));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(summary.text.length).toBeLessThanOrEqual(150);
      expect(summary.text).toBe(joinSentences(summary.sentences));
    }
  });

  it('leaves out bylines and sign-offs when there are content sentences', () => {
    const summary = summarize(['By Jane Doe', ...englishStory, '(END)'], { maxSentences: 3, maxChars: 1000 });
    expect(summary.sentences).not.toContain('By Jane Doe');
    expect(summary.sentences).not.toContain('(END)');
  });

  it('picks the sentences that carry the story over an off-topic one', () => {
    const summary = summarize(englishStory, { maxSentences: 2, maxChars: 1000 });
    expect(summary.sentences).not.toContain('The weather in Washington was sunny.');
    expect(summary.sentences[0]).toMatch(/^WASHINGTON/);
    const chinese = summarize(chineseStory, { maxSentences: 2, maxChars: 1000 });
    expect(chinese.sentences[0]).toMatch(/^本报讯/);
    expect(chinese.sentences).not.toContain('市民出行请注意安全。');
  });

  it('prefers the lead when sentences say the same thing, and does not repeat it', () => {
    const lead = 'The city council approved the new budget for schools on Tuesday evening.';
    const echo = 'On Tuesday evening the city council approved the new budget for schools.';
    const summary = summarize([lead, 'Parents welcomed the decision at the meeting.', echo], { maxSentences: 2, maxChars: 1000 });
    expect(summary.sentences[0]).toBe(lead);
    expect(summary.sentences).not.toContain(echo);
    const zh = summarize(['市政府今天公布了新的教育预算方案。', '家长们对此表示欢迎。', '今天市政府公布了新的教育预算方案。'], {
      maxSentences: 1,
    });
    expect(zh.sentences).toEqual(['市政府今天公布了新的教育预算方案。']);
  });

  it('handles empty input and a single sentence', () => {
    expect(summarize([])).toEqual({ sentences: [], text: '' });
    expect(summarize(['', '  '])).toEqual({ sentences: [], text: '' });
    expect(summarize(['只有一句话。']).sentences).toEqual(['只有一句话。']);
    expect(summarize(['Only one.']).sentences).toEqual(['Only one.']);
    expect(summarize(['Markets fell. Bonds rose.'], { maxSentences: 1 }).sentences).toEqual(['Markets fell.']);
  });

  it('never exceeds the budget, even when no sentence fits', () => {
    expect(summarize(englishStory, { maxChars: 10 }).sentences).toEqual([]);
  });

  it('joins Chinese sentences tightly and English ones with a space', () => {
    expect(joinSentences(['第一句。', '第二句。'])).toBe('第一句。第二句。');
    expect(joinSentences(['One.', 'Two.'])).toBe('One. Two.');
  });

  it('always returns verbatim sentences in order within budget (property)', () => {
    const sentence = fc.oneof(
      fc.array(fc.constantFrom(...'经济增长市场政府会议教育'.split('')), { minLength: 2, maxLength: 20 }).map((c) => `${c.join('')}。`),
      fc.array(fc.constantFrom('market', 'growth', 'rates', 'council', 'school', 'budget'), { minLength: 1, maxLength: 10 }).map(
        (w) => `The ${w.join(' ')}.`,
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.array(sentence, { maxLength: 5 }).map((s) => s.join(' ')), { maxLength: 6 }), fc.integer({ min: 0, max: 400 }), (paragraphs, maxChars) => {
        const all = paragraphs.flatMap(splitSentences);
        const { sentences, text } = summarize(paragraphs, { maxChars, maxSentences: 3 });
        expect(sentences.length).toBeLessThanOrEqual(3);
        expect(text.length).toBeLessThanOrEqual(maxChars);
        let last = -1;
        for (const s of sentences) {
          const at = all.indexOf(s, last + 1);
          expect(at).toBeGreaterThan(last);
          last = at;
        }
      }),
    );
  });
});
