import { Button, Checkbox, Input, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataText } from '../../i18n/use-data-text';
import { FieldErrors, invalidProps } from '../pipeline-admin/field-errors';
import {
  type BenefitDraft,
  type BenefitKind,
  benefitKey,
  benefitKinds,
  countAttrs,
  moneyAttrs,
  newBenefit,
  newTier,
  type PolicyDraft,
  type TierDraft,
  tierKey,
} from './policy-draft';
import type { AttributeInfo } from './rule-draft';

export type DraftChange = (update: (draft: PolicyDraft) => PolicyDraft, answered?: string[]) => void;

type NumberField = 'percent' | 'months' | 'capYuan' | 'amountYuan';

/** Which of a benefit's number fields its kind shows, in order. */
const numberFields: Record<BenefitKind, readonly NumberField[]> = {
  rent_subsidy: ['percent', 'months', 'capYuan'],
  one_off: ['amountYuan'],
  per_unit: ['amountYuan', 'capYuan'],
  percent_of: ['percent', 'capYuan'],
  tiered: [],
  none: [],
};

const numberLimits: Record<NumberField, { max: number; precision?: number }> = {
  percent: { max: 100 },
  months: { max: 120, precision: 0 },
  capYuan: { max: 1e13, precision: 2 },
  amountYuan: { max: 1e13, precision: 2 },
};

