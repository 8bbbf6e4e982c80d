import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { rowOffsets, scrollToShow, visibleRange, type Row } from '../lib/reading-list.js';

interface Props {
  listRef: RefObject<HTMLDivElement | null>;
  label: string;
  rows: readonly Row[];
  /** The row of the story shown in the pane; -1 for none. */
  active: number;
  /** How many stories the rows hold (headings aside), for aria-setsize. */
  stories: number;
  onActivate: (row: number) => void;
  onOpen: () => void;
  /** The stories on screen now (their ids), so those not read yet can be fetched. */
  onShown: (ids: string[]) => void;
  story: (id: string) => ComponentChildren;
  group: (label: string | null) => ComponentChildren;
}

/** Rows beyond the viewport rendered on each side, so a fast scroll shows no gap before the next paint. */
const OVERSCAN = 8;
/** Until the list is measured (and in a test DOM without layout), as if it were this tall. */
const DEFAULT_HEIGHT = 800;

export const rowId = (id: string) => `row-${id}`;

/**
 * The stories as a listbox that only renders the rows on screen: focus stays on the list itself and the
 * story shown is its active descendant, so scrolling rows out of the DOM never takes the focus with them.
 * `j`/`k` or the arrows move, Home/End and Page Up/Down jump, Enter opens the story in the pane.
 */
export function ReadingList({ listRef, label, rows, active, stories, onActivate, onOpen, onShown, story, group }: Props) {
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(DEFAULT_HEIGHT);
  const offsets = useMemo(() => rowOffsets(rows), [rows]);
  const [start, end] = visibleRange(offsets, top, height, OVERSCAN);
  // Each story's place among the stories (headings not counted), for screen readers' "3 of 100,000".
  const positions = useMemo(() => {
    const at = new Int32Array(rows.length);
    let count = 0;
    for (let i = 0; i < rows.length; i++) if (rows[i]?.kind === 'story') at[i] = ++count;
    return at;
  }, [rows]);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => { if (list.clientHeight) setHeight(list.clientHeight); };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  // The active row brought into view when it moves (by key, or because the list changed under it).
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || active < 0) return;
    const next = scrollToShow(offsets, active, list.scrollTop, list.clientHeight || height);
    if (next !== list.scrollTop) list.scrollTop = next;
    setTop(list.scrollTop);
  }, [active, offsets]);

  const shown: number[] = [];
  for (let i = start; i < end; i++) shown.push(i);
  if (active >= 0 && (active < start || active >= end)) shown.push(active); // the active descendant always exists
  const shownIds = shown.map((i) => rows[i]).filter((r): r is Extract<Row, { kind: 'story' }> => r?.kind === 'story').map((r) => r.id);
  useEffect(() => onShown(shownIds), [shownIds.join('\n')]);


  const move = (to: number, step: number) => {
    let row = Math.max(0, Math.min(rows.length - 1, to));
    while (rows[row]?.kind === 'group' && row + step >= 0 && row + step < rows.length) row += step;
    if (rows[row]?.kind === 'story') onActivate(row);
  };
  const page = Math.max(1, Math.floor(height / (offsets[1] ?? 1)) - 1);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const from = active < 0 ? -1 : active;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(from + 1, 1), j: () => move(from + 1, 1),
      ArrowUp: () => move(from - 1, -1), k: () => move(from - 1, -1),
      Home: () => move(0, 1), End: () => move(rows.length - 1, -1),
      PageDown: () => move(from + page, 1), PageUp: () => move(from - page, -1),
      Enter: onOpen,
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  };

  const activeRow = rows[active];
  return (
    <div
      ref={listRef}
      class="reading-list"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={activeRow?.kind === 'story' ? rowId(activeRow.id) : undefined}
      onKeyDown={onKeyDown}
      onScroll={(e) => setTop(e.currentTarget.scrollTop)}
    >
      <div class="rows" style={{ height: `${offsets[rows.length]}px` }}>
        {shown.map((i) => {
          const row = rows[i] as Row;
          const style = { top: `${offsets[i]}px` };
          if (row.kind === 'group') return <div key={`g:${row.key}`} class="group-row" style={style} aria-hidden="true">{group(row.label)}</div>;
          return (
            <div
              key={row.id}
              id={rowId(row.id)}
              class="story-row"
              role="option"
              aria-selected={i === active}
              aria-setsize={stories}
              aria-posinset={positions[i]}
              style={style}
              onMouseDown={(e) => { e.preventDefault(); listRef.current?.focus({ preventScroll: true }); onActivate(i); }}
              onDblClick={onOpen}
            >
              {story(row.id)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
