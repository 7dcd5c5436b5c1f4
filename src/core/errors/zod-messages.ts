import type { $ZodIssue } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { type FieldError, fieldMessage, type Lang } from './app-error.js';
import { type FieldMessageKey, fieldMessages } from './catalogue.js';

const locales = { zh: zhCN().localeError, en: en().localeError } as const;

/**
 * Custom refinements mark their issue with params.messageKey (a fieldMessages key) so that the
 * message is chosen per request language rather than fixed in the schema.
 */
export function localiseIssue(issue: $ZodIssue, lang: Lang): string {
  if (issue.code === 'custom') {
    const { messageKey: key, ...params } = (issue.params ?? {}) as { messageKey?: string } & Record<
      string,
      string | number
    >;
    if (key && key in fieldMessages) return fieldMessage(key as FieldMessageKey, lang, params);
  }
  const localeError = locales[lang] as (issue: $ZodIssue) => string | { message: string } | undefined;
  const out = localeError(issue);
  if (typeof out === 'string') return out;
  return out?.message ?? issue.message;
}

export function issuesToFields(issues: readonly $ZodIssue[], lang: Lang, prefix?: string): FieldError[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: localiseIssue(issue, lang),
  }));
}
