import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('tells Chinese, Japanese, Korean and English apart', () => {
    expect(detectLanguage(['本报讯 近日，二七区委统战部组织机关支部党员'])).toBe('zh');
    expect(detectLanguage(['東京都は今日、新しい計画を発表しました。'])).toBe('ja');
    expect(detectLanguage(['서울시는 오늘 새로운 계획을 발표했다'])).toBe('ko');
    expect(detectLanguage(['The team said that the coach was in the gym with the players.'])).toBe('en');
  });

  it('says nothing when unsure', () => {
    expect(detectLanguage([''])).toBeNull();
    expect(detectLanguage(['Der Trainer sagte, die Mannschaft sei bereit.'])).toBeNull();
  });
});
