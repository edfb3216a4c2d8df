import { CalendarInputError } from '@libs/calendar';
import { AppError } from '../../platform/errors.js';

/** Runs calendar parsing and turns its input errors into BAD_USER_INPUT on the caller's field. */
export function calendarInput<T>(work: () => T, fields: Record<string, string> = {}): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof CalendarInputError) {
      throw AppError.badInput(e.message, [fields[e.field] ?? e.field]);
    }
    throw e;
  }
}
