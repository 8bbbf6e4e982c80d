/**
 * The browser's own on-device summariser (Chrome's built-in Summarizer API, Chrome 138+), offered
 * next to the extractive summary where it exists — feature-detected, never required. It may need
 * a one-off model download, which the browser only starts from a user gesture (a click), and it
 * may not handle every language: then it reports itself unavailable and the extractive summary
 * stands.
 */
import { err, ok, type Result } from '../core/result.js';
import { type Locale, message } from './messages.js';

export type OnDeviceAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface SummarizerOptions {
  type: 'tldr' | 'key-points' | 'teaser' | 'headline';
  format: 'plain-text' | 'markdown';
  length: 'short' | 'medium' | 'long';
  expectedInputLanguages: string[];
  outputLanguage: string;
}

interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

interface SummarizerInstance {
  summarize(text: string): Promise<string>;
  destroy?(): void;
}

/** The shape of `self.Summarizer` this module relies on. */
export interface SummarizerApi {
  availability(options: SummarizerOptions): Promise<OnDeviceAvailability>;
  create(options: SummarizerOptions & { monitor?: (monitor: DownloadMonitor) => void }): Promise<SummarizerInstance>;
}

function summarizerApi(scope: object): SummarizerApi | null {
  const api = (scope as { Summarizer?: SummarizerApi }).Summarizer;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? api : null;
}

/** The same options for availability() and create(), as the API asks: a short plain-text gist in the story's language. */
function optionsFor(language: string): SummarizerOptions {
  const lang = language.split('-')[0]?.toLowerCase() || 'en';
  return { type: 'tldr', format: 'plain-text', length: 'short', expectedInputLanguages: [lang], outputLanguage: lang };
}

/** Whether to show the "summarise on device" action for a story in this language. */
export async function onDeviceSummaryAvailability(language: string, scope: object = globalThis): Promise<OnDeviceAvailability> {
  const api = summarizerApi(scope);
  if (!api) return 'unavailable';
  try {
    return await api.availability(optionsFor(language));
  } catch {
    return 'unavailable';
  }
}

/** Call from the click handler (a download needs the user's gesture); progress is 0..1. */
export async function summarizeOnDevice(
  text: string,
  language: string,
  options: { onProgress?: (fraction: number) => void; scope?: object; locale?: Locale } = {},
): Promise<Result<string>> {
  const locale = options.locale ?? 'en';
  const api = summarizerApi(options.scope ?? globalThis);
  if (!api) return err(message(locale, 'noOnDeviceSummarizer'));
  let summarizer: SummarizerInstance | undefined;
  try {
    summarizer = await api.create({
      ...optionsFor(language),
      monitor: (monitor) => monitor.addEventListener('downloadprogress', (event) => options.onProgress?.(event.loaded)),
    });
    return ok((await summarizer.summarize(text)).trim());
  } catch (error) {
    return err(message(locale, 'onDeviceFailed', { detail: error instanceof Error ? error.message : String(error) }));
  } finally {
    summarizer?.destroy?.();
  }
}
