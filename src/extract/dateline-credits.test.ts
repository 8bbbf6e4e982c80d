import { describe, expect, it } from 'vitest';
import { datelineCredits } from './dateline-credits.js';

describe('datelineCredits', () => {
  it('reads the reporters an agency’s or a paper’s dateline credits', () => {
    expect(datelineCredits('新华社北京2月11日电（记者 王五 李六）当天上午，市政府召开新闻发布会。')).toEqual({
      display: '记者 王五 李六', authors: [{ name: '王五', role: '记者' }, { name: '李六', role: '记者' }],
    });
    expect(datelineCredits('本报讯（记者 张三 通讯员 赵七）全市今年计划改造老旧小区。')?.authors).toEqual([
      { name: '张三', role: '记者' }, { name: '赵七', role: '通讯员' },
    ]);
    expect(datelineCredits('本报滨江2月11日讯 (记者 张三)今年计划改造老旧小区。')?.authors).toEqual([{ name: '张三', role: '记者' }]);
    expect(datelineCredits('（记者 张三）全市今年计划改造老旧小区。')?.authors).toEqual([{ name: '张三', role: '记者' }]);
  });

  it('leaves brackets that credit no reporter alone', () => {
    expect(datelineCredits('新华社北京2月11日电（国际观察）当天上午，市政府召开新闻发布会。')).toBeNull();
    expect(datelineCredits('（一）加快老旧小区改造。')).toBeNull();
    expect(datelineCredits('市住建局负责人表示（记者 张三 采访时）各项工程将在年底前完工。')).toBeNull();
  });
});
