import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

type Tree = { [key: string]: string | Tree };

/** Every leaf as `a.b.c` → text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

const reference = leaves(zhCN);
const others = { 'zh-TW': leaves(zhTW), en: leaves(en) };

describe('interface messages', () => {
  it.each(Object.entries(others))('%s has exactly the keys of zh-CN', (_, messages) => {
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(Object.entries(others))(
    '%s uses the same placeholders as zh-CN in every message',
    (_, messages) => {
      for (const [key, text] of reference)
        expect(placeholders(messages.get(key) ?? ''), key).toEqual(placeholders(text));
    },
  );

  it('has no empty message except where zh-CN has one', () => {
    for (const [language, messages] of [['zh-CN', reference], ...Object.entries(others)] as const)
      for (const [key, text] of messages)
        if (reference.get(key) !== '') expect(text.trim(), `${language} ${key}`).not.toBe('');
  });

  it('writes the import page in Taiwan terms in zh-TW (匯入, 檔案, 資料)', () => {
    const text = [...others['zh-TW']].filter(([key]) => key.startsWith('imports.')).map(([, v]) => v);
    const joined = text.join('\n');
    expect(joined).toContain('匯入');
    expect(joined).toContain('檔案');
    expect(joined).not.toMatch(/导入|導入|文件|数据|數據/);
  });
});
