import { useEffect, useMemo, useState } from 'react';

/**
 * The value as it was once it stopped changing for `delayMs`: a request per pause in typing, not per
 * keystroke. Compared by its JSON, so a value rebuilt on each render with the same content is not a change.
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(key), delayMs);
    return () => window.clearTimeout(timer);
  }, [key, delayMs]);
  return useMemo(() => JSON.parse(settled) as T, [settled]);
}
