import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify.js';
import { toLines } from './lines.js';
import { segment } from './segment.js';

const segmentText = (text: string) => {
  const { lines } = toLines(text);
  const seg = segment(lines, classifyLines(lines));
  return {
    stories: seg.stories.map((s) => ({ body: s.body.map((b) => b.text), bylines: s.bylines })),
    pieces: seg.pieces.map((p) => p.lines.map((l) => l.text)),
    furniture: seg.furniture.map((f) => f.text),
  };
};

describe('segment', () => {
  it('cuts stories at openings and closing bylines, cutting a byline off a paragraph end', () => {
    const seg = segmentText('本报讯 近日，区里开展了一次很大的\n活动。记者 景静\n\n本报讯 7月7日下午，二七区在区委\n常委会议室召开推进会。\n记者 景静 通讯员 左学彬');
    expect(seg.stories).toEqual([
      { body: ['本报讯 近日，区里开展了一次很大的', '活动。'], bylines: ['记者 景静'] },
      { body: ['本报讯 7月7日下午，二七区在区委', '常委会议室召开推进会。'], bylines: ['记者 景静 通讯员 左学彬'] },
    ]);
  });

  it('starts a story at an English byline and keeps titles and furniture apart', () => {
    const seg = segmentText('PAGE A10, KEIZERTIMES, FEBRUARY 20, 2015\n\nTwo titles for Kuch\nBy ERIC A. HOWALD\nThe McNary High School girls\nteam will send a swimmer.\nPlease see KUCH, Page A11');
    expect(seg.stories).toEqual([{ body: ['The McNary High School girls', 'team will send a swimmer.'], bylines: ['By ERIC A. HOWALD'] }]);
    expect(seg.pieces).toEqual([['Two titles for Kuch']]);
    expect(seg.furniture).toEqual(['PAGE A10, KEIZERTIMES, FEBRUARY 20, 2015', 'Please see KUCH, Page A11']);
  });

  it('resumes a story left mid-sentence when a lower-case line follows a boxed sidebar', () => {
    const seg = segmentText([
      'By ERIC A. HOWALD', 'Venegas said he would like to', 'win the title. “I also', '',
      'Champs in the making?', 'Ranked wrestlers headed into the', 'regional tournament:', '195 pounds: Alvarro Venegas, first.', '126 pounds: Sean Burrows, 10th', '',
      'want as many other guys going to', 'state with me as we can.”',
    ].join('\n'));
    expect(seg.stories.map((s) => s.body)).toEqual([
      ['Venegas said he would like to', 'win the title. “I also', 'want as many other guys going to', 'state with me as we can.”'],
      ['Ranked wrestlers headed into the', 'regional tournament:', '195 pounds: Alvarro Venegas, first.', '126 pounds: Sean Burrows, 10th'],
    ]);
    expect(seg.pieces).toEqual([['Champs in the making?']]);
  });
});
