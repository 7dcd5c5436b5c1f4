import type { FormInstance } from 'antd';
import { ApiError, fieldName } from '../api/api-error';

/**
 * Puts the server's field messages under the matching inputs (antd setFields) and returns what is left for
 * the form's own alert: the overall message, plus any field message no input of this form can show.
 */
export function applyServerErrors<Values>(
  form: FormInstance<Values>,
  error: unknown,
  fields: readonly string[],
): string[] {
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : String(error)];
  const shown = error.fields.filter((field) => fields.includes(fieldName(field.path)));
  const byField = new Map<string, string[]>();
  for (const field of shown)
    byField.set(fieldName(field.path), [...(byField.get(fieldName(field.path)) ?? []), field.message]);
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  const unshown = error.fields.filter((field) => !shown.includes(field)).map((field) => field.message);
  return [error.message, ...unshown];
}
