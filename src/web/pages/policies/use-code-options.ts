import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { api, unwrap } from '../../api/client';
import { parksQuery, zonesQuery } from '../../api/queries';
import { useDataText } from '../../i18n/use-data-text';
import { useDirections } from '../pipeline/use-directions';

export type CodeOption = { value: string; label: string; zone?: string };

/** Attributes whose values are codes of a list the API has; the rest are typed (industry codes). */
export const codedAttrs = ['zone', 'block', 'park', 'direction', 'chainLinks'] as const;
export type CodedAttr = (typeof codedAttrs)[number];

export function isCodedAttr(attr: string | null): attr is CodedAttr {
  return (codedAttrs as readonly (string | null)[]).includes(attr);
}

/** The industry chain's links (GET /api/chain-links), upstream to downstream; fixed reference data. */
const chainLinksQuery = queryOptions({
  queryKey: ['policies', 'chain-links'],
  queryFn: () => unwrap(api.GET('/api/chain-links')),
  staleTime: Number.POSITIVE_INFINITY,
});

/**
 * The codes a rule or a profile names, in the reader's language: zones and their blocks (GET /api/zones),
 * parks (GET /api/parks), industry directions (the overview) and chain links. Blocks and parks carry their zone, so a
 * form can offer those of the zone chosen. While a list loads, a code is shown as it is.
 */
export function useCodeOptions() {
  const text = useDataText();
  const zones = useQuery(zonesQuery);
  const parks = useQuery(parksQuery);
  const directions = useDirections();
  const links = useQuery(chainLinksQuery);
  const options = useMemo<Record<CodedAttr, CodeOption[]>>(() => {
    const zoneItems = zones.data?.items ?? [];
    return {
      zone: zoneItems.map((z) => ({ value: z.code, label: text(z.nameZh, z.nameEn) })),
      block: zoneItems.flatMap((z) =>
        z.blocks.map((b) => ({ value: b.code, label: text(b.nameZh, b.nameEn), zone: z.code })),
      ),
      park: (parks.data?.items ?? []).map((p) => ({
        value: p.code,
        label: text(p.nameZh, p.nameEn),
        zone: p.zone.code,
      })),
      direction: directions.options,
      chainLinks: (links.data?.items ?? []).map((l) => ({ value: l.code, label: text(l.nameZh, l.nameEn) })),
    };
  }, [zones.data, parks.data, links.data, directions.options, text]);
  const label = useCallback(
    (attr: CodedAttr, code: string) => options[attr].find((o) => o.value === code)?.label ?? code,
    [options],
  );
  return { options, label, loading: zones.isPending || parks.isPending };
}
