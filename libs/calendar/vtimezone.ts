/**
 * VTIMEZONE components built from the zone database that Node ships (through luxon), so an
 * .ics file carries its own definition of every zone it names. Calendar apps that do not know
 * the IANA name (Outlook, older clients) read the offsets from here.
 *
 * Each offset change in the range becomes its own STANDARD or DAYLIGHT observance with a fixed
 * DTSTART (RFC 5545 §3.6.5 allows this instead of an RRULE), preceded by one observance that holds
 * from the start of the first year. After the last year a client keeps the last offset, so the
 * range must reach past the last event.
 */
import { DateTime } from 'luxon';
import { CalendarInputError } from './errors.js';
import { assertTimeZone, zoneOffsetMs } from './zones.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

interface Transition {
  at: number;
  from: number;
  to: number;
}

function offsetMinutes(timeZone: string, at: number): number {
  return Math.round(zoneOffsetMs(timeZone, at) / MINUTE_MS);
}

function transitions(zone: string, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  let prev = offsetMinutes(zone, from);
  // Zones change offset at most a few times a year and never twice in a day.
  for (let t = from + DAY_MS; t < to + DAY_MS; t += DAY_MS) {
    const current = offsetMinutes(zone, t);
    if (current === prev) continue;
    let lo = t - DAY_MS;
    let hi = t;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (offsetMinutes(zone, mid) === prev) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: prev, to: current });
    prev = current;
  }
  return found;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function observance(zoneName: string, at: number, from: number, to: number): string[] {
  const local = DateTime.fromMillis(at + from * MINUTE_MS, { zone: 'UTC' }).toFormat(
    "yyyyLLdd'T'HHmmss",
  );
  const after = DateTime.fromMillis(at, { zone: zoneName, locale: 'en-US' });
  const kind = after.isInDST ? 'DAYLIGHT' : 'STANDARD';
  const name = after.offsetNameShort;
  return [
    `BEGIN:${kind}`,
    `DTSTART:${local}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE component (CRLF line ends) for IANA zone `timeZone` covering January 1 of
 * `fromYear` through December 31 of `toYear`: one observance in force at the start, then one per
 * offset change, each marked STANDARD or DAYLIGHT as the zone marks it.
 */
export function vtimezoneComponent(timeZone: string, fromYear: number, toYear: number): string {
  const zone = assertTimeZone(timeZone, 'timeZone');
  if (
    !Number.isInteger(fromYear) ||
    !Number.isInteger(toYear) ||
    fromYear > toYear ||
    toYear - fromYear > 200
  ) {
    throw new CalendarInputError(
      'toYear',
      'INVALID_RANGE',
      'fromYear and toYear must be whole years, fromYear first, at most 200 years apart.',
    );
  }
  const newYear = Date.UTC(fromYear, 0, 1);
  // Local midnight, so the first observance starts on a round wall time.
  const from = newYear - offsetMinutes(zone, newYear) * MINUTE_MS;
  const to = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetMinutes(zone, from);
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(zone, from, initial, initial),
    ...transitions(zone, from, to).flatMap((t) => observance(zone, t.at, t.from, t.to)),
    'END:VTIMEZONE',
  ];
  return lines.join('\r\n');
}
