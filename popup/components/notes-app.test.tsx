// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../../src/core/types.js';
import { platform } from '../../tests/fake-platform.js';
import { library } from '../lib/library.js';
import { rebuildStoredSearch } from '../../src/review/search-store.js';
import { localLock } from '../../src/store/lock.js';
import { NotesApp } from './notes-app.js';
import { savedStory } from '../../src/store/test-stories.js';

vi.mock('../../src/platform/browser.js', async () => (await import('../../tests/fake-platform.js')).fakePlatformModule());

const story = (headline: string, paragraphs: string[]): Story => ({ kicker: null, headline, subheadline: null, dateline: null, byline: null, paragraphs });
/** Until the page is idle: its reads done (the cards taken in a shard a turn, after the first screen is painted), and the search index built where a search needs it (it says so meanwhile). */
async function settle(): Promise<void> {
  const indexing = () => [...document.querySelectorAll('.status')].some((status) => status.textContent === 'Indexing your stories for search…');
  for (let i = 0; i < 40 || (indexing() && i < 500); i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

let mounted: HTMLElement | null = null;

async function mount(search = ''): Promise<HTMLElement> {
  // The page before is closed, as a tab is: its change listener no longer re-renders it on every save.
  if (mounted) await act(async () => { render(null, mounted!); });
  const root = document.createElement('div');
  mounted = root;
  document.body.replaceChildren(root);
  await act(async () => { render(<NotesApp search={search} />, root); });
  await settle();
  return root;
}

/** The rows rendered (those on screen and a few either side), in list order: each says its place (aria-posinset). */
const rowsOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[role=listbox] [role=option]')].sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')));
const headlines = (root: HTMLElement) => rowsOf(root).map((row) => row.querySelector('.row-title')?.textContent);
const pane = (root: HTMLElement) => root.querySelector<HTMLElement>('.reading-pane article')!;

beforeEach(async () => {
  platform.storage.data.clear();
  await library.save({ url: 'https://paper.example/a', story: story('二七区召开产业发展推进会', ['区委书记樊惠林强调，要瞄准科技创新型企业。']), site: 'paper.example', tags: ['产业'] });
  await library.save({ url: 'https://ledger.example/b', story: story('Council approves flood wall', ['RIVERSIDE — The council voted to fund the wall.']), site: 'ledger.example', tags: ['flooding'] });
});

