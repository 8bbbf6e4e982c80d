import { useState } from 'preact/hooks';
import { completeTag } from '../../src/annotate/tag-complete.js';
import { tagKey, uniqueTags, type TagCount } from '../../src/annotate/tags.js';
import { t } from '../../src/platform/browser.js';

interface Props {
  id: string;
  tags: string[];
  known: readonly TagCount[];
  suggested: readonly string[];
  onChange: (tags: string[]) => void;
}

/**
 * Tags as removable chips. Typing offers the reader's own tags (a combobox: arrows move, Enter picks);
 * Enter or a comma adds what was typed; suggested tags from the story's key terms are one click away.
 * Escape closes the completions and goes no further, so it does not also close the popup; typing opens them again.
 */
export function TagInput({ id, tags, known, suggested, onChange }: Props) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const [dismissed, setDismissed] = useState(false);
  const options = dismissed ? [] : completeTag(text, known, { exclude: tags, limit: 6 });
  const listId = `${id}-completions`;
  const add = (tag: string) => {
    onChange(uniqueTags([...tags, tag]));
    setText('');
    setActive(-1);
  };
  const offered = suggested.filter((s) => !tags.some((tag) => tagKey(tag) === tagKey(s)));

  return (
    <div class="tag-field">
      <div class="tags" role="group" aria-label={t('tags')}>
        {tags.map((tag) => (
          <span class="chip" key={tag}>
            {tag}
            <button type="button" aria-label={t('removeTag', tag)} onClick={() => onChange(tags.filter((x) => x !== tag))}>×</button>
          </span>
        ))}
        <input
          type="text"
          role="combobox"
          aria-label={t('addTag')}
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          placeholder={t('addTag')}
          value={text}
          onInput={(e) => { setText(e.currentTarget.value); setActive(-1); setDismissed(false); }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && options.length) { e.preventDefault(); setActive((active + 1) % options.length); }
            else if (e.key === 'ArrowUp' && options.length) { e.preventDefault(); setActive((active - 1 + options.length) % options.length); }
            else if (e.key === 'Escape' && options.length) { e.preventDefault(); e.stopPropagation(); setDismissed(true); setActive(-1); }
            else if (e.key === 'Enter' || e.key === ',' || e.key === '，') {
              e.preventDefault();
              const picked = active >= 0 ? options[active] : text.replace(/[,，]$/, '');
              if (picked?.trim()) add(picked);
            }
          }}
        />
      </div>
      {options.length > 0 && (
        <ul class="completions" role="listbox" id={listId} aria-label={t('addTag')}>
          {options.map((option, i) => (
            <li key={option} id={`${listId}-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => { e.preventDefault(); add(option); }}>
              {option}
            </li>
          ))}
        </ul>
      )}
      {offered.length > 0 && (
        <p class="suggested">
          <span>{t('suggestedTags')}:</span>
          {offered.map((s) => (
            <button type="button" class="chip suggestion" key={s} aria-label={t('addSuggestedTag', s)} onClick={() => add(s)}>+ {s}</button>
          ))}
        </p>
      )}
    </div>
  );
}
