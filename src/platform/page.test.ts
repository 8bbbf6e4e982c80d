import { afterEach, describe, expect, it, vi } from 'vitest';
import { onExtensionMessage } from './page.js';

type Handler = (message: unknown, sender: unknown, sendResponse: (reply?: unknown) => void) => boolean;

/** A runtime.onMessage as Chrome (`chrome`) or Firefox (`browser`) gives it to a content script. */
function fakeRuntime(name: 'chrome' | 'browser') {
  const handlers = new Set<Handler>();
  const onMessage = { addListener: (h: Handler) => handlers.add(h), removeListener: (h: Handler) => handlers.delete(h) };
  vi.stubGlobal(name, { runtime: { onMessage } });
  /** Sends a message as the extension would; resolves with the reply, or 'unanswered'. */
  const send = (message: unknown) => new Promise((resolve) => {
    const answering = [...handlers].map((h) => h(message, {}, resolve));
    if (!answering.some(Boolean)) resolve('unanswered');
  });
  return { handlers, send };
}

afterEach(() => vi.unstubAllGlobals());

describe('onExtensionMessage: the content script answers through the browser\'s own runtime, no polyfill', () => {
  for (const name of ['chrome', 'browser'] as const) {
    it(`answers a known message with its reply and leaves others unanswered (${name})`, async () => {
      const runtime = fakeRuntime(name);
      const stop = onExtensionMessage((m) => (m === 'read' ? Promise.resolve({ ok: true, value: 42 }) : undefined));
      await expect(runtime.send('read')).resolves.toEqual({ ok: true, value: 42 });
      await expect(runtime.send('other')).resolves.toBe('unanswered');
      stop();
      expect(runtime.handlers.size).toBe(0);
    });
  }

  it('answers with nothing when the reply fails, so the extension hears back (and decodes a bad reply)', async () => {
    const runtime = fakeRuntime('chrome');
    onExtensionMessage(() => Promise.reject(new Error('boom')));
    await expect(runtime.send('read')).resolves.toBeUndefined();
  });
});
