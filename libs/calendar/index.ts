/**
 * Time zones, recurring schedules (RRULE) and iCalendar output for scheduled chats. Pure
 * functions: wall times live in IANA zones, instants are Dates, and DST follows one documented
 * policy (see README.md).
 */
export { CalendarInputError, type CalendarInputErrorCode } from './errors.js';
export { assertTimeZone, isValidTimeZone, utcToZoned, zonedToUtc } from './zones.js';
export {
  type Occurrence,
  type Recurrence,
  type RecurrenceInput,
  describeRecurrence,
  firstOccurrence,
  nextOccurrences,
  occurrenceContaining,
  occurrences,
  parseRecurrence,
} from './recurrence.js';
export { type IcsEvent, eventsIcs } from './ics.js';
export { vtimezoneComponent } from './vtimezone.js';