describe('notes page', () => {
  it('opens with the search in its address, Chinese by any 2-character part, English by prefix', async () => {
    expect(headlines(await mount('?q=科技'))).toEqual(['二七区召开产业发展推进会']);
    expect(headlines(await mount('?q=counc'))).toEqual(['Council approves flood wall']);
    expect(headlines(await mount('?tag=flooding'))).toEqual(['Council approves flood wall']);
    expect(headlines(await mount())).toHaveLength(2);
  });

  it('shows the first screen from the newest cards and the count before the cards of every story are read', async () => {
    await library.cards(); // an earlier open wrote the newest cards
    const { cards } = library;
    let release = () => {};
    const held = vi.spyOn(library, 'cards').mockImplementation(() => new Promise((resolve) => { release = () => resolve(cards()); }));
    let root: HTMLElement;
    try {
      root = await mount();
      expect(headlines(root)).toEqual(['Council approves flood wall', '二七区召开产业发展推进会']);
      expect(root.querySelector('.count')?.textContent).toBe('2 of 2 stories');
      expect(pane(root).textContent).toContain('The council voted to fund the wall.');
      expect(root.querySelector('.tools')).toBeNull(); // exports wait for every card
    } finally {
      release();
      await settle();
      held.mockRestore();
    }
    expect(root.querySelector('.tools')).not.toBeNull();
    expect(headlines(root)).toHaveLength(2);
  });

  it('shows a search in its address from the stored index, newest first, before the cards of every story are read', async () => {
    await library.save({ url: 'https://ledger.example/c', story: story('Council meets again', ['The council met.']), site: 'ledger.example', tags: [] });
    await mount('?q=council'); // an earlier open read the cards and built the index
    const { cards } = library;
    let release = () => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const held = vi.spyOn(library, 'cards').mockImplementation(async () => { await gate; return cards(); });
    let root: HTMLElement;
    try {
      root = await mount('?q=council');
      expect(headlines(root)).toEqual(['Council meets again', 'Council approves flood wall']);
      expect(root.querySelector('.count')?.textContent).toBe('2 of 3 stories');
      expect(pane(root).textContent).toContain('The council met.');
    } finally {
      release();
      await act(async () => { await new Promise((r) => setTimeout(r, 300)); }); // the cards are read once the results are painted
      await settle();
      held.mockRestore();
    }
    expect(headlines(root)).toEqual(['Council meets again', 'Council approves flood wall']);
    expect(root.querySelector('.tools')).not.toBeNull();
  });

  it('shows the first matches of a long Chinese run while it confirms the rest, and drops that search when the reader types on', async () => {
    await library.importStories(Array.from({ length: 300 }, (_, k) => savedStory({ id: `meeting-${k}`, headline: `会议 ${k}`, paragraphs: ['市政府召开工作会议。'], savedAt: 20_000 + k })));
    await library.cards();
    await rebuildStoredSearch(platform.storage, { lock: localLock() });
    const root = await mount();
    // Stories are read for the first screen's matches, then held: the rest of the run is still being confirmed.
    const get = platform.storage.get.bind(platform.storage);
    let storiesRead = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const spy = vi.spyOn(platform.storage, 'get').mockImplementation(async (keys) => {
      const stories = [keys ?? []].flat().filter((key) => typeof key === 'string' && key.startsWith('story:')).length;
      if (stories && (storiesRead += stories) > 50) await gate;
      return get(keys);
    });
    const box = root.querySelector<HTMLInputElement>('input[type=search]')!;
    const type = async (text: string) => { await act(async () => { box.value = text; box.dispatchEvent(new Event('input', { bubbles: true })); }); await settle(); };
    try {
      await type('市政府');
      const count = root.querySelector('.count');
      expect(count?.textContent).toMatch(/^\d+ of 302 stories so far, still searching…$/);
      expect(count?.getAttribute('aria-busy')).toBe('true');
      expect(headlines(root).slice(0, 3)).toEqual(['会议 299', '会议 298', '会议 297']); // newest first, as the whole answer will be
      await type('市政府召开');
      release();
      await settle();
      expect(root.querySelector('.count')?.textContent).toBe('300 of 302 stories');
      expect(root.querySelector('.count')?.hasAttribute('aria-busy')).toBe(false);
      await type('市政府开会');
      expect(root.querySelector('.status')?.textContent).toBe('No saved story matches.');
    } finally {
      release();
      spy.mockRestore();
    }
  });

  it('marks where a story matches, as text', async () => {
    const root = await mount('?q=科技');
    expect(root.querySelector('[role=option] mark')?.textContent).toBe('科技');
  });

  it('deletes with undo', async () => {
    const root = await mount();
    const before = platform.storage.data.size;
    await act(async () => { [...pane(root).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Delete')!.click(); });
    await settle();
    expect(headlines(root)).toHaveLength(1);
    expect(platform.storage.data.size).toBe(before - 1);
    await act(async () => { [...root.querySelectorAll<HTMLButtonElement>('.toast button')][0]!.click(); });
    await settle();
    expect(headlines(root)).toHaveLength(2);
    expect(platform.storage.data.size).toBe(before);
  });

  it('shows the newest stories and the count from the cards and reads only the stories on screen, never the whole library', async () => {
    for (let i = 0; i < 60; i++) await library.save({ url: `https://ledger.example/n${i}`, story: story(`Story ${i}`, [`Body ${i}.`]), site: 'ledger.example' });
    const cards = await library.cards(); // built before the page opens; the saves after keep them
    // Newest saved first (saves within one millisecond: by id).
    const newest = (cards.ok ? cards.value : []).slice(0, 5).map((card) => card.title.headline ?? '');
    await rebuildStoredSearch(platform.storage, { lock: localLock() }); // the search index too
    const get = platform.storage.get.bind(platform.storage);
    const read: string[] = [];
    const spy = vi.spyOn(platform.storage, 'get').mockImplementation(async (keys) => {
      if (keys === null) read.push('everything');
      else read.push(...[keys].flat().filter((key): key is string => typeof key === 'string' && key.startsWith('story:')));
      return get(keys);
    });
    try {
      const root = await mount();
      const rendered = headlines(root).length;
      expect(rendered).toBeGreaterThan(5);
      expect(rendered).toBeLessThan(40); // windowed: not all 62
      expect(headlines(root).slice(0, 5)).toEqual(newest);
      expect(pane(root).querySelector('.headline')?.textContent).toBe(newest[0]);
      expect(rowsOf(root).slice(0, 5).map((row) => row.querySelector('.row-lead')?.textContent)).toEqual(newest.map((title) => title.replace('Story', 'Body') + '.'));
      expect(root.querySelector('.count')?.textContent).toBe('62 of 62 stories');
      expect(read).not.toContain('everything');
      expect(new Set(read).size).toBeLessThan(62);
      // Moving to the end of the list (End) shows its last rows, their stories fetched by id meanwhile.
      const list = root.querySelector<HTMLElement>('[role=listbox]')!;
      await act(async () => { list.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })); });
      await settle();
      expect(headlines(root)).toContain('二七区召开产业发展推进会');
      expect(pane(root).querySelector('.headline')?.textContent).toBe('二七区召开产业发展推进会');
      expect(list.getAttribute('aria-activedescendant')).toBe(root.querySelector('[role=option][aria-selected=true]')?.id);
      await act(async () => { list.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true })); });
      await library.save({ url: 'https://paper.example/late', story: story('开会期间新保存的报道', ['正文。']), site: 'paper.example' });
      await settle();
      expect(headlines(root)[0]).toBe('开会期间新保存的报道');
      expect(root.querySelector('.count')?.textContent).toBe('63 of 63 stories');
      // A search reads the stored index, not the stories: at most those it shows and the one saved since the index was built.
      const before = read.length;
      const box = root.querySelector<HTMLInputElement>('input[type=search]')!;
      await act(async () => { box.value = 'body 3'; box.dispatchEvent(new Event('input', { bubbles: true })); });
      await settle();
      expect(root.querySelector('.count')?.textContent).toBe('11 of 63 stories'); // Body 3, Body 30 … Body 39
      expect(read).not.toContain('everything');
      expect(new Set(read.slice(before)).size).toBeLessThanOrEqual(12);
      // An export reads the stories it writes, those shown, when it is asked for.
      const exportButtons = [...root.querySelectorAll<HTMLButtonElement>('.tools button')];
      expect(exportButtons.length).toBeGreaterThan(0);
      expect(exportButtons.every((b) => !b.disabled)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it('says so when an export fails, for each format', async () => {
    const root = await mount();
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => { throw new Error('Out of memory'); });
    try {
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('.tools button')];
      expect(buttons).toHaveLength(4);
      for (const [i, button] of buttons.entries()) {
        await act(async () => { button.click(); });
        await settle();
        expect(spy, button.textContent!).toHaveBeenCalledTimes(i + 1);
        expect(root.querySelector('.tools [role=alert]')?.textContent, button.textContent!).toBe('The export failed (Out of memory); nothing was downloaded.');
      }
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps what is typed here when another window saves the same story, and saves only what changed here', async () => {
    const root = await mount('?q=counc');
    const card = () => pane(root);
    const summary = () => card().querySelector<HTMLTextAreaElement>('textarea')!;
    await act(async () => { summary().value = 'Typed here.'; summary().dispatchEvent(new Event('input', { bubbles: true })); });
    const list = await library.list();
    const saved = list.ok ? list.value.find((s) => s.title.headline === 'Council approves flood wall') : undefined;
    // Another window adds a tag to this story.
    await library.update(saved!.id, { addTags: ['council'] });
    await settle();
    const chips = () => [...card().querySelectorAll('.chip')].map((c) => c.firstChild?.textContent);
    expect(chips()).toEqual(['flooding', 'council']);
    expect(summary().value).toBe('Typed here.');
    await act(async () => { [...card().querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Save changes')!.click(); });
    await settle();
    const after = await library.get(saved!.id);
    expect(after.ok && after.value).toMatchObject({ tags: ['flooding', 'council'], summary: 'Typed here.' });
  });

  it('shows a story saved elsewhere (the popup) without reloading', async () => {
    const root = await mount();
    await library.save({ url: 'https://paper.example/c', story: story('防汛应急预案综合演练', ['区领导参加演练活动。']), site: 'paper.example' });
    await settle();
    expect(headlines(root)[0]).toBe('防汛应急预案综合演练');
  });

  it('keeps up with an import of thousands elsewhere: counts them at once, and finds them once its index is built again', async () => {
    const root = await mount('?q=floodwall');
    const imported = Array.from({ length: 2100 }, (_, k) => savedStory({ id: `imported-${k}`, headline: `Imported ${k}`, paragraphs: [k === 7 ? 'A floodwall rises.' : 'Routine news.'], savedAt: 10_000 + k }));
    const done = await library.importStories(imported);
    expect(done.ok).toBe(true);
    // The feed paused, the worn index is built again (in slices) and searched.
    for (let waited = 0; waited < 20_000 && headlines(root).join() !== 'Imported 7'; waited += 50) await act(async () => { await new Promise((r) => setTimeout(r, 50)); });
    expect(headlines(root)).toEqual(['Imported 7']);
    expect(root.querySelector('.count')?.textContent).toBe('1 of 2102 stories');
  });

  it('shows the printed page a story was read from in its row and pane, and where a story in parts goes on', async () => {
    await library.save({ url: 'https://paper.example/content_7.htm', story: { ...story('老旧小区改造提速', ['今年以来，我市推进改造工作，重点解决']), continuesOn: '第4版' }, site: 'paper.example', page: '第01版：要闻' });
    const root = await mount('?q=改造');
    expect(rowsOf(root)[0]!.querySelector('.row-meta')?.textContent).toContain('paper.example · 第01版：要闻');
    expect(pane(root).querySelector('.meta')?.textContent).toContain('第01版：要闻');
    expect(pane(root).querySelector('.continues')?.textContent).toBe('Continues on page 第4版');
  });
});
