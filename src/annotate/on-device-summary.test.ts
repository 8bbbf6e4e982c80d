import { describe, expect, it } from 'vitest';
import { onDeviceSummaryAvailability, summarizeOnDevice, type SummarizerApi } from './on-device-summary.js';

function fakeScope(availability: Awaited<ReturnType<SummarizerApi['availability']>>, summary: () => Promise<string>) {
  const calls: unknown[] = [];
  let destroyed = 0;
  const Summarizer: SummarizerApi = {
    availability: async (options) => (calls.push(['availability', options]), availability),
    create: async (options) => {
      calls.push(['create', { ...options, monitor: typeof options.monitor }]);
      options.monitor?.({ addEventListener: (_type, listener) => [0.5, 1].forEach((loaded) => listener({ loaded })) });
      return { summarize: summary, destroy: () => void destroyed++ };
    },
  };
  return { scope: { Summarizer }, calls, destroyed: () => destroyed };
}

describe('on-device summary', () => {
  it('is unavailable where the browser has no Summarizer', async () => {
    expect(await onDeviceSummaryAvailability('zh-CN', {})).toBe('unavailable');
    expect(await summarizeOnDevice('text', 'en', { scope: {} })).toMatchObject({ ok: false, error: expect.stringMatching(/no on-device summariser/) });
  });

  it('asks with the same options for availability and creation, in the story’s language', async () => {
    const fake = fakeScope('downloadable', async () => ' 要点。 ');
    expect(await onDeviceSummaryAvailability('zh-CN', fake.scope)).toBe('downloadable');
    const progress: number[] = [];
    expect(await summarizeOnDevice('正文', 'zh-CN', { scope: fake.scope, onProgress: (f) => progress.push(f) })).toEqual({ ok: true, value: '要点。' });
    const expected = { type: 'tldr', format: 'plain-text', length: 'short', expectedInputLanguages: ['zh'], outputLanguage: 'zh' };
    expect(fake.calls).toEqual([
      ['availability', expected],
      ['create', { ...expected, monitor: 'function' }],
    ]);
    expect(progress).toEqual([0.5, 1]);
    expect(fake.destroyed()).toBe(1);
  });

  it('reports a failure in words and releases the summariser', async () => {
    const fake = fakeScope('available', async () => Promise.reject(new Error('NotSupportedError')));
    expect(await summarizeOnDevice('text', 'en', { scope: fake.scope })).toMatchObject({ ok: false, error: expect.stringMatching(/could not summarise.*NotSupportedError/) });
    expect(fake.destroyed()).toBe(1);
  });
});
