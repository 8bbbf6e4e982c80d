import { describe, expect, it } from 'vitest';
import { dateInAddress } from './address-date.js';

describe('dateInAddress', () => {
  it('reads the dates news systems write into addresses', () => {
    expect(dateInAddress('http://paper.example.cn/html/2017-10/13/node_2.htm')).toBe('2017-10-13');
    expect(dateInAddress('http://paper.example.cn/pc/layout/202302/11/node_01.html')).toBe('2023-02-11');
    expect(dateInAddress('http://paper.example.cn/nw.D110000renmrb_20230211_1-01.htm')).toBe('2023-02-11');
    expect(dateInAddress('http://www.example.com.cn/n1/2023/0211/c1001-32621.html')).toBe('2023-02-11');
    expect(dateInAddress('https://example.com/news/2023/02/11/city-renewal/')).toBe('2023-02-11');
    expect(dateInAddress('http://gov.example.cn/art/20230211/t20230211_556.html')).toBe('2023-02-11');
  });

  it('finds none in numbers that are no dates', () => {
    expect(dateInAddress('https://example.com/p/2023999/')).toBeNull();
    expect(dateInAddress('https://example.com/2023/13/40/x')).toBeNull();
    expect(dateInAddress('https://example.com/item/12345678901/')).toBeNull();
    expect(dateInAddress('https://example.com/id/31415926.html')).toBeNull();
    expect(dateInAddress(null)).toBeNull();
  });
});
