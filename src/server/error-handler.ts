import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { $ZodIssue } from 'zod/v4/core';
import {
  AppError,
  type ErrorCode,
  type FieldError,
  fieldMessage,
  formatMessage,
  issuesToFields,
  type Lang,
  langFromAcceptLanguage,
} from '../core/errors/index.js';

export type ErrorBody = { error: { code: ErrorCode; message: string; fields: FieldError[] } };

export function errorBody(
  code: ErrorCode,
  lang: Lang,
  params: Record<string, string | number> = {},
  fields: FieldError[] = [],
): ErrorBody {
  return { error: { code, message: formatMessage(code, lang, params), fields } };
}

// PostgreSQL error codes that mean the input broke an invariant the database enforces.
const PG_CONSTRAINT_CODES: Record<string, ErrorCode> = {
  '23505': 'CONFLICT', // unique_violation
  '23503': 'CONFLICT', // foreign_key_violation
  '23514': 'VALIDATION_FAILED', // check_violation
  '23502': 'VALIDATION_FAILED', // not_null_violation
  '22001': 'VALIDATION_FAILED', // string_data_right_truncation
  '22003': 'VALIDATION_FAILED', // numeric_value_out_of_range
};

function pgCode(error: unknown): { code: string; constraint?: string } | null {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return { code, constraint: (e as { constraint?: string }).constraint };
    }
  }
  return null;
}

/** Turns every error into the catalogue's shape; anything unexpected becomes a logged 500. */
export function handleError(
  error: FastifyError | AppError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const lang = langFromAcceptLanguage(request.headers['accept-language']);

  if (error instanceof AppError) {
    const fields = error.fields.map((f) => ({ path: f.path, message: fieldMessage(f.key, lang) }));
    return reply
      .code(error.status)
      .headers(error.headers)
      .send(errorBody(error.code, lang, error.params, fields));
  }

  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map(
      (v) =>
        ({
          ...v.params,
          code: v.keyword,
          path: v.instancePath.split('/').filter(Boolean),
          message: v.message,
        }) as unknown as $ZodIssue,
    );
    return reply.code(400).send(errorBody('VALIDATION_FAILED', lang, {}, issuesToFields(issues, lang)));
  }

  const statusCode = (error as FastifyError).statusCode;
  if (statusCode === 429) {
    const seconds = Number(reply.getHeader('retry-after') ?? 60);
    return reply
      .code(429)
      .header('retry-after', String(seconds))
      .send(errorBody('RATE_LIMITED', lang, { seconds }));
  }
  if (statusCode === 413) return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE', lang));
  if (statusCode === 415) return reply.code(415).send(errorBody('UNSUPPORTED_MEDIA_TYPE', lang));
  if (statusCode && statusCode >= 400 && statusCode < 500) {
    return reply.code(statusCode).send(errorBody('BAD_REQUEST', lang));
  }

  const pg = pgCode(error);
  const mapped = pg ? PG_CONSTRAINT_CODES[pg.code] : undefined;
  if (pg && mapped) {
    const detail = pg.constraint ?? pg.code;
    return reply.code(mapped === 'CONFLICT' ? 409 : 400).send(errorBody(mapped, lang, { detail }));
  }

  request.log.error({ err: error }, 'unhandled error');
  return reply.code(500).send(errorBody('INTERNAL', lang));
}
