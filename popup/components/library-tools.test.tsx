// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { MAX_ZIP_FILES } from '../../src/review/export.js';
import { library } from '../lib/library.js';
import { LibraryTools } from './library-tools.js';

vi.mock('../../src/platform/browser.js', async () => (await import('../../tests/fake-platform.js')).fakePlatformModule());

describe('library tools', () => {
  it('refuses a ZIP of more stories than a ZIP holds at once, saying why, before reading any', async () => {
    const read = vi.spyOn(library, 'getMany');
    const link = vi.spyOn(URL, 'createObjectURL');
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const ids = Array.from({ length: MAX_ZIP_FILES + 1 }, (_, i) => `story-${i}`);
    await act(async () => { render(<LibraryTools ids={ids} onImported={() => {}} />, root); });
    const zip = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Markdown (a file per story, zipped)')!;
    await act(async () => { zip.click(); });
    expect(root.querySelector('[role=alert]')?.textContent).toBe('A ZIP holds at most 65,535 files, and 65,536 stories are shown: search or filter to fewer, or export them as one Markdown file or as JSON. Nothing was downloaded.');
    expect(read).not.toHaveBeenCalled();
    expect(link).not.toHaveBeenCalled();
    render(null, root);
  });

  it('says so when a file cannot be read, and imports nothing', async () => {
    const imported = vi.spyOn(library, 'importStories');
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    await act(async () => { render(<LibraryTools ids={[]} onImported={() => {}} />, root); });
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const unreadable = { size: 10, text: () => Promise.reject(new Error('The file could not be read')) };
    Object.defineProperty(input, 'files', { value: [unreadable] });
    await act(async () => { input.dispatchEvent(new Event('change', { bubbles: true })); });
    await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
    expect(root.querySelector('[role=alert]')?.textContent).toBe('The import failed (The file could not be read); nothing was imported.');
    expect(imported).not.toHaveBeenCalled();
    expect(input.disabled).toBe(false);
    render(null, root);
  });
});
