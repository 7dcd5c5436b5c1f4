/** A field the server rejected, e.g. `{ path: 'newPassword', message: '至少 12 个字符' }`. */
export type FieldError = { path: string; message: string };

/** An error response of the API, in the server's `{ error: { code, message, fields } }` shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!isRecord(item) || typeof item.message !== 'string') return [];
    const path = Array.isArray(item.path) ? item.path.join('.') : String(item.path ?? '');
    return [{ path, message: item.message }];
  });
}

/**
 * Reads an error body defensively: a proxy or a crashed server may answer with HTML or nothing, and the
 * reader should still see the HTTP status rather than a parse failure.
 */
export function toApiError(body: unknown, response: Response): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`;
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : `${response.status} ${response.statusText}`.trim();
  return new ApiError(response.status, code, message, readFields(error?.fields));
}

/** The last segment of a field path (`body.newPassword` → `newPassword`), as the form names its fields. */
export function fieldName(path: string): string {
  const segments = path.split(/[./]/).filter(Boolean);
  return segments.at(-1) ?? path;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
