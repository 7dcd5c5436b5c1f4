import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../../tests/support/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});

type ParkItem = {
  id: number;
  code: string;
  nameZh: string;
  source: string;
  block: { code: string; nameZh: string } | null;
};

describe('GET /api/parks', () => {
  it('lists the three Cangshan parks with their block and source', async () => {
    const res = await app.inject({ url: '/api/parks?limit=200' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: ParkItem[]; total: number };
    for (const name of ['瑞科医药健康产业园', '财茂生物医药科技园', '金山医药产业园']) {
      const park = body.items.find((p) => p.nameZh === name);
      expect(park, name).toBeDefined();
      expect(park!.block?.nameZh).toBe('仓山区南台岛区块');
      expect(park!.source).toBe('002_20ecdce27bf82cee.txt');
    }
    expect(body.total).toBe(body.items.length);
  });

  it('answers limit=-1 with 400 and a field message in Chinese by default and English on request', async () => {
    const zh = await app.inject({ url: '/api/parks?limit=-1' });
    expect(zh.statusCode).toBe(400);
    const zhBody = zh.json() as {
      error: { code: string; message: string; fields: { path: string; message: string }[] };
    };
    expect(zhBody.error.code).toBe('VALIDATION_FAILED');
    expect(zhBody.error.fields).toHaveLength(1);
    expect(zhBody.error.fields[0]!.path).toBe('limit');
    expect(zhBody.error.fields[0]!.message).toMatch(/[\u4e00-\u9fff]/);

    const en = await app.inject({
      url: '/api/parks?limit=-1',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    const enBody = en.json() as { error: { message: string; fields: { path: string; message: string }[] } };
    expect(enBody.error.fields[0]!.path).toBe('limit');
    expect(enBody.error.fields[0]!.message).toMatch(/>=1/);
    expect(enBody.error.message).toBe('The request has invalid fields');
  });

  it('rejects a limit above the bound and unknown enum values', async () => {
    expect((await app.inject({ url: '/api/parks?limit=100000' })).statusCode).toBe(400);
    const res = await app.inject({ url: '/api/parks?kind=castle' });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { error: { fields: { path: string }[] } }).error.fields[0]!.path).toBe('kind');
  });

  it('filters by zone, block and kind, and pages', async () => {
    const centres = (await app.inject({ url: '/api/parks?block=cangshan-nantai&kind=centre' })).json() as {
      items: ParkItem[];
    };
    expect(centres.items.map((p) => p.code).sort()).toEqual(['anbrui', 'haixi-new-drug']);
    const pingtan = (await app.inject({ url: '/api/parks?zone=pingtan' })).json() as { items: ParkItem[] };
    expect(pingtan.items.length).toBeGreaterThan(0);
    const page = (await app.inject({ url: '/api/parks?limit=2&offset=1' })).json() as {
      items: ParkItem[];
      total: number;
    };
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
  });

  it('finds a park by a traditional-script name fragment', async () => {
    const res = (await app.inject({ url: `/api/parks?q=${encodeURIComponent('醫藥健康')}` })).json() as {
      items: ParkItem[];
    };
    expect(res.items.map((p) => p.nameZh)).toContain('瑞科医药健康产业园');
  });
});

describe('GET /api/parks/:id', () => {
  it('returns the park with its figures', async () => {
    const list = (await app.inject({ url: '/api/parks?q=金山' })).json() as { items: ParkItem[] };
    const jinshan = list.items[0]!;
    const res = await app.inject({ url: `/api/parks/${jinshan.id}` });
    expect(res.statusCode).toBe(200);
    const park = res.json() as {
      openedMonth: string;
      figures: { code: string; value: string; unit: string }[];
    };
    expect(park.openedMonth).toBe('2022-07');
    expect(park.figures).toContainEqual(
      expect.objectContaining({ code: 'jinshan-new-space', value: '45000.00', unit: 'm2' }),
    );
  });

  it('answers 404 for an unknown park and 400 for a non-numeric id', async () => {
    const missing = await app.inject({ url: '/api/parks/999999' });
    expect(missing.statusCode).toBe(404);
    expect((missing.json() as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await app.inject({ url: '/api/parks/abc' })).statusCode).toBe(400);
  });
});

describe('GET /api/zones', () => {
  it('has the three zones, the Fuzhou blocks with GB/T 2260 divisions, and the zone figure', async () => {
    const res = (await app.inject({ url: '/api/zones' })).json() as {
      items: {
        code: string;
        blocks: { code: string; divisionCode: string; divisionName: string }[];
        figures: { code: string; comparator: string }[];
      }[];
    };
    expect(res.items.map((z) => z.code)).toEqual(['fuzhou-imcez', 'xiamen-bio-economy', 'pingtan']);
    const fuzhou = res.items[0]!;
    expect(fuzhou.blocks).toEqual([
      expect.objectContaining({ code: 'cangshan-nantai', divisionCode: '350104', divisionName: '仓山区' }),
      expect.objectContaining({ code: 'changle-binhai', divisionCode: '350112', divisionName: '长乐区' }),
    ]);
    expect(fuzhou.figures).toContainEqual(
      expect.objectContaining({ code: 'fuzhou-imcez-enterprises', comparator: 'at_least' }),
    );
  });
});
