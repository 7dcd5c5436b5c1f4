import { type ErrorCode, errorCatalogue, type FieldMessageKey, fieldMessages } from './catalogue.js';

export type Lang = 'zh' | 'en';

/** A field-level problem: where (dotted path) and what, in the caller's language. */
export type FieldError = { path: string; message: string };

/** Field problems found by logic (not by zod) carry a catalogue key so they can be localised late. */
export type FieldProblem = { path: string; key: FieldMessageKey };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly params: Record<string, string | number>;
  readonly fields: FieldProblem[];
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    options: {
      params?: Record<string, string | number>;
      fields?: FieldProblem[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.params = options.params ?? {};
    this.fields = options.fields ?? [];
    this.headers = options.headers ?? {};
  }
}

export function notFound(entity: string): AppError {
  return new AppError('NOT_FOUND', { params: { entity } });
}

export function invalidFields(...fields: FieldProblem[]): AppError {
  return new AppError('VALIDATION_FAILED', { fields });
}

export function formatMessage(
  code: ErrorCode,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return fill(errorCatalogue[code][lang], params);
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A field message with its {placeholders} filled, e.g. the value a spreadsheet cell held. */
export function fieldMessage(
  key: FieldMessageKey,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return fill(fieldMessages[key][lang], params);
}

/** zh for any Chinese preference (zh, zh-CN, zh-TW, zh-Hant); en otherwise. Chinese is the default. */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'zh';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}
