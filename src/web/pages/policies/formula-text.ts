import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { formatNumber } from '../../lib/format';
import { formatYuanAmount } from './policy-format';
import type { Formula } from './policy-types';

/**
 * A benefit formula's figures as a sentence (the detail page states what a policy pays before anyone's
 * figures are put in): "每项 1,000,000 元，上限 5,000,000 元". Attribute names and units come from the
 * catalogue through `attrLabel` and `unitOf`.
 */
export function useFormulaText(attrLabel: (key: string) => string, unitOf: (key: string) => string) {
  const { t } = useTranslation();
  const language = useLanguage();
  const yuan = (amount: number) => formatYuanAmount(amount, language);
  const cap = (capYuan: number | undefined) =>
    capYuan === undefined ? '' : t('policies.formula.cap', { amount: yuan(capYuan) });
  return (formula: Formula): string => {
    switch (formula.kind) {
      case 'rent_subsidy':
        return (
          t('policies.formula.rent_subsidy', {
            percent: formatNumber(formula.percent),
            months: formula.months,
          }) + cap(formula.capYuan)
        );
      case 'one_off':
        return t('policies.formula.one_off', { amount: yuan(formula.amountYuan) });
      case 'per_unit':
        return (
          t('policies.formula.per_unit', {
            attr: attrLabel(formula.attr),
            unit: unitOf(formula.attr),
            amount: yuan(formula.amountYuan),
          }) + cap(formula.capYuan)
        );
      case 'percent_of':
        return (
          t('policies.formula.percent_of', {
            attr: attrLabel(formula.attr),
            percent: formatNumber(formula.percent),
          }) + cap(formula.capYuan)
        );
      case 'tiered':
        return t('policies.formula.tiered', {
          attr: attrLabel(formula.attr),
          tiers: formula.tiers
            .map((tier) =>
              t('policies.formula.tier', {
                min: `${formatNumber(tier.min)}${unitOf(formula.attr) ? ` ${unitOf(formula.attr)}` : ''}`,
                amount: yuan(tier.amountYuan),
              }),
            )
            .join(t('policies.listSeparator')),
        });
    }
  };
}
