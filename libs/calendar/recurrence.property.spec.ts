import fc from 'fast-check';
import { DateTime } from 'luxon';
import { type Recurrence, occurrences, parseRecurrence } from './recurrence.js';
import { utcToZoned, zonedToUtc } from './zones.js';

// Both hemispheres, half- and quarter-hour offsets, a 30-minute DST (Lord Howe) and a midnight
// DST change (Santiago), so gaps and overlaps land on the times the rules pick.
const ZONES = [
  'UTC',
  'America/New_York',
  'America/Los_Angeles',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Santiago',
  'Europe/London',
  'Europe/Berlin',
  'Africa/Cairo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

const scheduleArb = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  weekly: fc.boolean(),
  days: fc.subarray(DAYS, { minLength: 1 }),
  interval: fc.integer({ min: 1, max: 3 }),
  startDay: fc.integer({ min: 0, max: 5 * 365 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.constantFrom(0, 15, 30, 45, 59),
  durationMinutes: fc.integer({ min: 1, max: 1440 }),
  // Window start relative to the schedule's start, and its length.
  windowOffsetDays: fc.integer({ min: -30, max: 3 * 365 }),
  windowDays: fc.integer({ min: 0, max: 120 }),
  windowJitterMs: fc.integer({ min: 0, max: DAY_MS - 1 }),
});

type Schedule = typeof scheduleArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Schedule): { rec: Recurrence; from: Date; to: Date; time: string } {
  const day = new Date(Date.UTC(2024, 0, 1) + s.startDay * DAY_MS).toISOString().slice(0, 10);
  const time = `${pad(s.hour)}:${pad(s.minute)}`;
  const rrule = s.weekly
    ? `FREQ=WEEKLY;INTERVAL=${s.interval};BYDAY=${s.days.join(',')}`
    : `FREQ=DAILY;INTERVAL=${s.interval}`;
  const rec = parseRecurrence({
    rrule,
    timeZone: s.timeZone,
    startLocal: `${day}T${time}`,
    durationMinutes: s.durationMinutes,
  });
  const from = new Date(
    Date.parse(`${day}T00:00Z`) + s.windowOffsetDays * DAY_MS + s.windowJitterMs,
  );
  return { rec, from, to: new Date(from.getTime() + s.windowDays * DAY_MS), time };
}

/** Whether the zone's clocks never show this wall time (it is in a spring-forward gap). */
function inGap(local: string, timeZone: string): boolean {
  return utcToZoned(zonedToUtc(local, timeZone), timeZone) !== local;
}

describe('occurrences (properties)', () => {
  it('are in order, inside the window, on the rule wall time, and last the duration', () => {
    fc.assert(
      fc.property(scheduleArb, (s) => {
        const { rec, from, to, time } = build(s);
        const found = occurrences(rec, from, to);
        found.forEach((o, i) => {
          if (i > 0) expect(o.start.getTime()).toBeGreaterThan(found[i - 1].start.getTime());
          expect(o.start.getTime()).toBeGreaterThanOrEqual(from.getTime());
          expect(o.start.getTime()).toBeLessThan(to.getTime());
          expect(o.localStart).toBe(utcToZoned(o.start, rec.timeZone));
          expect(o.end.getTime() - o.start.getTime()).toBe(rec.durationMinutes * 60_000);
          if (o.localStart.slice(11) !== time) {
            // Only a gap may move it, and then forward within the same day.
            expect(inGap(`${o.localStart.slice(0, 10)}T${time}`, rec.timeZone)).toBe(true);
            expect(o.localStart.slice(11) > time).toBe(true);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('match a day-by-day model for rules without an interval', () => {
    fc.assert(
      fc.property(scheduleArb, (s) => {
        const { rec, from, to, time } = build({ ...s, interval: 1 });
        const startInstant = zonedToUtc(rec.startLocal, rec.timeZone).getTime();
        const expected: string[] = [];
        // Every local day that the rule picks, from two days before the window to two after.
        let day = DateTime.fromMillis(from.getTime() - 2 * DAY_MS, { zone: rec.timeZone }).startOf(
          'day',
        );
        const stop = to.getTime() + 2 * DAY_MS;
        while (day.toMillis() < stop) {
          const local = `${day.toISODate()}T${time}`;
          const picked = !s.weekly || s.days.includes(DAYS[day.weekday - 1]);
          const at = zonedToUtc(local, rec.timeZone).getTime();
          if (
            picked &&
            local >= rec.startLocal &&
            at >= startInstant &&
            at >= from.getTime() &&
            at < to.getTime()
          ) {
            expected.push(new Date(at).toISOString());
          }
          day = day.plus({ days: 1 });
        }
        expect(occurrences(rec, from, to).map((o) => o.start.toISOString())).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('do not depend on how far the window is from the start', () => {
    fc.assert(
      fc.property(scheduleArb, (s) => {
        const { rec, from, to } = build(s);
        const start = zonedToUtc(rec.startLocal, rec.timeZone);
        const fromStart = occurrences(rec, start, start > to ? start : to, 5000)
          .filter((o) => o.start >= from && o.start < to)
          .map((o) => o.start.toISOString());
        expect(occurrences(rec, from, to).map((o) => o.start.toISOString())).toEqual(fromStart);
      }),
      { numRuns: 100 },
    );
  });
});
