import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/use-language';
import { formatArea, formatLandArea, formatMu, formatNumber } from '../lib/format';

/** What the labels need of a unit: the park page's units and the search results both have these fields. */
type PricedUnit = {
  dealType: string;
  rentYuanPerM2Month: string | null;
  salePriceYuanPerM2: string | null;
};
type SizedUnit = { use: string; areaM2: string; areaMu?: string | null };

/** A stored grade (gmp_c, iso_7, none) as the reader knows it: "GMP C 级", "ISO 7 级", "无". */
export function useCleanroomLabel(): (grade: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (grade) => {
      const gmp = /^gmp_([a-d])$/i.exec(grade);
      if (gmp?.[1]) return t('unit.cleanroomGmp', { grade: gmp[1].toUpperCase() });
      const iso = /^iso_?(\d)$/i.exec(grade);
      if (iso?.[1]) return t('unit.cleanroomIso', { grade: iso[1] });
      // The search filter's levels: A–D are GMP grades.
      if (/^[A-D]$/.test(grade)) return t('unit.cleanroomGmp', { grade });
      return grade === 'none' ? t('unit.cleanroomNone') : grade;
    },
    [t],
  );
}

/** The price in the unit's own terms: monthly rent per m² when for lease, price per m² when for sale. */
export function usePriceLabel(): (unit: PricedUnit) => string {
  const { t } = useTranslation();
  return useCallback(
    (unit) => {
      if (unit.dealType === 'lease' && unit.rentYuanPerM2Month)
        return t('unit.rent', { price: formatNumber(unit.rentYuanPerM2Month) });
      if (unit.dealType === 'sale' && unit.salePriceYuanPerM2)
        return t('unit.sale', { price: formatNumber(unit.salePriceYuanPerM2) });
      return '—';
    },
    [t],
  );
}

/**
 * Area in m² (the column header names the unit); land parcels also in 亩, the unit land is quoted in —
 * the API's exact areaMu when it sends one.
 */
export function useAreaLabel(): (unit: SizedUnit) => string {
  const language = useLanguage();
  return useCallback(
    (unit) => {
      if (unit.areaMu) return `${formatArea(unit.areaM2)} (${formatMu(unit.areaMu, language)})`;
      if (unit.use === 'land_parcel')
        return `${formatArea(unit.areaM2)} (${formatLandArea(unit.areaM2, language)})`;
      return formatNumber(unit.areaM2);
    },
    [language],
  );
}
