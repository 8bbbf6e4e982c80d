import { describe, expect, it } from 'vitest';
import { localeOf, message } from './messages.js';

describe('messages', () => {
  it('follows the browser language: any Chinese tag → Chinese, anything else → English', () => {
    expect(localeOf('zh-CN')).toBe('zh');
    expect(localeOf('zh')).toBe('zh');
    expect(localeOf('ZH-hans-cn')).toBe('zh');
    expect(localeOf('en-GB')).toBe('en');
    expect(localeOf('zu')).toBe('en');
    expect(localeOf(undefined)).toBe('en');
  });

  it('fills parameters, leaving text that came with them as it is', () => {
    expect(message('en', 'importTooLarge', { size: 60, limit: 50 })).toBe('This file is too large to import (60 MB; the limit is 50 MB).');
    expect(message('zh', 'storageError', { action: message('zh', 'couldNotSave'), detail: '{action} <b>' })).toBe('无法保存：浏览器存储出错（{action} <b>）。');
  });
});
