import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Dark hues on antd's light tint of the same hue: every pair clears 4.5:1 (antd's preset green, orange and
// cyan tags do not).
const kindColours = { park: '#0b5cad', centre: '#531dab', facility: '#006d75', platform: '#874d00' } as const;
const statusColours = {
  available: '#237804',
  reserved: '#874d00',
  leased: '#434343',
  sold: '#434343',
} as const;

export type ParkKind = keyof typeof kindColours;
export type UnitStatus = keyof typeof statusColours;

/** 园区 / 中心 / 设施 / 平台. */
export function KindTag({ kind }: { kind: ParkKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={kindColours[kind] ?? '#434343'} data-testid="kind-tag">
      {t(`kind.${kind}`, { defaultValue: kind })}
    </Tag>
  );
}

/** Marks generated rows: demo data must never pass for fact. */
export function DemoTag() {
  const { t } = useTranslation();
  return (
    <Tag color="#ad4e00" data-testid="demo-tag">
      {t('park.demoTag')}
    </Tag>
  );
}

export function StatusTag({ status }: { status: UnitStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColours[status] ?? '#434343'}>
      {t(`unit.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}
