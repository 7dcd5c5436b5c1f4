import { describe, expect, it } from 'vitest';
import { bodyParagraphs, eventDays, formatDay } from './news-format';

describe('formatDay', () => {
  it('writes a day in Chinese without leading zeros, in English with the month named', () => {
    expect(formatDay('2023-03-02', 'zh-CN')).toBe('2023年3月2日');
    expect(formatDay('2023-03-02', 'zh-TW')).toBe('2023年3月2日');
    expect(formatDay('2023-03-02', 'en')).toBe('2 March 2023');
  });

  it('leaves anything but a YYYY-MM-DD day as it is', () => {
    expect(formatDay('2023-03', 'zh-CN')).toBe('2023-03');
  });
});

describe('eventDays', () => {
  it('is null for an item without a start day', () => {
    expect(eventDays(null, null)).toBeNull();
    expect(eventDays(null, '2023-03-04')).toBeNull();
  });

  it('gives a range, or one day when the event ends the day it starts or has no end', () => {
    expect(eventDays('2023-03-02', '2023-03-04')).toEqual({ from: '2023-03-02', to: '2023-03-04' });
    expect(eventDays('2023-03-02', '2023-03-02')).toEqual({ from: '2023-03-02', to: null });
    expect(eventDays('2023-03-02', null)).toEqual({ from: '2023-03-02', to: null });
  });
});

describe('bodyParagraphs', () => {
  it('splits on blank lines and single line breaks alike, trimming and dropping empty lines', () => {
    expect(bodyParagraphs('第一段。\n\n  第二段。\r\n第三段。\n\n\n')).toEqual([
      '第一段。',
      '第二段。',
      '第三段。',
    ]);
  });

  it('gives no paragraph for an empty body', () => {
    expect(bodyParagraphs('')).toEqual([]);
    expect(bodyParagraphs(' \n \n')).toEqual([]);
  });
});
