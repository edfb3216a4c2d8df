/** What was wrong with a calendar input; stable, so callers can map each code to an API error. */
export type CalendarInputErrorCode =
  'INVALID_TIME_ZONE' | 'INVALID_RRULE' | 'INVALID_TIME' | 'INVALID_RANGE';

/**
 * Bad input to the calendar library. `field` names the offending input (`timeZone`, `rrule`,
 * `startLocal`, `durationMinutes`, ...) and the message says what to write instead, so it can be
 * shown to the person who typed the value.
 */
export class CalendarInputError extends Error {
  override readonly name = 'CalendarInputError';

  constructor(
    readonly field: string,
    readonly code: CalendarInputErrorCode,
    message: string,
  ) {
    super(message);
  }
}
