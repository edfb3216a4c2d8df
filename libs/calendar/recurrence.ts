/**
 * Recurring schedules as RFC 5545 RRULEs anchored to a wall time in an IANA zone.
 *
 * rrule's own TZID support converts through the process's local zone, so rules are run here in
 * "floating" time instead: wall times written as UTC Dates, where every day has 24 hours. Each
 * wall time is then placed in the zone by `wallToInstant`, which is where DST is handled, and the
 * query window is applied to the resulting instants. rrule's parser accepts almost anything
 * (`BYDAY=XX` becomes `undefined`, `INTERVAL=x` a string), so rules are validated here first.
 */
import rrulePkg, { type Options } from 'rrule';
import { CalendarInputError } from './errors.js';
import {
  assertInstant,
  assertTimeZone,
  formatWall,
  instantToWall,
  parseLocal,
  wallToInstant,
} from './zones.js';

// rrule ships its ESM build without "type": "module", so Node loads the CommonJS bundle, whose
// exports are only reachable through the default import.
const { RRule } = rrulePkg;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
// Wall time and instant differ by at most ~15 hours, and a gap moves a time by at most a day, so
// two days of margin in floating time cover every occurrence whose instant is in the window.
const MARGIN_MS = 2 * DAY_MS;
const LAST_WALL = Date.UTC(9999, 11, 31);
const FIRST_WALL = Date.UTC(1000, 0, 1);
const EXAMPLE = 'Write it like "FREQ=WEEKLY;BYDAY=TU".';

/** A validated recurring schedule; plain data, safe to store as JSON and pass back in. */
export interface Recurrence {
  /** Normalized rule without the `RRULE:` prefix, FREQ first, UNTIL in UTC. */
  readonly rrule: string;
  readonly timeZone: string;
  /** Wall time of the first scheduled start, 'YYYY-MM-DDTHH:mm[:ss]', in `timeZone`. */
  readonly startLocal: string;
  readonly durationMinutes: number;
}

/** What `parseRecurrence` takes; `rrule` may start with `RRULE:` and be in any letter case. */
export interface RecurrenceInput {
  rrule: string;
  timeZone: string;
  startLocal: string;
  durationMinutes: number;
}

/** One occurrence: [start, end) as instants, and the wall time it starts at in the zone. */
export interface Occurrence {
  start: Date;
  end: Date;
  /** 'YYYY-MM-DDTHH:mm' in the recurrence's zone; equals `utcToZoned(start, timeZone)`. */
  localStart: string;
}

interface CompiledRule {
  normalized: string;
  options: Partial<Options>;
  until: number | null;
}

