import { describe, expect, it } from 'vitest';
import { convertPieces, hasHan } from './text-pieces';

// A stand-in for the simplified → traditional converter: character by character, and one phrase rule
// that only applies to the whole text (as OpenCC's phrase tables do).
function toTraditional(text: string): string {
  return text.replace(/医药/g, '醫藥').replace(/产业/g, '產業').replace(/园/g, '園');
}

describe('convertPieces', () => {
  it('converts the whole text and keeps the highlights where they were', () => {
    const pieces = [
      { text: '瑞科', hit: true },
      { text: '医', hit: false },
      { text: '药健康产业园', hit: false },
    ];
    expect(convertPieces(pieces, toTraditional)).toEqual([
      { text: '瑞科', hit: true },
      { text: '醫', hit: false },
      { text: '藥健康產業園', hit: false },
    ]);
  });

  it('returns the pieces themselves when nothing changes', () => {
    const pieces = [{ text: 'GMP', hit: true }];
    expect(convertPieces(pieces, (text) => text)).toBe(pieces);
  });

  it('falls back to piece by piece when the conversion changes the length', () => {
    const pieces = [
      { text: 'ab', hit: true },
      { text: 'c', hit: false },
    ];
    expect(convertPieces(pieces, (text) => text.replace(/b/g, 'bb'))).toEqual([
      { text: 'abb', hit: true },
      { text: 'c', hit: false },
    ]);
  });

  it('counts characters outside the basic plane as one', () => {
    const pieces = [
      { text: '𠀋', hit: false },
      { text: '园', hit: true },
    ];
    expect(convertPieces(pieces, toTraditional)).toEqual([
      { text: '𠀋', hit: false },
      { text: '園', hit: true },
    ]);
  });
});

describe('hasHan', () => {
  it('finds Chinese characters, simplified or traditional', () => {
    expect(hasHan('Fuzhou 医药')).toBe(true);
    expect(hasHan('醫藥')).toBe(true);
    expect(hasHan('GMP plant 3')).toBe(false);
  });
});
