import { useRef, useState } from 'preact/hooks';
import { t } from '../../src/platform/browser.js';
import { listPdfStories, MAX_PDF_BYTES, tooLarge, type PdfProblem, type PdfRun } from '../lib/printed-page.js';
import type { StoryListing } from '../lib/story-listing.js';
import { PdfProgress } from './pdf-progress.js';
import { countHeading, StoryList } from './story-list.js';

type FileState =
  | { status: 'queued' }
  | { status: 'reading'; done: number; total: number; layingOut: boolean }
  | { status: 'problem'; problem: PdfProblem }
  | { status: 'ready'; listing: StoryListing };

interface PickedFile {
  id: number;
  name: string;
  state: FileState;
}

const cancelled: FileState = { status: 'problem', problem: { key: 'pdfCancelled' } };

/** A file has no web address: its name under file:/// keeps its stories apart from another file's on the notes page. */
const factsOf = (file: File) => ({ url: `file:///${encodeURIComponent(file.name)}`, canonicalUrl: null, siteName: null, title: file.name, publishedTime: null });

/**
 * The PDF page: the reader picks or drops PDFs (where the browser's PDF viewer is closed to extensions, or for a
 * file on disk) and gets each one's stories, to tag, summarise and save as in the popup. Files are read one at a
 * time, each a bounded run with progress; Cancel stops the one being read and those waiting.
 */
export function PdfFileApp() {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [dragging, setDragging] = useState(false);
  const queue = useRef<Array<{ id: number; file: File }>>([]);
  const current = useRef<AbortController | null>(null);
  const nextId = useRef(1);

  const update = (id: number, state: FileState) => setFiles((prev) => prev.map((f) => (f.id === id ? { ...f, state } : f)));

  const read = async (id: number, file: File) => {
    if (file.size > MAX_PDF_BYTES) return update(id, { status: 'problem', problem: tooLarge });
    const controller = new AbortController();
    current.current = controller;
    let pages = { done: 0, total: 0 };
    const run: PdfRun = {
      signal: controller.signal,
      onProgress: (done, total) => { pages = { done, total }; update(id, { status: 'reading', done, total, layingOut: false }); },
      onStories: () => undefined, // a file's stories show once it is read whole, with its problems
      onLayout: () => update(id, { status: 'reading', ...pages, layingOut: true }),
    };
    run.onProgress(0, 0);
    const listed = await listPdfStories(new Uint8Array(await file.arrayBuffer()), factsOf(file), run);
    current.current = null;
    update(id, controller.signal.aborted ? cancelled : listed.ok ? { status: 'ready', listing: listed.value } : { status: 'problem', problem: listed.error });
  };

  const drain = async () => {
    if (current.current) return; // a run is going: it reads the queue on
    for (let next = queue.current.shift(); next; next = queue.current.shift()) {
      await read(next.id, next.file).catch((error) => update(next!.id, { status: 'problem', problem: { key: 'pdfFailed', detail: String(error) } }));
    }
  };

  const add = (picked: readonly File[]) => {
    const entries = picked.map((file) => ({ id: nextId.current++, file }));
    if (!entries.length) return;
    queue.current.push(...entries);
    setFiles((prev) => [...prev, ...entries.map(({ id, file }) => ({ id, name: file.name, state: { status: 'queued' } as const }))]);
    void drain();
  };

  const cancel = () => {
    for (const { id } of queue.current.splice(0)) update(id, cancelled);
    current.current?.abort();
  };

  return (
    <main
      class={dragging ? 'pdf-page dragging' : 'pdf-page'}
      onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => { e.preventDefault(); setDragging(false); add([...(e.dataTransfer?.files ?? [])]); }}
    >
      <header class="bar">
        <h1>{t('pdfPageTitle')}</h1>
        <a href="notes.html">{t('openNotes')}</a>
      </header>
      <div class="drop">
        <p>{t('pdfPageIntro', String(MAX_PDF_BYTES / 1024 / 1024))}</p>
        <label for="pdf-files">{t('pickPdfs')}</label>{' '}
        <input id="pdf-files" type="file" accept="application/pdf,.pdf" multiple onChange={(e) => { add([...(e.currentTarget.files ?? [])]); e.currentTarget.value = ''; }} />
      </div>
      {files.map(({ id, name, state }) => (
        <section key={id} class="pdf-file" aria-label={name}>
          {state.status === 'queued' && <p class="status">{t('pdfQueued', name)}</p>}
          {state.status === 'reading' && <><h2 class="file-name">{name}</h2><PdfProgress done={state.done} total={state.total} layingOut={state.layingOut} onCancel={cancel} /></>}
          {state.status === 'problem' && <p class="status" role="alert"><strong>{name}</strong>{': '}{t(state.problem.key, state.problem.detail)}</p>}
          {state.status === 'ready' && <StoryList listing={state.listing} heading={`${name} · ${countHeading(state.listing)}`} level={2} idPrefix={`file-${id}`} />}
        </section>
      ))}
    </main>
  );
}
