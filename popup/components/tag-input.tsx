import { useState } from 'preact/hooks';
import { t } from '../../src/platform/browser.js';

interface Props {
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
}

/** Tags as removable chips; Enter or comma adds what was typed. */
export function TagInput({ label, tags, onChange }: Props) {
  const [text, setText] = useState('');
  const add = () => {
    const tag = text.trim().replace(/[,，]$/, '');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setText('');
  };
  return (
    <div class="tags" role="group" aria-label={label}>
      {tags.map((tag) => (
        <span class="chip" key={tag}>
          {tag}
          <button type="button" aria-label={t('removeTag', tag)} onClick={() => onChange(tags.filter((x) => x !== tag))}>×</button>
        </span>
      ))}
      <input
        type="text"
        aria-label={t('addTag')}
        placeholder={t('addTag')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') { e.preventDefault(); add(); }
        }}
      />
    </div>
  );
}
