import { describe, expect, it } from 'vitest';
import type { Unit } from '../../api/queries';
import { rowValues, unitPatch } from './unit-row';

const unit: Unit = {
  id: 7,
  code: '201',
  floor: 2,
  areaM2: '1200.00',
  areaMu: null,
  use: 'rd_lab',
  cleanroomGrade: 'none',
  dealType: 'lease',
  rentYuanPerM2Month: '85.50',
  salePriceYuanPerM2: null,
  floorLoadKnPerM2: null,
  clearHeightM: null,
  powerKva: null,
  hasExhaust: false,
  hasDrainage: false,
  status: 'available',
  tenant: null,
  availableFrom: null,
  isDemo: true,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('unitPatch', () => {
  it('is empty while nothing changed, however the price is written', () => {
    expect(unitPatch(unit, rowValues(unit))).toEqual({});
    expect(unitPatch(unit, { ...rowValues(unit), rentYuanPerM2Month: '85.5' })).toEqual({});
  });

  it("sends only the changed status and the price of the unit's deal type", () => {
    expect(unitPatch(unit, { ...rowValues(unit), status: 'reserved', rentYuanPerM2Month: '92.00' })).toEqual({
      status: 'reserved',
      rentYuanPerM2Month: '92.00',
    });
    const forSale = {
      ...unit,
      dealType: 'sale' as const,
      rentYuanPerM2Month: null,
      salePriceYuanPerM2: '9000.00',
    };
    expect(unitPatch(forSale, { ...rowValues(forSale), salePriceYuanPerM2: '8800' })).toEqual({
      salePriceYuanPerM2: '8800',
    });
  });

  it('clears a price that was emptied', () => {
    expect(unitPatch(unit, { ...rowValues(unit), rentYuanPerM2Month: '' })).toEqual({
      rentYuanPerM2Month: null,
    });
  });

  it('sends a tenant only for a leased or sold unit, and leased without one as it is (the API refuses it)', () => {
    expect(unitPatch(unit, { ...rowValues(unit), status: 'leased', tenantEnterpriseId: 12 })).toEqual({
      status: 'leased',
      tenantEnterpriseId: 12,
    });
    expect(unitPatch(unit, { ...rowValues(unit), status: 'leased' })).toEqual({ status: 'leased' });
    expect(unitPatch(unit, { ...rowValues(unit), status: 'reserved', tenantEnterpriseId: 12 })).toEqual({
      status: 'reserved',
    });
  });
});