interface Compiled {
  rec: Recurrence;
  options: Partial<Options>;
  startWall: number;
  until: number | null;
  durationMs: number;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ALLOWED_FREQ = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

function ruleError(input: string, reason: string): CalendarInputError {
  return new CalendarInputError(
    'rrule',
    'INVALID_RRULE',
    `RRULE ${JSON.stringify(input)} is not valid: ${reason}. ${EXAMPLE}`,
  );
}

function intList(value: string, min: number, max: number, signed: boolean): string | null {
  for (const item of value.split(',')) {
    const n = /^[+-]?\d{1,3}$/.test(item) ? Math.abs(Number(item)) : NaN;
    const negative = item.startsWith('-');
    if (!(n >= min && n <= max) || (negative && !signed)) {
      return signed
        ? `each value must be a whole number from ${min} to ${max} or -${max} to -${min}`
        : `each value must be a whole number from ${min} to ${max}`;
    }
  }
  return null;
}

function untilInstant(value: string, timeZone: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, z] = m;
  // A date alone means "through that day" in the zone.
  const local = h === undefined ? `${y}-${mo}-${d}T23:59:59` : `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  let wall: number;
  try {
    wall = parseLocal(local, 'rrule');
  } catch {
    return null;
  }
  return z ? wall : wallToInstant(wall, timeZone);
}

function formatUtc(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
}

function compileRule(input: string, timeZone: string): CompiledRule {
  if (typeof input !== 'string' || input.trim() === '') {
    throw ruleError(String(input), 'it is empty');
  }
  const body = input
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '');
  if (/DTSTART|TZID/.test(body)) {
    throw ruleError(
      input,
      'leave out DTSTART and TZID; the start comes from startLocal and the zone from timeZone',
    );
  }
  const parts = body.split(';').filter((p) => p !== '');
  const seen = new Map<string, string>();
  for (const part of parts) {
    const m = /^([A-Z]+)=([A-Z0-9,+-]+)$/.exec(part);
    if (!m) throw ruleError(input, `"${part}" is not a NAME=VALUE pair`);
    const [, key, value] = m as unknown as [string, string, string];
    if (seen.has(key)) throw ruleError(input, `${key} appears twice`);
    seen.set(key, value);
  }
  const freq = seen.get('FREQ');
  if (freq === undefined) throw ruleError(input, 'FREQ is missing');
  if (!ALLOWED_FREQ.includes(freq)) {
    throw ruleError(
      input,
      ['SECONDLY', 'MINUTELY', 'HOURLY'].includes(freq)
        ? `FREQ=${freq} repeats more often than daily; use DAILY, WEEKLY, MONTHLY or YEARLY`
        : `FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, not ${freq}`,
    );
  }
  if (seen.has('COUNT') && seen.has('UNTIL')) {
    throw ruleError(input, 'use either COUNT or UNTIL, not both');
  }

  let until: number | null = null;
  const normalized: string[] = [`FREQ=${freq}`];
  for (const [key, value] of seen) {
    let problem: string | null = null;
    switch (key) {
      case 'FREQ':
        continue;
      case 'INTERVAL':
        problem =
          /^\d{1,4}$/.test(value) && Number(value) >= 1 ? null : 'INTERVAL must be 1 or more';
        break;
      case 'COUNT':
        problem = /^\d{1,5}$/.test(value) && Number(value) >= 1 ? null : 'COUNT must be 1 or more';
        break;
      case 'UNTIL':
        until = untilInstant(value, timeZone);
        if (until === null) {
          problem = 'UNTIL must be a date like 20261231 or a UTC time like 20261231T235959Z';
        } else {
          normalized.push(`UNTIL=${formatUtc(until)}`);
          continue;
        }
        break;
      case 'BYDAY':
        for (const day of value.split(',')) {
          const d = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(day);
          const ordinal = d?.[1] === undefined ? null : Math.abs(Number(d[1]));
          if (
            !d ||
            !WEEKDAYS.includes(d[2]) ||
            (ordinal !== null && !(ordinal >= 1 && ordinal <= 53))
          ) {
            problem = `BYDAY takes days MO, TU, WE, TH, FR, SA, SU (optionally numbered, like 2TU or -1FR), not "${day}"`;
            break;
          }
          if (ordinal !== null && freq !== 'MONTHLY' && freq !== 'YEARLY') {
            problem = `numbered days like "${day}" need FREQ=MONTHLY or FREQ=YEARLY`;
            break;
          }
        }
        break;
      case 'BYMONTHDAY':
        problem =
          freq === 'WEEKLY'
            ? 'BYMONTHDAY cannot be used with FREQ=WEEKLY'
            : intList(value, 1, 31, true);
        break;
      case 'BYYEARDAY':
        problem = freq === 'YEARLY' ? intList(value, 1, 366, true) : 'BYYEARDAY needs FREQ=YEARLY';
        break;
      case 'BYWEEKNO':
        problem = freq === 'YEARLY' ? intList(value, 1, 53, true) : 'BYWEEKNO needs FREQ=YEARLY';
        break;
      case 'BYMONTH':
        problem = intList(value, 1, 12, false);
        break;
      case 'BYSETPOS':
        problem = intList(value, 1, 366, true);
        break;
      case 'WKST':
        problem = WEEKDAYS.includes(value)
          ? null
          : 'WKST must be one of MO, TU, WE, TH, FR, SA, SU';
        break;
      case 'BYHOUR':
      case 'BYMINUTE':
      case 'BYSECOND':
        problem = `leave out ${key}; the time of day comes from startLocal`;
        break;
      default:
        problem = `${key} is not a supported RRULE part`;
    }
    if (problem !== null) throw ruleError(input, problem);
    normalized.push(`${key}=${value}`);
  }
  if (
    seen.has('BYSETPOS') &&
    ![...seen.keys()].some((k) => k.startsWith('BY') && k !== 'BYSETPOS')
  ) {
    throw ruleError(input, 'BYSETPOS needs another BY part to pick from, like BYDAY');
  }

  const withoutUntil = normalized.filter((p) => !p.startsWith('UNTIL=')).join(';');
  return { normalized: normalized.join(';'), options: RRule.parseString(withoutUntil), until };
}

function assertDuration(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
    throw new CalendarInputError(
      'durationMinutes',
      'INVALID_RANGE',
      `durationMinutes must be a whole number of minutes from 1 to 1440, not ${String(minutes)}.`,
    );
  }
}

function compile(rec: Recurrence): Compiled {
  const timeZone = assertTimeZone(rec.timeZone);
  const startWall = parseLocal(rec.startLocal, 'startLocal');
  assertDuration(rec.durationMinutes);
  const { options, until } = compileRule(rec.rrule, timeZone);
  return {
    rec: { ...rec, timeZone },
    options: {
      ...options,
      // rrule compares UNTIL in floating time; pad it and cut exactly on instants in `walk`,
      // since wall times run backwards during a fall-back.
      until: until === null ? null : new Date(instantToWall(until, timeZone) + DAY_MS),
    },
    startWall,
    until,
    durationMs: rec.durationMinutes * MINUTE_MS,
  };
}

/**
 * An rrule for `c` whose DTSTART is moved forward by whole periods to just before `firstWall`.
 * rrule always iterates from DTSTART (about 15 µs a day), so a daily chat started years ago
 * would otherwise cost milliseconds per query. Whole days or weeks keep the weekday and the
 * INTERVAL phase; months and years are not moved (a 31st or a 29 February would shift) and
 * COUNT counts from the real start.
 */
function ruleFrom(c: Compiled, firstWall: number): InstanceType<typeof RRule> {
  const { freq, interval, count } = c.options;
  const periodDays = freq === RRule.DAILY ? 1 : freq === RRule.WEEKLY ? 7 : 0;
  let dtstart = c.startWall;
  if (periodDays > 0 && !count) {
    const period = periodDays * (interval ?? 1) * DAY_MS;
    dtstart += Math.max(0, Math.floor((firstWall - c.startWall) / period)) * period;
  }
  return new RRule({ ...c.options, dtstart: new Date(dtstart) });
}

/**
 * Visits occurrences starting at or after `from`, in order, until `visit` returns false or floating
 * time passes `lastWall`.
 */
function walk(
  c: Compiled,
  from: number,
  lastWall: number,
  visit: (occurrence: Occurrence) => boolean,
): void {
  const zone = c.rec.timeZone;
  const firstWall = Math.max(instantToWall(from, zone) - MARGIN_MS, FIRST_WALL);
  const endWall = Math.min(lastWall, LAST_WALL);
  if (firstWall > endWall) return;
  let previous = -Infinity;
  ruleFrom(c, firstWall).between(new Date(firstWall), new Date(endWall), true, (wall) => {
    const start = wallToInstant(wall.getTime(), zone);
    if (c.until !== null && start > c.until) return false;
    // Instants never decrease as wall times increase; two wall times only meet when a whole day
    // is skipped (Pacific/Apia, 2011), and one occurrence is enough then.
    if (start < from || start === previous) return true;
    previous = start;
    return visit({
      start: new Date(start),
      end: new Date(start + c.durationMs),
      localStart: formatWall(instantToWall(start, zone)),
    });
  });
}

/**
 * Validates and normalizes a recurring schedule. The rule comes from `rrule` (with or without
 * `RRULE:`; FREQ DAILY, WEEKLY, MONTHLY or YEARLY; COUNT or UNTIL allowed; no DTSTART, TZID or
 * BYHOUR/BYMINUTE/BYSECOND), the wall time from `startLocal` and the zone from `timeZone`.
 * UNTIL may be a UTC time (…Z), a wall time in the zone, or a date (through the end of that day).
 * Throws `CalendarInputError` naming the field at fault, including when the rule has no occurrence
 * in the ten years after the start.
 */
export function parseRecurrence(input: RecurrenceInput): Recurrence {
  const timeZone = assertTimeZone(input.timeZone);
  const startWall = parseLocal(input.startLocal, 'startLocal');
  assertDuration(input.durationMinutes);
  const { normalized } = compileRule(input.rrule, timeZone);
  const rec: Recurrence = {
    rrule: normalized,
    timeZone,
    startLocal: input.startLocal,
    durationMinutes: input.durationMinutes,
  };
  let found = false;
  walk(compile(rec), wallToInstant(startWall, timeZone), startWall + 3653 * DAY_MS, () => {
    found = true;
    return false;
  });
  if (!found) {
    throw ruleError(input.rrule, 'it has no occurrence in the ten years after startLocal');
  }
  return rec;
}

function assertWindow(from: Date, to: Date): [number, number] {
  const a = assertInstant(from, 'from');
  const b = assertInstant(to, 'to');
  if (a > b) {
    throw new CalendarInputError('to', 'INVALID_RANGE', '`to` must not be before `from`.');
  }
  return [a, b];
}

function assertCount(n: number, field: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new CalendarInputError(
      field,
      'INVALID_RANGE',
      `${field} must be a whole number, 0 or more.`,
    );
  }
}

/**
 * Occurrences whose start is in [from, to), in order, at most `limit` of them. The wall time stays
 * fixed in the zone across DST; see `zonedToUtc` for wall times in a gap or an overlap.
 */
export function occurrences(rec: Recurrence, from: Date, to: Date, limit = 1000): Occurrence[] {
  const [a, b] = assertWindow(from, to);
  assertCount(limit, 'limit');
  const c = compile(rec);
  const out: Occurrence[] = [];
  if (limit === 0 || a === b) return out;
  walk(c, a, instantToWall(b, c.rec.timeZone) + MARGIN_MS, (o) => {
    if (o.start.getTime() >= b) return false;
    out.push(o);
    return out.length < limit;
  });
  return out;
}

/** The next `n` occurrences starting strictly after `after`, in order (fewer if the rule ends). */
export function nextOccurrences(rec: Recurrence, after: Date, n: number): Occurrence[] {
  const from = assertInstant(after, 'after') + 1;
  assertCount(n, 'n');
  const c = compile(rec);
  const out: Occurrence[] = [];
  if (n === 0) return out;
  walk(c, from, LAST_WALL, (o) => {
    out.push(o);
    return out.length < n;
  });
  return out;
}

/** The first occurrence of the schedule (at or after `startLocal`), or null if there is none. */
export function firstOccurrence(rec: Recurrence): Occurrence | null {
  const c = compile(rec);
  let first: Occurrence | null = null;
  walk(
    c,
    wallToInstant(parseLocal(rec.startLocal, 'startLocal'), c.rec.timeZone),
    LAST_WALL,
    (o) => {
      first = o;
      return false;
    },
  );
  return first;
}

/**
 * The occurrence whose [start, end) contains `instant`, or null. If a short DST day makes two
 * occurrences overlap, the later-starting one wins.
 */
export function occurrenceContaining(rec: Recurrence, instant: Date): Occurrence | null {
  const at = assertInstant(instant, 'instant');
  const found = occurrences(
    rec,
    new Date(at - rec.durationMinutes * MINUTE_MS + 1),
    new Date(at + 1),
  );
  return found.at(-1) ?? null;
}

/** Human text such as "every Tuesday at 20:00 America/New_York" (English). */
export function describeRecurrence(rec: Recurrence): string {
  const c = compile(rec);
  const { count, ...rest } = c.options;
  const base = new RRule({ ...rest, until: null, dtstart: new Date(c.startWall) })
    .toText()
    .replace(/^every week on /, 'every ');
  const time = rec.startLocal.slice(11, 16);
  let text = `${base} at ${time} ${c.rec.timeZone}`;
  if (count) text += `, ${count} time${count === 1 ? '' : 's'}`;
  if (c.until !== null)
    text += `, until ${formatWall(instantToWall(c.until, c.rec.timeZone)).replace('T', ' ')}`;
  return text;
}
