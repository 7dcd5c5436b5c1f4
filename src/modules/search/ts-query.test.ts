import { describe, expect, it } from 'vitest';
import { highlightAll, snippet } from './highlight.js';
import {
  queryTerms,
  render,
  sharedPairsQuery,
  similarNamesQueries,
  type TsQuery,
  titleContainsQuery,
  withoutFrequent,
  wordsQuery,
} from './ts-query.js';

const text = (q: TsQuery | null) => (q === null ? null : render(q));

describe('tsquery text', () => {
  it('matches each term as a word or as characters of a name, the last one as a prefix', () => {
    expect(text(wordsQuery(queryTerms('金山 医药')))).toBe("('金山' | '~金山') & ('医药':* | '~医药')");
    expect(text(wordsQuery(['gmp'], { titles: true }))).toBe("'gmp':*A | '~gm':A & '~mp':A");
    expect(text(wordsQuery(['药', '材']))).toBe("'药' & '材':*");
    expect(text(wordsQuery([]))).toBeNull();
  });

  it('asks for the whole query in a title, stop words and all', () => {
    expect(text(titleContainsQuery('和嘉医疗'))).toBe("'~和嘉':A & '~嘉医':A & '~医疗':A");
    expect(text(titleContainsQuery('药'))).toBeNull();
    expect(text(sharedPairsQuery('瑞可医'))).toBe("'~瑞可':A | '~可医':A");
  });

  it('quotes what would break the syntax', () => {
    expect(text(wordsQuery(["o'neil"]))).toContain("'o''neil':*");
  });

  it('offers names one edit away: a wrong, missing, extra or swapped character', () => {
    const queries = similarNamesQueries('瑞可医药健康').map(render);
    expect(queries).toContain("'~医药' & '~药健' & '~健康'"); // 可 wrong (瑞 alone makes no pair)
    expect(queries).toContain("'~瑞医' & '~医药' & '~药健' & '~健康'"); // 可 extra
    expect(queries).toContain("'~瑞可' & '~医药' & '~药健' & '~健康'"); // one left out after 可
    expect(queries).toContain("'~瑞可' & '~可药' & '~药医' & '~医健' & '~健康'"); // 医药 swapped
    expect(new Set(queries).size).toBe(queries.length);
    expect(similarNamesQueries('瑞科')).toEqual([]);
    // A long name: only a wrong character, one query per position.
    expect(similarNamesQueries('福州瑞可医药有限公司')).toHaveLength(10);
  });

  it('asks the index only the selective part: frequent lexemes are taken as true', () => {
    const frequent = new Set(['有限', '~有限', '公司', '~公司', '~限公']);
    const isFrequent = (l: string) => frequent.has(l);
    const words = wordsQuery(queryTerms('康科 有限公司'))!;
    // 有限 and 公司 make their groups true, and so does 有限公司: its pairs are all frequent.
    expect(text(withoutFrequent(words, isFrequent))).toBe("'康科' | '~康科'");
    expect(text(withoutFrequent(wordsQuery(['康科', '有限'])!, isFrequent))).toBe("'康科' | '~康科'");
    // An OR with a frequent side is true as a whole: nothing selective is left.
    expect(withoutFrequent({ or: [{ lexeme: '有限' }, { lexeme: '康科' }] }, isFrequent)).toBeNull();
    expect(withoutFrequent({ lexeme: '有限', prefix: true }, isFrequent)).not.toBeNull(); // a prefix is kept
    expect(withoutFrequent({ lexeme: '公司' }, isFrequent)).toBeNull();
  });
});

describe('highlighting', () => {
  it('marks matches found in the folded text on the text as written', () => {
    expect(highlightAll('瑞科醫藥健康產業園', ['医药'])).toEqual([
      { text: '瑞科', hit: false },
      { text: '醫藥', hit: true },
      { text: '健康產業園', hit: false },
    ]);
    expect(highlightAll('面积1000㎡的厂房', ['厂房', 'm2']).filter((p) => p.hit)).toEqual([
      { text: '㎡', hit: true },
      { text: '厂房', hit: true },
    ]);
  });

  it('prefers the longest term where terms overlap, and keeps every character', () => {
    const pieces = highlightAll('药品上市许可持有人', ['药品', '药品上市许可持有人', '持有人']);
    expect(pieces).toEqual([{ text: '药品上市许可持有人', hit: true }]);
  });

  it('cuts a window around the first match of a long text', () => {
    const text = `${'前言'.repeat(100)}支持台湾医师来闽执业${'后记'.repeat(100)}`;
    const pieces = snippet(text, ['台湾']);
    expect(pieces[0]).toEqual({ text: '…', hit: false });
    expect(pieces.at(-1)).toEqual({ text: '…', hit: false });
    expect(pieces.find((p) => p.hit)?.text).toBe('台湾');
    expect(pieces.map((p) => p.text).join('').length).toBeLessThan(100);
    expect(snippet('', ['x'])).toEqual([]);
  });
});
