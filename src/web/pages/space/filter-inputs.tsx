import { Input, InputNumber } from 'antd';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';

// Typing is not searching: each keystroke going to the URL would add a history entry per digit and a request
// per entry. A number goes to the URL on Enter, on leaving the field, or after a short pause.
const TYPING_PAUSE_MS = 800;

type NumberFilterProps = {
  id: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  suffix?: ReactNode;
  placeholder?: string;
};

/** A number filter that keeps its draft while the reader types and commits it as described above. */
export function NumberFilter({ id, value, onCommit, suffix, placeholder }: NumberFilterProps) {
  const [draft, setDraft] = useState<number | null>(value ?? null);
  // The last value this field sent; the URL echoing it back must not overwrite what is typed meanwhile.
  const committed = useRef(value);
  const commitRef = useRef(onCommit);
  commitRef.current = onCommit;

  useEffect(() => {
    // A change from outside (back button, reset, a shared link) replaces the draft.
    if (value !== committed.current) {
      committed.current = value;
      setDraft(value ?? null);
    }
  }, [value]);

  // Reads and writes refs only, so one function serves the whole life of the field.
  const commit = useCallback((next: number | null) => {
    const normalised = next ?? undefined;
    if (normalised === committed.current) return;
    committed.current = normalised;
    commitRef.current(normalised);
  }, []);

  useEffect(() => {
    if ((draft ?? undefined) === committed.current) return;
    const timer = window.setTimeout(() => commit(draft), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, commit]);

  return (
    <InputNumber<number>
      id={id}
      className="filter-number"
      min={0}
      value={draft}
      suffix={suffix}
      placeholder={placeholder}
      onChange={(next) => setDraft(typeof next === 'number' ? next : null)}
      onPressEnter={() => commit(draft)}
      onBlur={() => commit(draft)}
    />
  );
}

type DateFilterProps = {
  id: string;
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
};

/** The browser's own date input: labelled, keyboard-friendly, and its value is already YYYY-MM-DD. */
export function DateFilter({ id, value, onCommit }: DateFilterProps) {
  return (
    <Input
      id={id}
      type="date"
      className="filter-date"
      value={value ?? ''}
      onChange={(event) => onCommit(event.target.value || undefined)}
    />
  );
}
