import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({
  executeScript: vi.fn(),
  sendMessage: vi.fn(),
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { local: {}, session: {}, onChanged: { addListener() {}, removeListener() {} } },
    scripting: { executeScript: api.executeScript },
    tabs: { sendMessage: api.sendMessage },
  },
}));

const { askPage } = await import('./browser.js');

const reading = {
  url: 'https://paper.example/a05', kind: 'article', title: 'A05', byline: null, authors: [], publishedTime: null, siteName: null,
  lang: null, canonicalUrl: null, lines: [{ text: 'A05', hints: { heading: 1 } }], linkedPdfs: [], articles: [], pages: [], label: null,
};

beforeEach(() => {
  api.executeScript.mockReset().mockResolvedValue([{ frameId: 0, result: undefined }]);
  api.sendMessage.mockReset();
});

describe('askPage decodes the content script’s reply', () => {
  it('hands on a reply of the contract’s shape', async () => {
    api.sendMessage.mockResolvedValue({ ok: true, value: reading });
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: true, value: reading });
  });

  it('refuses a malformed reply with a clear error instead of passing it to the popup', async () => {
    api.sendMessage.mockResolvedValue({ ok: true, value: { ...reading, lines: [{ hints: {} }] } });
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: false, error: { kind: 'bad-reply', detail: 'value.lines[0].text is not a string' } });
    api.sendMessage.mockResolvedValue(undefined);
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: false, error: { kind: 'bad-reply', detail: 'no reply' } });
  });

  it('tells the browser’s own error page (a page that could not be loaded) from a tab closed to extensions', async () => {
    api.executeScript.mockRejectedValue(new Error('Frame with ID 0 is showing error page'));
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: false, error: { kind: 'error-page' } });
    api.executeScript.mockRejectedValue(new Error('Cannot access contents of url "chrome-error://chromewebdata/".'));
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: false, error: { kind: 'error-page' } });
    // the address hidden: an error page where the toolbar click granted the tab ...
    api.executeScript.mockRejectedValue(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    expect(await askPage(7, { type: 'read-page' }, true)).toEqual({ ok: false, error: { kind: 'error-page' } });
    // ... and a page it may not read where nothing granted it: no error page
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: false, error: { kind: 'cannot-inject' } });
    api.executeScript.mockRejectedValue(new Error('Cannot access contents of url "https://paper.example/a". Extension manifest must request permission to access this host.'));
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: false, error: { kind: 'cannot-inject' } });
  });

  it('tells the page’s failure, a missing answer and a closed tab apart', async () => {
    api.sendMessage.mockResolvedValue({ ok: false, error: 'extract blew up' });
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: false, error: { kind: 'page-failed', detail: 'extract blew up' } });
    api.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: false, error: { kind: 'no-answer', detail: 'Could not establish connection. Receiving end does not exist.' } });
    api.executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: false, error: { kind: 'cannot-inject' } });
    api.executeScript.mockRejectedValue(new Error('The extensions gallery cannot be scripted.'));
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: false, error: { kind: 'cannot-inject' } });
    api.executeScript.mockResolvedValue([{ frameId: 0, error: new Error('Missing host permission') }]);
    expect(await askPage(7, { type: 'read-page' })).toEqual({ ok: false, error: { kind: 'cannot-inject' } });
  });
});
