import { describe, expect, it } from 'vitest';
import { suggestTags } from './key-terms.js';
import { intlWordSegmenter, ngramWordSegmenter } from './segment.js';

const chinese = {
  title: [null, '市政府部署防汛工作', null],
  paragraphs: [
    '本报讯 7月7日下午，市政府召开防汛工作会议，部署全市防汛抗旱工作。',
    '会议指出，今年汛期降雨偏多，防汛形势严峻，各区要落实防汛责任。会议要求加强水库和河道巡查，确保防汛安全。',
    '据气象部门预测，未来一周本市将有强降雨过程，局地有暴雨。水库管理处表示已做好准备。',
  ],
};

const english = {
  title: ['Fed raises interest rates again'],
  paragraphs: [
    'WASHINGTON — The Federal Reserve raised interest rates on Wednesday for the third time this year, citing persistent inflation.',
    'The Federal Reserve said inflation remained well above its target. Officials signalled that further rate increases were likely.',
    'Markets fell after the announcement. Jerome Powell said inflation was the priority.',
  ],
};

describe('suggestTags', () => {
  it('has Intl.Segmenter with a Chinese dictionary in this runtime (Node 20 full ICU)', () => {
    expect(intlWordSegmenter()?.('国务院总理在人民大会堂会见外宾')).toContain('人民大会堂');
  });

  it('suggests the recurring Chinese subject first, whole words, no boilerplate', () => {
    const tags = suggestTags(chinese);
    expect(tags[0]).toBe('防汛');
    expect(tags).toContain('市政府');
    expect(tags).not.toContain('本报讯');
    expect(tags.length).toBeLessThanOrEqual(5);
  });

  it('finds whole Chinese terms without a dictionary too, not their fragments', () => {
    const tags = suggestTags(chinese, { segment: ngramWordSegmenter });
    expect(tags).toContain('防汛');
    expect(tags).toContain('市政府');
    expect(tags).not.toContain('市政');
    expect(tags).not.toContain('政府');
  });

  it('suggests English subjects, preferring phrases and names, no stopwords', () => {
    const tags = suggestTags(english);
    expect(tags).toEqual(expect.arrayContaining(['interest rates', 'Federal Reserve', 'inflation']));
    expect(tags).not.toContain('rates');
    for (const stop of ['the', 'said', 'this']) expect(tags.map((t) => t.toLowerCase())).not.toContain(stop);
  });

  it('puts the reader’s own tags found in the story first, in the reader’s spelling', () => {
    expect(suggestTags(english, { existingTags: ['Inflation', 'Markets', 'Sport'] }).slice(0, 2)).toEqual(['Inflation', 'Markets']);
    expect(suggestTags(chinese, { existingTags: [{ tag: '气象', count: 3 }, { tag: '体育', count: 9 }] })).toContain('气象');
    expect(suggestTags(chinese, { existingTags: ['体育'] })).not.toContain('体育');
  });

  it('matches a reader’s English tag only as a whole word start', () => {
    expect(suggestTags(english, { existingTags: ['ate'] })).not.toContain('ate');
    // A reader's tag counts where it starts a word ("Markets serve"), never inside one ("Reserve").
    expect(suggestTags({ title: ['Reserve news'], paragraphs: ['The Reserve acted. Markets serve.'] }, { existingTags: ['serve'] })).toEqual(
      expect.arrayContaining(['serve']),
    );
    expect(suggestTags({ title: ['Reserve news'], paragraphs: ['The Reserve acted.'] }, { existingTags: ['serve'] })).not.toContain('serve');
  });

  it('leaves out tags the story already has and respects the limit', () => {
    const tags = suggestTags(chinese, { exclude: ['防汛'], limit: 2 });
    expect(tags).not.toContain('防汛');
    expect(tags).toHaveLength(2);
  });

  it('suggests no contractions or function words, whatever their capital', () => {
    const story = {
      title: ['It’s a long road for the harbour bridge'],
      paragraphs: [
        "It's the harbour bridge that matters. It's late, and it's costly, but they're building.",
        "They're sure it's worth it. That's what the harbour bridge means. Don't expect it soon.",
        "It's open next spring, they've said. The harbour bridge won't wait.",
      ],
    };
    const tags = suggestTags(story, { limit: 8 }).map((t) => t.toLowerCase());
    expect(tags).toContain('harbour bridge');
    for (const bad of ["it's", 'it’s', 'it', "they're", "that's", "don't", "they've", "won't"]) expect(tags).not.toContain(bad);
  });

  it('writes no word with the capital it only has at the start of a sentence or in a title-case headline', () => {
    const story = {
      title: ['City Borrows More to Fund Transit'],
      paragraphs: [
        'Borrows of this size are rare. The city borrows from pension funds.',
        'Borrows and loans were debated. Transit riders welcomed the plan.',
        'Transit is the city’s biggest cost.',
      ],
    };
    const tags = suggestTags(story, { limit: 8 });
    expect(tags).not.toContain('Borrows');
    expect(tags).not.toContain('Transit');
    expect(tags).toContain('transit');
    // A capital seen inside a sentence is a name's: kept.
    expect(suggestTags({ title: ['Talks stall'], paragraphs: ['Talks with Moscow stalled.', 'Officials in Moscow said talks would resume.'] })).toContain('Moscow');
  });

  it('suggests no form of a tag the story already has', () => {
    const story = {
      title: ['Elections in three states'],
      paragraphs: ['The election was close. Elections officials counted ballots.', 'Another election follows in May; the ballots are counted by hand.'],
    };
    expect(suggestTags(story).some((t) => /^elections?$/iu.test(t))).toBe(true);
    for (const given of ['elections', 'Election', 'ELECTIONS']) {
      const tags = suggestTags(story, { exclude: [given] }).map((t) => t.toLowerCase());
      expect(tags).not.toContain('election');
      expect(tags).not.toContain('elections');
    }
    expect(suggestTags(story, { exclude: ['ballot'] }).map((t) => t.toLowerCase())).not.toContain('ballots');
  });

  it('suggests no Chinese function word that recurs with a slogan, only its terms', () => {
    const story = {
      title: [null, '永远跟党走 乡村振兴再出发', null],
      paragraphs: ['村民们说，要永远跟党走，永远听党话。乡村振兴让村庄变了样。', '合作社带动乡村振兴，村民永远感恩。合作社今年收入翻番。', '乡村振兴还要一直干下去，合作社始终是主力。'],
    };
    const tags = suggestTags(story);
    expect(tags).toContain('乡村振兴');
    expect(tags).toContain('合作社');
    for (const fn of ['永远', '一直', '始终']) expect(tags).not.toContain(fn);
  });

  it('returns nothing for an empty story', () => {
    expect(suggestTags({ title: [], paragraphs: [] })).toEqual([]);
  });
});
