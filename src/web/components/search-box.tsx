import { Input } from 'antd';
import { useEffect, useEffectEvent, useRef, useState } from 'react';

/** How long typing may pause before the search runs: a request per word, not per keystroke. */
const SEARCH_DELAY_MS = 300;

/**
 * A list's text search: typed freely, sent (trimmed, empty as undefined) once typing pauses. A change of
 * the value from elsewhere (clearing the filters, going back) replaces what is typed. `id` names the
 * input for its label and tests.
 */
export function SearchBox({
  id,
  label,
  placeholder,
  value,
  onSearch,
}: {
  id: string;
  label: string;
  placeholder: string;
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
}) {
  const [text, setText] = useState(value ?? '');
  const sent = useRef(value ?? '');
  const search = useEffectEvent((q: string) => {
    sent.current = q;
    onSearch(q || undefined);
  });

  useEffect(() => {
    if ((value ?? '') === sent.current) return;
    sent.current = value ?? '';
    setText(value ?? '');
  }, [value]);

  useEffect(() => {
    const q = text.trim();
    if (q === sent.current) return;
    const timer = setTimeout(() => search(q), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div className="pipeline-control">
      <label htmlFor={id}>{label}</label>
      <Input
        id={id}
        type="search"
        value={text}
        maxLength={100}
        placeholder={placeholder}
        onChange={(event) => setText(event.target.value)}
        className="projects-search"
        data-testid={id}
      />
    </div>
  );
}
