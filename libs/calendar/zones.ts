/**
 * Wall-clock time in IANA zones. Luxon resolves an ambiguous wall time to the later instant, and
 * our policy is the earlier one, so local-to-UTC conversion is done here from the zone's offsets
 * rather than by `DateTime.fromObject`.
 */
import { IANAZone } from 'luxon';
import { CalendarInputError } from './errors.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

// Names with a slash (Area/Location) plus UTC. This rules out offsets ("+02:00") and the legacy
// single-word zones that look like abbreviations ("EST", "MST", "CET") but do not follow DST the
// way people expect.
const ZONE_NAME = /^(?:UTC|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+)$/;

/** True when `tz` is an IANA zone name such as "America/New_York" (or "UTC"). */
export function isValidTimeZone(tz: string): boolean {
  return typeof tz === 'string' && ZONE_NAME.test(tz) && IANAZone.isValidZone(tz);
}

/**
 * Returns the zone name with its canonical capitalisation ("america/new_york" becomes
 * "America/New_York"), or throws `INVALID_TIME_ZONE` naming `field`.
 */
export function assertTimeZone(tz: string, field = 'timeZone'): string {
  if (!isValidTimeZone(tz)) {
    throw new CalendarInputError(
      field,
      'INVALID_TIME_ZONE',
      `${JSON.stringify(tz)} is not an IANA time zone; use a name like "America/New_York".`,
    );
  }
  let name = canonicalNames.get(tz);
  if (name === undefined) {
    // ICU reports some zones under their old names (Asia/Kolkata as Asia/Calcutta, Europe/Kyiv
    // as Europe/Kiev); take only its capitalisation, never a different name.
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
    name = resolved.toLowerCase() === tz.toLowerCase() ? resolved : tz;
    // Building a DateTimeFormat costs far more than the conversions it guards. Only valid names
    // get here, but their spellings are not bounded, hence the cap.
    if (canonicalNames.size >= 1000) canonicalNames.clear();
    canonicalNames.set(tz, name);
  }
  return name;
}

const canonicalNames = new Map<string, string>();

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Parses 'YYYY-MM-DDTHH:mm[:ss]' into the wall time written as if it were UTC ("floating" time),
 * which is what rrule computes in. Throws `INVALID_TIME` naming `field`.
 */
export function parseLocal(localIso: string, field: string): number {
  const m = typeof localIso === 'string' ? LOCAL_TIME.exec(localIso) : null;
  const [year, month, day, hour, minute, second] = (m?.slice(1) ?? []).map((p) =>
    p === undefined ? 0 : Number(p),
  );
  const wall = m ? Date.UTC(year, month - 1, day, hour, minute, second) : NaN;
  const back = new Date(wall);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches that.
  if (
    !m ||
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    back.getUTCHours() !== hour ||
    back.getUTCMinutes() !== minute ||
    back.getUTCSeconds() !== second
  ) {
    throw new CalendarInputError(
      field,
      'INVALID_TIME',
      `${JSON.stringify(localIso)} is not a local date and time; write it like "2026-10-06T20:00".`,
    );
  }
  return wall;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone's UTC offset at `instant`, in milliseconds; `timeZone` must be valid. Read from a
 * cached Intl formatter with `format` rather than luxon's `offset`, which goes through
 * `formatToParts` and is ten times slower; DST handling and VTIMEZONE building call it thousands
 * of times.
 */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size >= 1000) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  const m = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/.exec(formatter.format(instant));
  if (!m) return IANAZone.create(timeZone).offset(instant) * MINUTE_MS;
  const [, month, day, year, hour, minute, second] = m.map(Number);
  const wall = Date.UTC(year, month - 1, day, hour % 24, minute, second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** Floating wall time to an instant, applying the DST policy; `zone` must already be valid. */
export function wallToInstant(wall: number, timeZone: string): number {
  const offsetMs = (at: number) => zoneOffsetMs(timeZone, at);
  const before = offsetMs(wall - DAY_MS);
  const after = offsetMs(wall + DAY_MS);
  // Offset lookups go through Intl and dominate the cost; away from a transition three suffice.
  if (before === after && offsetMs(wall - before) === before) return wall - before;
  const candidates = [before, offsetMs(wall), after]
    .map((offset) => wall - offset)
    .filter((instant) => wall - offsetMs(instant) === instant);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap no offset fits. Reading the wall time with the offset in force before the gap lands
  // it as far past the gap's start as it was written, i.e. moved forward by the gap's length.
  return wall - before;
}

/** Instant to floating wall time (the zone's clock reading, written as if it were UTC). */
export function instantToWall(instant: number, timeZone: string): number {
  return instant + zoneOffsetMs(timeZone, instant);
}

/** Floating wall time as 'YYYY-MM-DDTHH:mm'. */
export function formatWall(wall: number): string {
  return new Date(wall).toISOString().slice(0, 16);
}

/**
 * The instant at which the clocks in `timeZone` read `localIso` ('YYYY-MM-DDTHH:mm' or with
 * ':ss'). A time skipped by a spring-forward moves forward by the gap (02:30 becomes 03:30); a
 * time repeated by a fall-back takes the earlier of its two instants.
 */
export function zonedToUtc(localIso: string, timeZone: string): Date {
  const zone = assertTimeZone(timeZone);
  return new Date(wallToInstant(parseLocal(localIso, 'localTime'), zone));
}

/** What the clocks in `timeZone` read at `instant`, as 'YYYY-MM-DDTHH:mm'. */
export function utcToZoned(instant: Date, timeZone: string): string {
  const zone = assertTimeZone(timeZone);
  return formatWall(instantToWall(assertInstant(instant, 'instant'), zone));
}

/** Milliseconds of a valid Date, or `INVALID_TIME` naming `field`. */
export function assertInstant(instant: Date, field: string): number {
  const ms = instant instanceof Date ? instant.getTime() : NaN;
  if (Number.isNaN(ms)) {
    throw new CalendarInputError(field, 'INVALID_TIME', `${field} must be a valid Date.`);
  }
  return ms;
}
