import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { createTestPark } from '../../../tests/support/test-park.js';

let app: FastifyInstance;
let admin: Client;
let park: { id: number; code: string };

type Item = {
  code: string;
  areaM2: string;
  use: string;
  cleanroomGrade: string;
  status: string;
  dealType: string;
  rentYuanPerM2Month: string | null;
};
type Search = { items: Item[]; total: number; facets: Record<string, { value: string; count: number }[]> };

// A park of its own, so that other test files' units (and the demo dataset) never reach these counts.
const UNITS = [
  {
    code: 'G1',
    areaM2: 1200,
    use: 'gmp_production',
    cleanroomGrade: 'gmp_c',
    rent: 60,
    status: 'available',
    availableFrom: '2026-03-01',
  },
  {
    code: 'G2',
    areaM2: 600,
    use: 'gmp_production',
    cleanroomGrade: 'gmp_b',
    rent: 80,
    status: 'reserved',
    availableFrom: '2026-06-01',
  },
  {
    code: 'G3',
    areaM2: 900,
    use: 'gmp_production',
    cleanroomGrade: 'gmp_d',
    rent: 40,
    status: 'available',
    availableFrom: null,
  },
  {
    code: 'G4',
    areaM2: 300,
    use: 'gmp_production',
    cleanroomGrade: 'gmp_a',
    rent: 95,
    status: 'available',
    availableFrom: null,
  },
  {
    code: 'L1',
    areaM2: 700,
    use: 'rd_lab',
    cleanroomGrade: 'iso_7',
    rent: 55,
    status: 'available',
    availableFrom: '2027-01-01',
  },
  {
    code: 'O1',
    areaM2: 2000,
    use: 'office',
    cleanroomGrade: 'none',
    rent: 30,
    status: 'available',
    availableFrom: null,
  },
] as const;

