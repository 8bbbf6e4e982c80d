import { useState } from 'preact/hooks';
import { t } from '../../src/platform/browser.js';
import type { SavedStory } from '../../src/store/record.js';
import { storiesToCombinedMarkdown, storiesToCsv, storiesToJson, storiesToMarkdownZip } from '../../src/review/export.js';
import { checkImportSize, importJsonExport } from '../../src/review/import.js';
import { download } from '../lib/download.js';
import { library, locale } from '../lib/library.js';

interface Props {
  /** The stories export acts on: those shown (after search and filters), read when an export is asked for. */
  ids: readonly string[];
  onImported: () => void;
}

/** Stories per read: about 1 MB, so a large export is many short reads rather than one that holds the page. */
const READ_BATCH = 400;

const stamp = () => new Date().toISOString().slice(0, 10);

/** Export what is shown (Markdown, JSON, CSV) and import a JSON export. */
export function LibraryTools({ ids, onImported }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [reading, setReading] = useState(false);

  /** Reads the stories shown, builds the file and hands it to the browser; a failure (a read, a record the writer chokes on, no memory for the file) is said, never silent. */
  const exportAs = async (name: string, type: string, make: (shown: readonly SavedStory[]) => string | Uint8Array<ArrayBuffer>) => {
    setReading(true);
    const stories: SavedStory[] = [];
    for (let at = 0; at < ids.length; at += READ_BATCH) {
      const read = await library.getMany(ids.slice(at, at + READ_BATCH));
      if (!read.ok) {
        setReading(false);
        return setMessage({ text: t('exportFailed', read.error), error: true });
      }
      stories.push(...read.value);
    }
    setReading(false);
    try {
      download(name, make(stories), type);
      setMessage((shown) => (shown?.error ? null : shown));
    } catch (error) {
      setMessage({ text: t('exportFailed', error instanceof Error ? error.message : String(error)), error: true });
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const size = checkImportSize(file.size, { locale });
    const result = size.ok ? await importJsonExport(library, await file.text(), { locale }) : size;
    if (!result.ok) return setMessage({ text: result.error, error: true });
    const { added, updated, unchanged } = result.value;
    setMessage({ text: t('imported', [String(added), String(updated), String(unchanged)]), error: false });
    onImported();
  };

  return (
    <section class="tools" aria-label={t('exportImport')} aria-busy={reading}>
      <span>{t('exportShown', String(ids.length))}</span>
      <button type="button" disabled={!ids.length || reading} onClick={() => void exportAs(`broadsheet-${stamp()}.md`, 'text/markdown', storiesToCombinedMarkdown)}>{t('exportMarkdown')}</button>
      <button type="button" disabled={!ids.length || reading} onClick={() => void exportAs(`broadsheet-${stamp()}-markdown.zip`, 'application/zip', (shown) => storiesToMarkdownZip(shown) as Uint8Array<ArrayBuffer>)}>{t('exportMarkdownFiles')}</button>
      <button type="button" disabled={!ids.length || reading} onClick={() => void exportAs(`broadsheet-${stamp()}.json`, 'application/json', storiesToJson)}>JSON</button>
      <button type="button" disabled={!ids.length || reading} onClick={() => void exportAs(`broadsheet-${stamp()}.csv`, 'text/csv', storiesToCsv)}>CSV</button>
      <label class="import">
        {t('importJson')}
        <input type="file" accept=".json,application/json" onChange={(e) => { void importFile(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      </label>
      {message && <p class={message.error ? 'error' : 'saved'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
