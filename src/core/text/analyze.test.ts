import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, extendDictionary, foldForSearch, nameCharacters } from './analyze.js';
import { toTraditional } from './script.js';

describe('search text pipeline', () => {
  it('folds traditional, full-width and case before segmenting', () => {
    expect(foldForSearch('瑞科醫藥 ＧＭＰ 1000m²')).toBe('瑞科医药 gmp 1000m2');
    expect(analyze('醫藥')).toEqual(analyze('医药'));
    expect(analyze('ＧＭＰ')).toEqual(['gmp']);
  });

  it('keeps the domain words whole and the words inside them (search mode)', () => {
    const tokens = analyze('药品上市许可持有人');
    expect(tokens).toContain('药品上市许可持有人');
    expect(tokens).toContain('药品');
    expect(tokens).toContain('持有人');
  });

  it('makes Latin and number tokens: codes typed apart are joined, numbers with units split', () => {
    expect(analyze('ISO 7')).toEqual(['iso', '7', 'iso7']);
    expect(analyze('1000m²')).toEqual(['1000m2', '1000', 'm2']);
    expect(analyze('GMP C级')).toEqual(['gmp', 'c', 'gmpc', '级']);
  });

  it('drops punctuation and stop words, and cuts long texts sentence by sentence', () => {
    expect(analyze('，。！？、')).toEqual([]);
    expect(analyze('园区的企业')).not.toContain('的');
    const long = '生物医药产业园区'.repeat(5_000);
    expect(analyze(long).length).toBeGreaterThan(5_000);
  });

  it('learns names from the data: a new park name becomes one token', () => {
    const name = '闽侯鳌峰生物港';
    expect(analyze(name)).not.toContain(name);
    expect(extendDictionary([name, name])).toBe(1);
    expect(analyze(name)).toContain(name);
  });

  it('segments simplified and traditional spellings of the same text alike', () => {
    const words = ['医药', '产业园', '研发', '中药材', '洁净厂房', '台湾', '医疗器械', '仓山', '检测'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join('');
        expect(analyze(toTraditional(text))).toEqual(analyze(text));
      }),
    );
  });

  it('gives a name’s characters without spaces or punctuation', () => {
    expect(nameCharacters('金山 醫藥-產業園')).toEqual([...'金山医药产业园']);
  });
});
