/**
 * Chrome's built-in Summarizer API (on-device model), where the browser offers it. Feature-detected and never
 * required: the offline extractive summary is always there.
 */
interface SummarizerInstance {
  summarize(text: string): Promise<string>;
  destroy?(): void;
}
interface SummarizerApi {
  availability(options?: object): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options?: object): Promise<SummarizerInstance>;
}

const OPTIONS = { type: 'tldr', format: 'plain-text', length: 'short' };
const api = (): SummarizerApi | undefined => (globalThis as { Summarizer?: SummarizerApi }).Summarizer;

export async function onDeviceSummaryAvailable(): Promise<boolean> {
  try {
    const summarizer = api();
    return summarizer !== undefined && (await summarizer.availability(OPTIONS)) !== 'unavailable';
  } catch {
    return false;
  }
}

export async function onDeviceSummary(text: string): Promise<string> {
  const summarizer = await api()!.create(OPTIONS);
  try {
    return (await summarizer.summarize(text)).trim();
  } finally {
    summarizer.destroy?.();
  }
}
