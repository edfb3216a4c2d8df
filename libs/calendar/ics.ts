/**
 * iCalendar (.ics) files for scheduled chats, written by ical-generator. Events with a zone carry
 * DTSTART;TZID and a VTIMEZONE generated here, so a weekly 20:00 stays at 20:00 in calendar apps
 * across DST; events without one are written in UTC.
 */
import ical, { ICalAlarmType, ICalCalendarMethod, escape } from 'ical-generator';
import { DateTime } from 'luxon';
import { CalendarInputError } from './errors.js';
import { firstOccurrence, type Recurrence } from './recurrence.js';
import { vtimezoneComponent } from './vtimezone.js';
import { assertInstant, assertTimeZone } from './zones.js';

/** Years of VTIMEZONE written past an event with no end (or a far one). */
const OPEN_ENDED_YEARS = 10;
const MAX_ALARM_MINUTES = 7 * 24 * 60;

/** One event of an .ics file. */
export interface IcsEvent {
  /** Stable across exports, so a re-import updates the event instead of duplicating it. */
  uid: string;
  title: string;
  description?: string;
  start: Date;
  end: Date;
  /** IANA zone to write the times in; defaults to the recurrence's zone, else UTC. */
  timeZone?: string;
  location?: string;
  url?: string;
  /** Adds a DISPLAY alarm this many minutes before the start (0 to 10080). */
  alarmMinutesBefore?: number;
  /** When set, start/end must be its first occurrence; an RRULE is emitted in its zone. */
  recurrence?: Recurrence;
}

interface YearRange {
  from: number;
  to: number;
}

function yearIn(instant: number, timeZone: string): number {
  return DateTime.fromMillis(instant, { zone: timeZone }).year;
}

function untilOf(rule: string): number | null {
  const m = /(?:^|;)UNTIL=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(rule);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : null;
}

function checkEvent(event: IcsEvent): { start: number; end: number; timeZone: string | null } {
  const start = assertInstant(event.start, 'start');
  const end = assertInstant(event.end, 'end');
  if (end <= start) {
    throw new CalendarInputError('end', 'INVALID_RANGE', 'end must be after start.');
  }
  const alarm = event.alarmMinutesBefore;
  if (
    alarm !== undefined &&
    !(Number.isInteger(alarm) && alarm >= 0 && alarm <= MAX_ALARM_MINUTES)
  ) {
    throw new CalendarInputError(
      'alarmMinutesBefore',
      'INVALID_RANGE',
      `alarmMinutesBefore must be a whole number of minutes from 0 to ${MAX_ALARM_MINUTES}.`,
    );
  }
  const rec = event.recurrence;
  const zone = event.timeZone === undefined ? null : assertTimeZone(event.timeZone);
  if (!rec) return { start, end, timeZone: zone };

  const recZone = assertTimeZone(rec.timeZone);
  if (zone !== null && zone !== recZone) {
    throw new CalendarInputError(
      'timeZone',
      'INVALID_TIME_ZONE',
      `The event is in ${zone} but its recurrence in ${recZone}; give both the same zone.`,
    );
  }
  const first = firstOccurrence(rec);
  // Clients count DTSTART as an occurrence even when the rule would skip it, so a start off the
  // rule would add a chat that never happens.
  if (first === null || first.start.getTime() !== start || first.end.getTime() !== end) {
    throw new CalendarInputError(
      'start',
      'INVALID_RANGE',
      first === null
        ? 'The recurrence has no occurrence.'
        : `start and end must be the first occurrence, ${first.start.toISOString()} to ${first.end.toISOString()}.`,
    );
  }
  return { start, end, timeZone: recZone };
}

/**
 * An iCalendar file (METHOD:PUBLISH, PRODID "-//Perch//Perch//EN") with one VEVENT per event.
 * Text is escaped and lines folded to 75 octets by ical-generator; DTSTAMP is the current time.
 * Throws `CalendarInputError` for an invalid zone, an end not after its start, a bad alarm, or a
 * recurring event whose start is not its recurrence's first occurrence.
 */
export function eventsIcs(calendarName: string, events: IcsEvent[]): string {
  const checked = events.map(checkEvent);
  const ranges = new Map<string, YearRange>();
  events.forEach((event, i) => {
    const { start, timeZone } = checked[i];
    if (timeZone === null) return;
    const first = yearIn(start, timeZone);
    const until = event.recurrence ? untilOf(event.recurrence.rrule) : null;
    const last =
      event.recurrence && until === null
        ? first + OPEN_ENDED_YEARS
        : Math.min(yearIn(until ?? start, timeZone), first + 5 * OPEN_ENDED_YEARS);
    const known = ranges.get(timeZone);
    ranges.set(timeZone, {
      from: Math.min(known?.from ?? Infinity, first - 1),
      to: Math.max(known?.to ?? -Infinity, last + 1),
    });
  });

  const calendar = ical({
    prodId: '//Perch//Perch//EN',
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes NAME and X-WR-CALNAME unescaped.
    name: escape(calendarName, false),
  });
  if (ranges.size > 0) {
    // An empty name keeps the calendar itself zoneless: with a calendar zone ical-generator
    // formats plain Dates in the process's local zone.
    calendar.timezone({
      name: '',
      generator: (tz) => {
        const range = ranges.get(tz);
        return range ? vtimezoneComponent(tz, range.from, range.to) : null;
      },
    });
  }

  events.forEach((event, i) => {
    const { start, end, timeZone } = checked[i];
    const vevent = calendar.createEvent({
      // UID is TEXT, but ical-generator writes it as given.
      id: escape(event.uid, false),
      summary: event.title,
      description: event.description ?? null,
      location: event.location || null,
      // ical-generator escapes URL values as if they were TEXT (RFC 5545 says URIs are not
      // escaped), so percent-encode the characters it would backslash.
      url: event.url ? event.url.replace(/[,;\\\r\n]/g, (c) => encodeURIComponent(c)) : null,
      // ical-generator reads a plain Date's wall time in the process's zone; a zoned luxon
      // DateTime makes it use the event's zone.
      start: timeZone ? DateTime.fromMillis(start, { zone: timeZone }) : new Date(start),
      end: timeZone ? DateTime.fromMillis(end, { zone: timeZone }) : new Date(end),
      timezone: timeZone,
      repeating: event.recurrence ? `RRULE:${event.recurrence.rrule}` : null,
    });
    if (event.alarmMinutesBefore !== undefined) {
      vevent.createAlarm({
        type: ICalAlarmType.display,
        triggerBefore: event.alarmMinutesBefore * 60,
        description: event.title,
      });
    }
  });
  return calendar.toString();
}
