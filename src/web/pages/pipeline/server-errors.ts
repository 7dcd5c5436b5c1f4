import { ApiError, fieldName } from '../../api/api-error';
import type { DataText } from '../../i18n/use-data-text';

/**
 * The server words its errors in simplified Chinese or English (Accept-Language); a zh-TW reader gets the
 * Chinese converted to traditional characters, as the import page does with its failures.
 */
export function inReaderScript(error: unknown, text: DataText): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(
    error.status,
    error.code,
    text(error.message),
    error.fields.map((field) => ({ ...field, message: text(field.message) })),
  );
}

/** The error's message for a toast, in the reader's script. */
export function errorText(error: unknown, text: DataText): string {
  return error instanceof Error ? text(error.message) : String(error);
}

/** Field errors under the names a form gives them (`name` of a signing event → `eventName`). */
export function renameFields(error: unknown, names: Record<string, string>): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(
    error.status,
    error.code,
    error.message,
    error.fields.map((field) => {
      const renamed = names[fieldName(field.path)];
      return renamed ? { ...field, path: renamed } : field;
    }),
  );
}
