import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { overviewQuery, parksQuery, zonesQuery } from '../../api/queries';
import { unitUses } from '../../api/space-values';
import { useCleanroomLabel } from '../../components/unit-labels';
import { useDataText } from '../../i18n/use-data-text';
import { demandGrades } from './match-values';
import { chainLinksQuery } from './use-match';

type Option = { value: string; label: string };

/**
 * The choices of the match form in the reader's language. The contract names zones, parks, directions and
 * chain links by code, so every option's value is a code. A list that is loading or failed is just empty.
 */
export function useMatchOptions() {
  const { t } = useTranslation();
  const text = useDataText();
  const cleanroom = useCleanroomLabel();
  const overview = useQuery(overviewQuery);
  const zones = useQuery(zonesQuery);
  const parks = useQuery(parksQuery);
  const links = useQuery(chainLinksQuery);

  return useMemo(() => {
    const directions: Option[] = (overview.data?.directions ?? []).map((d) => ({
      value: d.code,
      label: text(d.nameZh, d.nameEn),
    }));
    const zoneOptions: Option[] = (zones.data?.items ?? []).map((z) => ({
      value: z.code,
      label: text(z.nameZh, z.nameEn),
    }));
    const parkOptions: Option[] = (parks.data?.items ?? []).map((p) => ({
      value: p.code,
      label: text(p.nameZh, p.nameEn),
    }));
    // Grouped upstream to downstream, as the partners are proposed.
    const chainLinks = [1, 2, 3].map((segment) => ({
      label: t(`match.segments.${segment as 1 | 2 | 3}`),
      options: (links.data?.items ?? [])
        .filter((l) => l.segment === segment)
        .map((l) => ({ value: l.code, label: text(l.nameZh, l.nameEn) })),
    }));
    const uses: Option[] = unitUses.map((use) => ({ value: use, label: t(`unit.uses.${use}`) }));
    const grades: Option[] = demandGrades.map((grade) => ({
      value: grade,
      label: grade === 'none' ? t('match.cleanroomAny') : cleanroom(grade),
    }));
    return { directions, zones: zoneOptions, parks: parkOptions, chainLinks, uses, grades };
  }, [overview.data, zones.data, parks.data, links.data, text, t, cleanroom]);
}
