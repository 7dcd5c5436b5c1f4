import { describe, expect, it } from 'vitest';
import {
  formatArea,
  formatLandArea,
  formatMonth,
  formatMu,
  formatNumber,
  formatPercent,
  formatWan,
  formatYi,
  formatYuan,
  squareMetresToMu,
  subtractDecimals,
} from './format';

describe('formatYuan', () => {
  it('shows the province target in 亿元 and in billions', () => {
    expect(formatYuan('120000000000', 'zh-CN')).toBe('1,200 亿元');
    expect(formatYuan('120000000000', 'zh-TW')).toBe('1,200 億元');
    expect(formatYuan('120000000000', 'en')).toBe('120 billion yuan');
  });

  it('picks 万元 / million / plain yuan by magnitude', () => {
    expect(formatYuan('45000', 'zh-CN')).toBe('4.5 万元');
    expect(formatYuan('2500000.00', 'en')).toBe('2.5 million yuan');
    expect(formatYuan('9999.5', 'zh-CN')).toBe('9,999.5 元');
  });

  it('stays exact beyond the range of a double', () => {
    expect(formatYuan('12345678901234567890', 'zh-CN')).toBe('123,456,789,012.35 亿元');
    expect(formatNumber('9007199254740993')).toBe('9,007,199,254,740,993');
  });

  it('leaves what is not a decimal as it came', () => {
    expect(formatYuan('n/a', 'en')).toBe('n/a');
  });
});

describe('formatWan and formatYi', () => {
  it('shows 万元 below 10,000 万元 and 亿元 with two decimals from there', () => {
    expect(formatWan('5000.00', 'zh-CN')).toBe('5,000 万元');
    expect(formatWan('9999.99', 'zh-TW')).toBe('9,999.99 萬元');
    expect(formatWan('10000', 'zh-CN')).toBe('1.00 亿元');
    expect(formatWan('20843.00', 'zh-CN')).toBe('2.08 亿元');
    expect(formatWan('2084300', 'zh-TW')).toBe('208.43 億元');
  });

  it('gives English readers yuan', () => {
    expect(formatWan('20843', 'en')).toBe('208.43 million yuan');
    expect(formatWan('3000000', 'en')).toBe('30 billion yuan');
  });

  it('writes figures in 亿元 with two decimals, zeros kept', () => {
    expect(formatYi('208.43', 'zh-CN')).toBe('208.43 亿元');
    expect(formatYi('2.1', 'zh-CN')).toBe('2.10 亿元');
    expect(formatYi('0.00', 'zh-TW')).toBe('0.00 億元');
    expect(formatYi('1234.5', 'zh-CN')).toBe('1,234.50 亿元');
    expect(formatYi('2.08', 'en')).toBe('208 million yuan');
    expect(formatYi('208.43', 'en')).toBe('20.84 billion yuan');
  });
});

describe('areas', () => {
  it('groups thousands and drops trailing zeros', () => {
    expect(formatArea('45000.00')).toBe('45,000 m²');
    expect(formatArea('1234.50')).toBe('1,234.5 m²');
  });

  it('converts to 亩 at 10000/15 m² each', () => {
    expect(squareMetresToMu('10000')).toBe('15');
    expect(squareMetresToMu('666.67')).toBe('1');
    expect(formatLandArea('66666.67', 'zh-CN')).toBe('100 亩');
    expect(formatLandArea('66666.67', 'en')).toBe('100 mu');
  });
});

describe('formatMonth', () => {
  it('writes a document month per language', () => {
    expect(formatMonth('2022-07', 'zh-CN')).toBe('2022年7月');
    expect(formatMonth('2022-07', 'en')).toBe('July 2022');
  });
});

describe('subtractDecimals', () => {
  it('subtracts exactly across scales', () => {
    expect(subtractDecimals('1000.50', '200.25', '100')).toBe('700.25');
    expect(subtractDecimals('0.1', '0.3')).toBe('-0.2');
  });
});

describe('formatMu and formatPercent', () => {
  it("writes the API's 亩 in the reader's script", () => {
    expect(formatMu('10.00', 'zh-CN')).toBe('10 亩');
    expect(formatMu('1234.50', 'zh-TW')).toBe('1,234.5 畝');
    expect(formatMu('0.15', 'en')).toBe('0.15 mu');
  });

  it('turns an occupancy ratio into a rounded percentage', () => {
    expect(formatPercent('0.5915')).toBe('59.2%');
    expect(formatPercent('0.0000')).toBe('0%');
    expect(formatPercent('1.0000')).toBe('100%');
    expect(formatPercent('0.3080', 2)).toBe('30.8%');
    expect(formatPercent('n/a')).toBe('n/a');
  });
});
