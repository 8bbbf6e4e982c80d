// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { storyKey } from './story-keys.js';

const saved: string[] = [];

function stories(count: number) {
  document.body.innerHTML = Array.from({ length: count }, (_, i) =>
    `<article class="story" tabindex="-1" id="s${i}"><h2>Story ${i}</h2><input class="tag"><div class="actions"><button class="primary">Save</button></div></article>`).join('');
  document.querySelectorAll('button.primary').forEach((button, i) => button.addEventListener('click', () => saved.push(`s${i}`)));
}

const press = (key: string, target: EventTarget = document.activeElement ?? document.body, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return { handled: storyKey(event, document), prevented: event.defaultPrevented };
};
const focusedId = () => document.activeElement?.closest('article')?.id;

beforeEach(() => { saved.length = 0; });

describe('story keys', () => {
  it('j and ↓ go to the next story, k and ↑ to the previous, from nothing focused to the first; the ends hold', () => {
    stories(3);
    press('j');
    expect(focusedId()).toBe('s0');
    press('ArrowDown');
    press('j');
    expect(focusedId()).toBe('s2');
    press('j');
    expect(focusedId()).toBe('s2');
    press('k');
    press('ArrowUp');
    expect(focusedId()).toBe('s0');
  });

  it('s saves the story that holds the focus, also from a button inside it', () => {
    stories(3);
    press('j');
    press('j');
    expect(press('s').prevented).toBe(true);
    document.querySelector<HTMLButtonElement>('#s2 button')!.focus();
    press('s');
    expect(saved).toEqual(['s1', 's2']);
  });

  it('leaves typing in a field, keys with a modifier and other keys alone', () => {
    stories(2);
    press('j');
    const field = document.querySelector<HTMLInputElement>('#s0 input')!;
    field.focus();
    expect(press('s', field).handled).toBe(false);
    expect(press('j', field).handled).toBe(false);
    document.querySelector<HTMLElement>('#s0')!.focus();
    expect(press('s', document.activeElement!, { ctrlKey: true }).handled).toBe(false);
    expect(press('x').handled).toBe(false);
    expect(saved).toEqual([]);
    expect(focusedId()).toBe('s0');
  });

  it('s with no story focused saves nothing', () => {
    stories(2);
    expect(press('s').handled).toBe(false);
    expect(saved).toEqual([]);
  });
});
