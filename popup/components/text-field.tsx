import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
  /** Actions shown after the label (e.g. "Suggest"). */
  children?: ComponentChildren;
}

/** A labelled multi-line field: the reader's summary or note. */
export function TextField({ id, label, rows, value, onChange, children }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      <textarea id={id} rows={rows} value={value} onInput={(e) => onChange(e.currentTarget.value)} />
    </div>
  );
}
