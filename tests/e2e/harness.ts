/** Real Chromium with the built extension loaded, pages served from localhost, and a real toolbar click. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';

export const repo = resolve(import.meta.dirname, '../..');
export const dist = realpathSync(join(repo, 'dist'));
export const artifacts = join(repo, 'artifacts');
export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath) && existsSync(join(dist, 'manifest.json'));

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

/** Serves tests/pages/ on 127.0.0.1 (a page folder's page.html at /NAME/). */
export async function servePages(): Promise<{ url: (page: string) => string; close: () => Promise<void> }> {
  const root = join(repo, 'tests/pages');
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
    if (statSync(file).isDirectory()) file = join(file, 'page.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: (page) => `http://127.0.0.1:${port}/${page}/`, close: () => new Promise((done) => server.close(() => done())) };
}

/** A served file: its type and body, and how long the server takes to answer (a slow site). */
export interface ServedFile {
  type: string;
  body: Buffer | string;
  delayMs?: number;
}

/**
 * Serves fixed files on 127.0.0.1 (path → file); `origin` is where they are, `requests` every address asked
 * for (path and query), in the order asked.
 */
export async function serveFiles(files: Record<string, ServedFile>): Promise<{ origin: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const address = new URL(req.url ?? '/', 'http://x');
    requests.push(address.pathname + address.search);
    const file = files[address.pathname];
    if (!file) return void res.writeHead(404).end();
    setTimeout(() => res.writeHead(200, { 'content-type': file.type }).end(file.body), file.delayMs ?? 0);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((done) => server.close(() => done())) };
}

/** Chromium derives an unpacked extension's id from its absolute path: sha256, first 32 hex digits mapped to a–p. */
export const extensionId = (path: string): string =>
  [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

export interface ExtensionBrowser {
  context: BrowserContext;
  cdp: CDPSession;
  id: string;
  pageUrl: (path: string) => string;
  close: () => Promise<void>;
}

export async function launchWithExtension(options: { colorScheme?: 'light' | 'dark'; locale?: string } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'broadsheet-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    args: [
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--enable-unsafe-extension-debugging',
      '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-sandbox',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const cdp = await context.browser()!.newBrowserCDPSession();
  const id = extensionId(dist);
  return {
    context, cdp, id,
    pageUrl: (path) => `chrome-extension://${id}/${path}`,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/** The popup Chromium opened on a toolbar click, reached over raw CDP (Playwright does not attach to it). */
export class PopupTarget {
  private next = 1;
  private pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  private constructor(private cdp: CDPSession, private sessionId: string) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message);
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    });
  }

  static async attach(cdp: CDPSession, url: string): Promise<PopupTarget> {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.url.startsWith(url));
    if (!target) throw new Error(`no target at ${url}: ${targetInfos.map((t) => t.url).join(', ')}`);
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    return new PopupTarget(cdp, sessionId);
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.next++;
    return new Promise((done, fail) => {
      this.pending.set(id, (m) => (m.error ? fail(new Error(m.error.message)) : done(m.result as T)));
      // A popup that has closed (Escape, a click outside) fails the call instead of leaving it waiting forever.
      this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((error: Error) => { this.pending.delete(id); fail(error); });
    });
  }

  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>(
      'Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  }

  /** Polls until the expression is truthy, as a person waits for the popup to fill (every `everyMs`). */
  async waitFor<T>(expression: string, timeoutMs = 15000, everyMs = 100): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  }

  async screenshot(name: string): Promise<string> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return saveArtifact(name, Buffer.from(data, 'base64'));
  }
}

/** Clicks the toolbar icon for the tab showing `url`: grants activeTab and opens the real popup. */
export async function clickToolbarIcon(browser: ExtensionBrowser, url: string): Promise<PopupTarget> {
  const { targetInfos } = await browser.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) throw new Error(`no tab at ${url}`);
  await browser.cdp.send('Extensions.triggerAction', { id: browser.id, targetId: tab.targetId });
  const popupUrl = browser.pageUrl('popup.html');
  const until = Date.now() + 10000;
  for (;;) {
    try { return await PopupTarget.attach(browser.cdp, popupUrl); } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Closes every popup open (a reader clicking elsewhere), so that the next toolbar click opens a new one. */
export async function closePopups(browser: ExtensionBrowser): Promise<void> {
  const { targetInfos } = await browser.cdp.send('Target.getTargets');
  for (const t of targetInfos.filter((t) => t.url.startsWith(browser.pageUrl('popup.html')))) await browser.cdp.send('Target.closeTarget', { targetId: t.targetId });
}

export function saveArtifact(name: string, data: Buffer | string): string {
  mkdirSync(artifacts, { recursive: true });
  const path = join(artifacts, name);
  writeFileSync(path, data);
  return path;
}
