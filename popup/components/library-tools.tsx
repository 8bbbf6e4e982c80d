import { useState } from 'preact/hooks';
import { t } from '../../src/platform/browser.js';
import type { SavedStory } from '../../src/store/record.js';
import { MAX_ZIP_FILES, storiesToCombinedMarkdown, storiesToCsv, storiesToJson, storiesToMarkdownZip } from '../../src/review/export.js';
import { checkImportSize, importJsonExport, type ImportProgress } from '../../src/review/import.js';
import { downloadChunks } from '../lib/download.js';
import { library, locale } from '../lib/library.js';

interface Props {
  /** The stories export acts on: those shown (after search and filters), read when an export is asked for. */
  ids: readonly string[];
  onImported: () => void;
}

/** Stories per read: about 1 MB, so a large export is many short reads rather than one that holds the page. */
const READ_BATCH = 400;

const stamp = () => new Date().toISOString().slice(0, 10);
const count = (n: number) => n.toLocaleString(locale);

/** The stories of these ids, read READ_BATCH at a time as the export asks for them; a read that fails throws its message. */
async function* storiesShown(ids: readonly string[]): AsyncGenerator<SavedStory, void, undefined> {
  for (let at = 0; at < ids.length; at += READ_BATCH) {
    const read = await library.getMany(ids.slice(at, at + READ_BATCH));
    if (!read.ok) throw new Error(read.error);
    yield* read.value;
  }
}

/** Export what is shown (Markdown, JSON, CSV) and import a JSON export. */
export function LibraryTools({ ids, onImported }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  /**
   * Reads the stories shown a batch at a time and writes the file from them as they come; a failure (a read, a record
   * the writer chokes on, no memory for the file) is said, never silent, and nothing is downloaded.
   */
  const exportAs = async (name: string, type: string, write: (shown: AsyncIterable<SavedStory>, count: number) => AsyncIterable<string | Uint8Array<ArrayBuffer>>) => {
    setBusy(true);
    try {
      await downloadChunks(name, write(storiesShown(ids), ids.length), type);
      setMessage((shown) => (shown?.error ? null : shown));
    } catch (error) {
      setMessage({ text: t('exportFailed', error instanceof Error ? error.message : String(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  /** One Markdown file per story, zipped; more stories than a ZIP holds are refused at once, before any is read. */
  const exportZip = () => {
    if (ids.length > MAX_ZIP_FILES) return setMessage({ text: t('exportZipTooMany', [count(ids.length), count(MAX_ZIP_FILES)]), error: true });
    return exportAs(`broadsheet-${stamp()}-markdown.zip`, 'application/zip', (shown) => storiesToMarkdownZip(shown) as AsyncIterable<Uint8Array<ArrayBuffer>>);
  };

  /** Checks the whole file, saying how far it has got, then saves it in one write: all of it, or (said why) nothing. */
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const size = checkImportSize(file.size, { locale });
    if (!size.ok) return setMessage({ text: size.error, error: true });
    setBusy(true);
    try {
      setMessage({ text: t('importReading'), error: false });
      const onProgress = ({ checked, total }: ImportProgress) =>
        setMessage({ text: checked < total ? t('importChecking', [count(checked), count(total)]) : t('importSaving', count(total)), error: false });
      const result = await importJsonExport(library, await file.text(), { locale, onProgress });
      if (!result.ok) return setMessage({ text: result.error, error: true });
      const { added, updated, unchanged } = result.value;
      setMessage({ text: t('imported', [String(added), String(updated), String(unchanged)]), error: false });
      onImported();
    } catch (error) {
      // The file could not be read, or there was no memory to hold it: thrown before anything was written.
      setMessage({ text: t('importFailed', error instanceof Error ? error.message : String(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="tools" aria-label={t('exportImport')} aria-busy={busy}>
      <span>{t('exportShown', String(ids.length))}</span>
      <button type="button" disabled={!ids.length || busy} onClick={() => void exportAs(`broadsheet-${stamp()}.md`, 'text/markdown;charset=utf-8', storiesToCombinedMarkdown)}>{t('exportMarkdown')}</button>
      <button type="button" disabled={!ids.length || busy} onClick={() => void exportZip()}>{t('exportMarkdownFiles')}</button>
      <button type="button" disabled={!ids.length || busy} onClick={() => void exportAs(`broadsheet-${stamp()}.json`, 'application/json;charset=utf-8', (shown) => storiesToJson(shown))}>JSON</button>
      <button type="button" disabled={!ids.length || busy} onClick={() => void exportAs(`broadsheet-${stamp()}.csv`, 'text/csv;charset=utf-8', storiesToCsv)}>CSV</button>
      <label class="import">
        {t('importJson')}
        <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => { void importFile(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      </label>
      {message && <p class={message.error ? 'error' : 'saved'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
