import type { FieldError } from '../../../src/core/settings/validate';
import { say } from '../../../src/platform/i18n';

/** The errors as a person reads them (English, the tests' language), to compare with plain text. */
export function worded(errors: readonly FieldError[]): Array<{ field: string; message: string }> {
  return errors.map((e) => ({ field: e.field, message: say(e.message) }));
}
