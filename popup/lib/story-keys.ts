/**
 * Keys for a list of stories: j / ↓ to the next story, k / ↑ to the previous, s to save the story that holds the
 * focus. Typing in a field is left alone, and so are keys with a modifier (the browser's own).
 */

/** Each story is an article that takes the focus (tabindex -1) and has one Save (or Update) button. */
const STORY = 'article.story';
const SAVE = '.actions button.primary';

const typesText = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Handles the key if it is one of the list's; returns whether it did. */
export function storyKey(event: KeyboardEvent, root: ParentNode): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typesText(event.target)) return false;
  const stories = [...root.querySelectorAll<HTMLElement>(STORY)];
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(STORY) : null;
  const at = focused ? stories.indexOf(focused) : -1;
  const step = event.key === 'j' || event.key === 'ArrowDown' ? 1 : event.key === 'k' || event.key === 'ArrowUp' ? -1 : 0;
  if (step) {
    const next = stories[at < 0 ? (step > 0 ? 0 : stories.length - 1) : Math.min(Math.max(at + step, 0), stories.length - 1)];
    if (!next) return false;
    next.focus();
  } else if (event.key === 's' && focused) {
    focused.querySelector<HTMLButtonElement>(SAVE)?.click();
  } else {
    return false;
  }
  event.preventDefault();
  return true;
}
