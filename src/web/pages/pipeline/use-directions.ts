import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { overviewQuery } from '../../api/queries';
import { useDataText } from '../../i18n/use-data-text';

/**
 * The industry directions (高品质医药, 特色医疗器械, 互联网+医药医疗) in the reader's language, from the
 * overview the home page also reads: options for a select, and a label for a code. While the list loads, or
 * if it fails, a code is shown as it is.
 */
export function useDirections() {
  const text = useDataText();
  const overview = useQuery(overviewQuery);
  const directions = overview.data?.directions;
  const options = useMemo(
    () =>
      (directions ?? []).map((direction) => ({
        value: direction.code,
        label: text(direction.nameZh, direction.nameEn),
      })),
    [directions, text],
  );
  const label = useCallback(
    (code: string) => options.find((option) => option.value === code)?.label ?? code,
    [options],
  );
  return { options, label };
}
