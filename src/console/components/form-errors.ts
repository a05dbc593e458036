import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
import { fieldMessage } from '../i18n/vi';

/**
 * Puts the API's 422 field messages under the fields they name (`domains.0` → the first domain); returns the problems
 * no field of this form shows, for the form's own alert.
 */
export function showFieldErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): string[] {
  if (!(error instanceof ApiError) || error.fields.length === 0) return [];
  const shown = new Set(fieldNames);
  const unplaced: string[] = [];
  const fields = error.fields.flatMap((f) => {
    const path = f.field.split('.');
    if (!shown.has(path[0] ?? '')) {
      unplaced.push(`${f.field}: ${f.messages.map(fieldMessage).join(' ')}`);
      return [];
    }
    // A list field (domains) shows its messages on the whole list.
    return [{ name: shown.has(f.field) ? f.field : (path[0] ?? f.field), errors: f.messages.map(fieldMessage) }];
  });
  form.setFields(fields);
  return unplaced;
}