function BenefitBox({
  benefit,
  index,
  change,
  errors,
  attributes,
}: {
  benefit: BenefitDraft;
  index: number;
  change: DraftChange;
  errors: Record<string, string[]>;
  attributes: readonly AttributeInfo[];
}) {
  const { t } = useTranslation();
  const text = useDataText();
  const n = index + 1;
  const id = (field: string) => `benefit-${index}-${field}`;
  const update = (values: Partial<BenefitDraft>, answered: string[]) =>
    change(
      (d) => ({ ...d, benefits: d.benefits.map((b) => (b.id === benefit.id ? { ...b, ...values } : b)) }),
      answered.map((field) => benefitKey(benefit.id, field)),
    );
  const field = (
    name: string,
    label: string,
    input: (props: ReturnType<typeof invalidProps>) => ReactNode,
  ) => {
    const key = benefitKey(benefit.id, name);
    const errorId = `${id(name)}-errors`;
    return (
      <div key={name} className="editor-field">
        <label htmlFor={id(name)}>{label}</label>
        {input(invalidProps(errorId, errors[key]))}
        <FieldErrors id={errorId} messages={errors[key]} />
      </div>
    );
  };
  const attrOptions = (keys: readonly string[]) =>
    keys.map((key) => {
      const a = attributes.find((x) => x.key === key);
      return { value: key, label: a ? text(a.labelZh, a.labelEn) : key };
    });
  const setTier = (tier: TierDraft, values: Partial<TierDraft>, answered: string) =>
    change(
      (d) => ({
        ...d,
        benefits: d.benefits.map((b) =>
          b.id === benefit.id
            ? { ...b, tiers: b.tiers.map((x) => (x.id === tier.id ? { ...x, ...values } : x)) }
            : b,
        ),
      }),
      [tierKey(benefit.id, tier.id, answered), benefitKey(benefit.id, 'tiers')],
    );

  return (
    <fieldset className="benefit-box" data-testid={`benefit-${index}`}>
      <legend>{t('policies.benefits.benefitN', { n })}</legend>
      <div className="editor-fields">
        {field('code', t('policies.benefits.code'), (invalid) => (
          <Input
            id={id('code')}
            value={benefit.code}
            maxLength={64}
            onChange={(event) => update({ code: event.target.value }, ['code'])}
            data-testid={id('code')}
            {...invalid}
          />
        ))}
        {field('labelZh', t('policies.benefits.labelZh'), (invalid) => (
          <Input
            id={id('labelZh')}
            value={benefit.labelZh}
            maxLength={300}
            onChange={(event) => update({ labelZh: event.target.value }, ['labelZh'])}
            data-testid={id('labelZh')}
            {...invalid}
          />
        ))}
        {field('labelEn', t('policies.benefits.labelEn'), (invalid) => (
          <Input
            id={id('labelEn')}
            value={benefit.labelEn}
            maxLength={300}
            onChange={(event) => update({ labelEn: event.target.value }, ['labelEn'])}
            data-testid={id('labelEn')}
            {...invalid}
          />
        ))}
        {field('kind', t('policies.benefits.kind'), (invalid) => (
          <Select<BenefitKind>
            id={id('kind')}
            value={benefit.kind}
            onChange={(kind) => update({ kind }, ['kind', 'attr'])}
            options={benefitKinds.map((kind) => ({ value: kind, label: t(`policies.kinds.${kind}`) }))}
            popupMatchSelectWidth={false}
            data-testid={id('kind')}
            {...invalid}
          />
        ))}
        {(benefit.kind === 'per_unit' || benefit.kind === 'tiered' || benefit.kind === 'percent_of') &&
          field('attr', t('policies.benefits.attr'), (invalid) => (
            <Select<string>
              id={id('attr')}
              value={benefit.attr ?? undefined}
              onChange={(attr) => update({ attr }, ['attr'])}
              options={attrOptions(benefit.kind === 'percent_of' ? moneyAttrs : countAttrs)}
              popupMatchSelectWidth={false}
              data-testid={id('attr')}
              {...invalid}
            />
          ))}
        {numberFields[benefit.kind].map((name) =>
          field(name, t(`policies.benefits.${name}`), (invalid) => (
            <InputNumber<number>
              id={id(name)}
              min={0}
              max={numberLimits[name].max}
              precision={numberLimits[name].precision}
              value={benefit[name]}
              onChange={(value) => update({ [name]: typeof value === 'number' ? value : null }, [name])}
              className="profile-number"
              data-testid={id(name)}
              {...invalid}
            />
          )),
        )}
      </div>
      {benefit.kind === 'tiered' && (
        <div className="benefit-tiers">
          <FieldErrors id={`${id('tiers')}-errors`} messages={errors[benefitKey(benefit.id, 'tiers')]} />
          <table className="editor-table" data-testid={id('tiers')}>
            <caption className="policy-table-caption">{t('policies.benefits.tiersOf', { n })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('policies.benefits.tierMin')}</th>
                <th scope="col">{t('policies.benefits.tierAmount')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('policies.benefits.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {benefit.tiers.map((tier, tierIndex) => {
                const minKey = tierKey(benefit.id, tier.id, 'min');
                const amountKey = tierKey(benefit.id, tier.id, 'amountYuan');
                const tierId = `${id('tier')}-${tierIndex}`;
                return (
                  <tr key={tier.id}>
                    <td>
                      <InputNumber<number>
                        min={0}
                        value={tier.min}
                        onChange={(value) =>
                          setTier(tier, { min: typeof value === 'number' ? value : null }, 'min')
                        }
                        aria-label={t('policies.benefits.tierMinOf', { n: tierIndex + 1 })}
                        data-testid={`${tierId}-min`}
                        {...invalidProps(`${tierId}-min-errors`, errors[minKey])}
                      />
                      <FieldErrors id={`${tierId}-min-errors`} messages={errors[minKey]} />
                    </td>
                    <td>
                      <InputNumber<number>
                        min={0}
                        precision={2}
                        value={tier.amountYuan}
                        onChange={(value) =>
                          setTier(
                            tier,
                            { amountYuan: typeof value === 'number' ? value : null },
                            'amountYuan',
                          )
                        }
                        aria-label={t('policies.benefits.tierAmountOf', { n: tierIndex + 1 })}
                        data-testid={`${tierId}-amount`}
                        {...invalidProps(`${tierId}-amount-errors`, errors[amountKey])}
                      />
                      <FieldErrors id={`${tierId}-amount-errors`} messages={errors[amountKey]} />
                    </td>
                    <td>
                      <Button
                        size="small"
                        danger
                        disabled={benefit.tiers.length === 1}
                        onClick={() =>
                          update({ tiers: benefit.tiers.filter((x) => x.id !== tier.id) }, ['tiers'])
                        }
                        aria-label={t('policies.benefits.removeTierOf', { n: tierIndex + 1 })}
                      >
                        {t('policies.benefits.remove')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Button size="small" onClick={() => update({ tiers: [...benefit.tiers, newTier()] }, ['tiers'])}>
            {t('policies.benefits.addTier')}
          </Button>
        </div>
      )}
      <div className="benefit-foot">
        <Checkbox
          checked={benefit.demo}
          onChange={(event) => update({ demo: event.target.checked }, ['demo'])}
          data-testid={id('demo')}
        >
          {t('policies.benefits.demo')}
        </Checkbox>
        <Button
          size="small"
          danger
          onClick={() =>
            change((d) => ({ ...d, benefits: d.benefits.filter((b) => b.id !== benefit.id) }), ['benefits'])
          }
          aria-label={t('policies.benefits.removeOf', { n })}
          data-testid={id('remove')}
        >
          {t('policies.benefits.remove')}
        </Button>
      </div>
    </fieldset>
  );
}

/** What the policy pays: benefits with a formula of one of the five kinds, or none (a non-cash benefit). */
export function BenefitsEditor({
  draft,
  change,
  errors,
  attributes,
}: {
  draft: PolicyDraft;
  change: DraftChange;
  errors: Record<string, string[]>;
  attributes: readonly AttributeInfo[];
}) {
  const { t } = useTranslation();
  return (
    <section className="editor-section" aria-labelledby="benefits-title" data-testid="benefits-editor">
      <h2 id="benefits-title" className="editor-heading">
        {t('policies.benefits.title')}
      </h2>
      <p className="muted editor-hint">{t('policies.benefits.hint')}</p>
      <FieldErrors id="benefits-errors" messages={errors.benefits} />
      {draft.benefits.length === 0 && <p className="muted">{t('policies.benefits.none')}</p>}
      {draft.benefits.map((benefit, index) => (
        <BenefitBox
          key={benefit.id}
          benefit={benefit}
          index={index}
          change={change}
          errors={errors}
          attributes={attributes}
        />
      ))}
      <Button
        onClick={() => change((d) => ({ ...d, benefits: [...d.benefits, newBenefit()] }), ['benefits'])}
        data-testid="benefit-add"
      >
        {t('policies.benefits.add')}
      </Button>
    </section>
  );
}