beforeAll(async () => {
  app = await testApp();
  admin = await signedInClient('admin');
  park = await createTestPark('search-park');
  const building = await admin.request({
    method: 'POST',
    url: `/api/parks/${park.id}/buildings`,
    payload: { code: 'A', nameZh: 'A栋', floors: 4 },
  });
  const buildingId = (building.json() as { id: number }).id;
  for (const u of UNITS) {
    const res = await admin.request({
      method: 'POST',
      url: `/api/buildings/${buildingId}/units`,
      payload: {
        code: u.code,
        areaM2: u.areaM2,
        use: u.use,
        cleanroomGrade: u.cleanroomGrade,
        dealType: 'lease',
        rentYuanPerM2Month: u.rent,
        status: u.status,
        availableFrom: u.availableFrom,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});

async function search(query: string): Promise<Search> {
  const res = await app.inject({ url: `/api/units?park=${park.id}&${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Search;
}

function facet(result: Search, name: string) {
  return Object.fromEntries(result.facets[name]!.map((f) => [f.value, f.count]));
}

describe('GET /api/units', () => {
  it('minArea=500&use=gmp_production&cleanroom=C returns only matching units, with facet counts', async () => {
    const result = await search('minArea=500&use=gmp_production&cleanroom=C');
    expect(result.items.map((u) => u.code).sort()).toEqual(['G1', 'G2']);
    for (const u of result.items) {
      expect(Number(u.areaM2)).toBeGreaterThanOrEqual(500);
      expect(u.use).toBe('gmp_production');
      expect(['gmp_c', 'gmp_b', 'gmp_a', 'iso_7', 'iso_6', 'iso_5']).toContain(u.cleanroomGrade);
    }
    expect(result.total).toBe(2);
    // Each facet is counted without its own filter: use counts include the ISO 7 lab.
    expect(facet(result, 'use')).toEqual({ gmp_production: 2, rd_lab: 1 });
    expect(facet(result, 'cleanroomGrade')).toEqual({ gmp_b: 1, gmp_c: 1, gmp_d: 1 });
    expect(facet(result, 'status')).toEqual({ available: 1, reserved: 1 });
    // The park facet drops the park filter, so it counts other parks' matching units too.
    expect(facet(result, 'park')[String(park.id)]).toBe(2);
  });

  it('treats ISO and GMP grades on one ladder', async () => {
    expect((await search('cleanroom=ISO7')).items.map((u) => u.code).sort()).toEqual([
      'G1',
      'G2',
      'G4',
      'L1',
    ]);
    expect((await search('cleanroom=A')).items.map((u) => u.code)).toEqual(['G4']);
  });

  it('filters by price, status list and availability date, and sorts', async () => {
    expect((await search('minPrice=50&maxPrice=80&sort=price')).items.map((u) => u.code)).toEqual([
      'L1',
      'G1',
      'G2',
    ]);
    expect((await search('status=reserved')).items.map((u) => u.code)).toEqual(['G2']);
    expect((await search('status=available,reserved&use=office')).items.map((u) => u.code)).toEqual(['O1']);
    expect((await search('availableBefore=2026-04-01&sort=code')).items.map((u) => u.code)).toEqual([
      'G1',
      'G3',
      'G4',
      'O1',
    ]);
    expect((await search('sort=-area&limit=2')).items.map((u) => u.code)).toEqual(['O1', 'G1']);
    const page2 = await search('sort=area&limit=2&offset=2');
    expect(page2.items.map((u) => u.code)).toEqual(['L1', 'G3']);
    expect(page2.total).toBe(6);
  });

  it.each([
    ['cleanroom=Z', 'cleanroom'],
    ['minArea=-1', 'minArea'],
    ['minArea=900&maxArea=100', 'maxArea'],
    ['use=castle', 'use'],
    ['availableBefore=2026-13-01', 'availableBefore'],
    ['sort=bogus', 'sort'],
    ['limit=0', 'limit'],
    ['minPrice=abc', 'minPrice'],
  ])('answers %s with 400 and a field message for %s', async (query, field) => {
    const res = await app.inject({ url: `/api/units?${query}`, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: { code: string; fields: { path: string; message: string }[] } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    // A list element is named by its index (use.0), which still points the user at the field.
    expect(body.error.fields.some((f) => f.path === field || f.path.startsWith(`${field}.`))).toBe(true);
    expect(body.error.fields.every((f) => f.message.length > 0)).toBe(true);
  });
});

describe('GET /api/occupancy', () => {
  it('sums areas exactly per park and rolls up to block and zone', async () => {
    const lease = await admin.request({
      method: 'PATCH',
      url: `/api/units/${await unitId('O1')}`,
      payload: { status: 'sold' },
    });
    expect(lease.statusCode, lease.body).toBe(200);
    const parksOcc = (await app.inject({ url: '/api/occupancy?level=park' })).json() as {
      items: {
        code: string;
        totalM2: string;
        availableM2: string;
        reservedM2: string;
        leasedM2: string;
        occupancyRate: string;
        unitCount: number;
      }[];
    };
    const mine = parksOcc.items.find((p) => p.code === park.code)!;
    expect(mine).toMatchObject({
      totalM2: '5700.00',
      availableM2: '3100.00',
      reservedM2: '600.00',
      leasedM2: '2000.00',
      unitCount: 6,
    });
    expect(mine.occupancyRate).toBe('0.3509');
    const blocksOcc = (await app.inject({ url: '/api/occupancy?level=block' })).json() as {
      items: { code: string; totalM2: string }[];
    };
    expect(Number(blocksOcc.items.find((b) => b.code === 'changle-binhai')!.totalM2)).toBeGreaterThanOrEqual(
      5700,
    );
    const zonesOcc = (await app.inject({ url: '/api/occupancy?level=zone' })).json() as {
      items: { code: string }[];
    };
    expect(zonesOcc.items.map((z) => z.code).sort()).toEqual([
      'fuzhou-imcez',
      'pingtan',
      'xiamen-bio-economy',
    ]);
    expect((await app.inject({ url: '/api/occupancy?level=city' })).statusCode).toBe(400);
    // Back as the other tests of this file expect it, whatever order they run in.
    await admin.request({
      method: 'PATCH',
      url: `/api/units/${await unitId('O1')}`,
      payload: { status: 'available' },
    });
  });
});

async function unitId(code: string): Promise<number> {
  const res = (await app.inject({ url: `/api/units?park=${park.id}&limit=50` })).json() as {
    items: { id: number; code: string }[];
  };
  return res.items.find((u) => u.code === code)!.id;
}
