import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { overviewQuery, parksQuery, zonesQuery } from '../../api/queries';
import { unitUses } from '../../api/space-values';
import { useDataText } from '../../i18n/use-data-text';
import { leadTimelines } from './demand-values';

type Option<V> = { value: V; label: string };

/**
 * The choices of the demand form in the reader's language: industry directions (GET /api/overview), zones
 * (GET /api/zones) and parks (GET /api/parks, narrowed to the chosen zone), space uses and timelines. The
 * lists are optional extras: while one loads, or if it fails, its select is simply empty.
 */
export function useDemandOptions(zoneCode: string | undefined) {
  const { t } = useTranslation();
  const text = useDataText();
  const overview = useQuery(overviewQuery);
  const zones = useQuery(zonesQuery);
  const parks = useQuery(parksQuery);

  const directions = useMemo<Option<string>[]>(
    () =>
      (overview.data?.directions ?? []).map((direction) => ({
        value: direction.code,
        label: text(direction.nameZh, direction.nameEn),
      })),
    [overview.data, text],
  );
  const zoneOptions = useMemo<Option<string>[]>(
    () =>
      (zones.data?.items ?? []).map((zone) => ({ value: zone.code, label: text(zone.nameZh, zone.nameEn) })),
    [zones.data, text],
  );
  const allParks = parks.data?.items;
  const parkOptions = useMemo<(Option<number> & { zone: string })[]>(
    () =>
      (allParks ?? [])
        .filter((park) => !zoneCode || park.zone.code === zoneCode)
        .map((park) => ({ value: park.id, label: text(park.nameZh, park.nameEn), zone: park.zone.code })),
    [allParks, zoneCode, text],
  );
  const uses = unitUses.map((use) => ({ value: use, label: t(`unit.uses.${use}`) }));
  const timelines = leadTimelines.map((timeline) => ({
    value: timeline,
    label: t(`demand.timelines.${timeline}`),
  }));

  /** The zone a park belongs to, to clear a park that no longer fits the chosen zone. */
  const zoneOfPark = (parkId: number) => allParks?.find((park) => park.id === parkId)?.zone.code;

  return { directions, zones: zoneOptions, parks: parkOptions, uses, timelines, zoneOfPark };
}
