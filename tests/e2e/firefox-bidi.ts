/**
 * Debian's firefox-esr driven over raw WebDriver BiDi (Playwright cannot drive it): a throwaway offline profile,
 * the built extension installed from dist/, and the one Firefox-internal step a test needs — the toolbar click.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { dist, saveArtifact } from './harness.js';

export const firefoxPath = '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(firefoxPath) && existsSync(join(dist, 'manifest.json'));

const manifest = () => JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
  browser_specific_settings: { gecko: { id: string } };
};
export const geckoId = (): string => manifest().browser_specific_settings.gecko.id;

/** Firefox picks a random moz-extension:// UUID per profile; the profile presets this one so pages have known URLs. */
const extensionUuid = '6f1c2b1e-3d4a-4b8e-9c55-0a7d2e8f4b31';
export const extensionUrl = (path: string): string => `moz-extension://${extensionUuid}/${path}`;

const bounded = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`timed out after ${ms} ms: ${what}`)), ms).unref())]);

function writeProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'broadsheet-firefox-'));
  const prefs: Record<string, string | number | boolean> = {
    // No updates, telemetry, studies, first-run or default-browser pages.
    'app.update.disabledForTesting': true,
    'app.normandy.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'browser.newtabpage.enabled': false,
    'browser.aboutwelcome.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.trr.mode': 5,
    // Everything but localhost goes to a closed port (Firefox never proxies localhost), so nothing leaves the machine.
    'network.proxy.type': 1,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: extensionUuid }),
  };
  const lines = Object.entries(prefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
  writeFileSync(join(profile, 'user.js'), lines.join('\n') + '\n');
  return profile;
}

/** One BiDi session: commands with ids, each answered or timed out. */
export class BiDi {
  private next = 1;
  private pending = new Map<number, { done: (result: unknown) => void; fail: (error: Error) => void }>();

  constructor(private socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter) return; // events: none subscribed
      this.pending.delete(message.id!);
      if (message.type === 'error') waiter.fail(new Error(`${message.error}: ${message.message}`));
      else waiter.done(message.result);
    });
    socket.on('close', () => this.pending.forEach((w) => w.fail(new Error('BiDi connection closed'))));
  }

  send<T>(method: string, params: object = {}, timeoutMs = 15_000): Promise<T> {
    const id = this.next++;
    const answer = new Promise<T>((done, fail) => this.pending.set(id, { done: done as (r: unknown) => void, fail }));
    this.socket.send(JSON.stringify({ id, method, params }));
    return bounded(answer, timeoutMs, method).finally(() => this.pending.delete(id));
  }

  /** Evaluates in a browsing context's window (awaiting promises) and returns the result as JSON. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{ result?: { value: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
      target: { context },
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result?.value === undefined ? (undefined as T) : (JSON.parse(result.value) as T);
  }

  /** Polls until the expression is truthy, as a person waits for a page to fill. */
  async waitFor<T>(context: string, expression: string, timeoutMs = 15_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(context, expression);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async newTab(url: string): Promise<string> {
    const { context } = await this.send<{ context: string }>('browsingContext.create', { type: 'tab', background: true });
    await this.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  }

  async screenshot(context: string, name: string): Promise<string> {
    const { data } = await this.send<{ data: string }>('browsingContext.captureScreenshot', { context, origin: 'document' });
    return saveArtifact(name, Buffer.from(data, 'base64'));
  }
}

export interface Firefox {
  bidi: BiDi;
  /** The tab Firefox opened at start. */
  firstTab: string;
  close: () => Promise<void>;
}

/** The address Firefox prints on stderr once its remote agent listens (port 0: any free port). */
function bidiAddress(child: ChildProcess): Promise<string> {
  let stderr = '';
  return bounded(new Promise((done, fail) => {
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
      const address = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr)?.[1];
      if (address) done(address);
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`firefox-esr exited (${code}) before listening:\n${stderr}`)));
  }), 30_000, 'firefox-esr to start its remote agent');
}

/**
 * `--remote-allow-system-access` lets BiDi open moz-extension:// pages (plain BiDi refuses to navigate there) and
 * evaluate in the browser window, which the toolbar click needs.
 */
export async function launchFirefox(): Promise<Firefox> {
  const profile = writeProfile();
  const child = spawn(firefoxPath, ['--headless', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile, '--no-remote'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let bidi: BiDi | undefined;
  const close = async () => {
    await bidi?.send('browser.close', {}, 5_000).catch(() => undefined);
    await bounded(exited, 10_000, 'firefox-esr to quit').catch(() => child.kill('SIGKILL'));
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const socket = new WebSocket(`${await bidiAddress(child)}/session`);
    await bounded(new Promise((done, fail) => socket.once('open', done).once('error', fail)), 10_000, 'BiDi connection');
    bidi = new BiDi(socket);
    await bidi.send('session.new', { capabilities: {} });
    const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
    return { bidi, firstTab: contexts[0]!.context, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Whether this Firefox lets BiDi evaluate in the browser window (`moz:scope: 'chrome'` with system access): newer
 * releases do; ESR 140 returns its content tab there, where Firefox's internals are out of reach.
 */
export async function canClickToolbar(bidi: BiDi): Promise<boolean> {
  const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  return contexts[0] !== undefined && (await bidi.evaluate<string>(contexts[0].context, 'typeof ChromeUtils')) === 'object';
}

/**
 * Clicks the extension's toolbar button for the selected tab. Firefox's own entry point for that click (its
 * `_execute_action` shortcut calls the same `triggerAction`): it grants activeTab on the tab and opens the real
 * popup. `action.openPopup()` (with extensions.openPopupWithoutUserGesture.enabled) opens the popup too but grants
 * no activeTab, so the popup could not read the page: no use here. Needs system access (see launchFirefox).
 */
export async function clickToolbarIcon(bidi: BiDi): Promise<void> {
  if (!(await canClickToolbar(bidi))) throw new Error('this Firefox gives BiDi no chrome scope: the toolbar cannot be clicked');
  const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  await bidi.evaluate(contexts[0]!.context, `(() => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = WebExtensionPolicy.getByID(${JSON.stringify(geckoId())}).extension;
    ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
  })()`);
}
