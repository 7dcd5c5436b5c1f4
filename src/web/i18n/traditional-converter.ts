import { useEffect, useSyncExternalStore } from 'react';

type Convert = (text: string) => string;

// One converter for the whole page, built on first need. The dictionaries are about 1 MB, so they sit in
// a chunk of their own that only zh-TW readers download.
let converter: Convert | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): Convert | null {
  return converter;
}

/** Memoised: the same park and zone names are converted on every render. */
function withCache(convert: Convert): Convert {
  const cache = new Map<string, string>();
  return (text) => {
    let converted = cache.get(text);
    if (converted === undefined) {
      converted = convert(text);
      cache.set(text, converted);
    }
    return converted;
  };
}

export function loadTraditionalConverter(): Promise<void> {
  loading ??= import('opencc-js/cn2t')
    .then((OpenCC) => {
      converter = withCache(OpenCC.Converter({ from: 'cn', to: 'tw' }));
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // A failed chunk load leaves the simplified text on screen; allow a later attempt.
      loading = null;
    });
  return loading;
}

/** The simplified → traditional (Taiwan) converter once loaded, or null while it is not (or not wanted). */
export function useTraditionalConverter(wanted: boolean): Convert | null {
  const loaded = useSyncExternalStore(subscribe, snapshot, snapshot);
  useEffect(() => {
    if (wanted) void loadTraditionalConverter();
  }, [wanted]);
  return wanted ? loaded : null;
}
