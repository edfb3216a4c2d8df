import { CalendarInputError } from './errors.js';
import {
  type RecurrenceInput,
  describeRecurrence,
  nextOccurrences,
  occurrenceContaining,
  occurrences,
  parseRecurrence,
} from './recurrence.js';

const tuesdays: RecurrenceInput = {
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  timeZone: 'America/New_York',
  startLocal: '2026-10-06T20:00',
  durationMinutes: 45,
};

function thrown(work: () => unknown): CalendarInputError {
  try {
    work();
  } catch (e) {
    if (e instanceof CalendarInputError) return e;
    throw e;
  }
  throw new Error('expected a CalendarInputError');
}

const starts = (list: { start: Date }[]) => list.map((o) => o.start.toISOString());

describe('parseRecurrence', () => {
  it('normalizes the rule and keeps the schedule', () => {
    expect(parseRecurrence({ ...tuesdays, rrule: ' rrule:freq=weekly;byday=tu; ' })).toEqual({
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
      timeZone: 'America/New_York',
      startLocal: '2026-10-06T20:00',
      durationMinutes: 45,
    });
  });

  it('puts FREQ first and writes UNTIL in UTC', () => {
    expect(
      parseRecurrence({ ...tuesdays, rrule: 'BYDAY=TU;FREQ=WEEKLY;UNTIL=20261103' }).rrule,
    ).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261104T045959Z');
  });

  it.each([
    ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY takes days MO, TU'],
    ['FREQ=HOURLY', 'repeats more often than daily'],
    ['FREQ=DAILY;BYHOUR=9,17', 'the time of day comes from startLocal'],
    ['DTSTART:20261006T200000Z\nRRULE:FREQ=DAILY', 'leave out DTSTART and TZID'],
    ['FREQ=WEEKLY;TZID=Europe/Paris', 'leave out DTSTART and TZID'],
    ['BYDAY=TU', 'FREQ is missing'],
    ['FREQ=WEEKLY;COUNT=2;UNTIL=20270101', 'either COUNT or UNTIL'],
    ['FREQ=WEEKLY;INTERVAL=x', 'INTERVAL must be 1 or more'],
    ['FREQ=WEEKLY;COUNT=0', 'COUNT must be 1 or more'],
    ['FREQ=WEEKLY;BYDAY=2TU', 'need FREQ=MONTHLY or FREQ=YEARLY'],
    ['FREQ=WEEKLY;UNTIL=2026-12-31', 'UNTIL must be a date'],
    ['FREQ=WEEKLY;FOO=1', 'FOO is not a supported RRULE part'],
    ['FREQ=WEEKLY;BYDAY=TU;BYDAY=WE', 'BYDAY appears twice'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'no occurrence in the ten years'],
    ['FREQ=WEEKLY;UNTIL=20260101', 'no occurrence in the ten years'],
    ['', 'it is empty'],
  ])('rejects %j', (rrule, reason) => {
    const e = thrown(() => parseRecurrence({ ...tuesdays, rrule }));
    expect(e).toMatchObject({ code: 'INVALID_RRULE', field: 'rrule' });
    expect(e.message).toContain(reason);
    expect(e.message).toMatch(
      /^RRULE ".*" is not valid: .*Write it like "FREQ=WEEKLY;BYDAY=TU"\.$/s,
    );
  });

  it('rejects a zone that is not IANA', () => {
    const e = thrown(() => parseRecurrence({ ...tuesdays, timeZone: 'EST' }));
    expect(e).toMatchObject({ code: 'INVALID_TIME_ZONE', field: 'timeZone' });
  });

  it.each(['2026-13-01T20:00', '2026-10-06', 'next tuesday'])(
    'rejects startLocal %j',
    (startLocal) => {
      const e = thrown(() => parseRecurrence({ ...tuesdays, startLocal }));
      expect(e).toMatchObject({ code: 'INVALID_TIME', field: 'startLocal' });
    },
  );

  it.each([0, 1441, 30.5, NaN])('rejects durationMinutes %p', (durationMinutes) => {
    const e = thrown(() => parseRecurrence({ ...tuesdays, durationMinutes }));
    expect(e).toMatchObject({ code: 'INVALID_RANGE', field: 'durationMinutes' });
    expect(e.message).toContain('from 1 to 1440');
  });
});

describe('occurrences', () => {
  it('keeps Tuesday 20:00 in New York across the end of DST on 2026-11-01', () => {
    const rec = parseRecurrence(tuesdays);
    const found = occurrences(rec, new Date('2026-10-20T00:00Z'), new Date('2026-11-12T00:00Z'));
    expect(starts(found)).toEqual([
      '2026-10-21T00:00:00.000Z',
      '2026-10-28T00:00:00.000Z',
      '2026-11-04T01:00:00.000Z',
      '2026-11-11T01:00:00.000Z',
    ]);
    expect(found.map((o) => o.localStart)).toEqual([
      '2026-10-20T20:00',
      '2026-10-27T20:00',
      '2026-11-03T20:00',
      '2026-11-10T20:00',
    ]);
    expect(found[2].end.toISOString()).toBe('2026-11-04T01:45:00.000Z');
  });

  it('keeps Monday 18:30 in London across the end of BST on 2026-10-25', () => {
    const rec = parseRecurrence({
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      timeZone: 'Europe/London',
      startLocal: '2026-09-07T18:30',
      durationMinutes: 60,
    });
    expect(
      starts(occurrences(rec, new Date('2026-10-19T00:00Z'), new Date('2026-10-27T00:00Z'))),
    ).toEqual(['2026-10-19T17:30:00.000Z', '2026-10-26T18:30:00.000Z']);
  });

  it('moves a daily 02:30 forward on the spring-forward day and back after it', () => {
    const rec = parseRecurrence({
      rrule: 'FREQ=DAILY',
      timeZone: 'America/New_York',
      startLocal: '2027-03-12T02:30',
      durationMinutes: 30,
    });
    const found = occurrences(rec, new Date('2027-03-01T00:00Z'), new Date('2027-03-16T00:00Z'));
    expect(found.map((o) => [o.start.toISOString(), o.localStart])).toEqual([
      ['2027-03-12T07:30:00.000Z', '2027-03-12T02:30'],
      ['2027-03-13T07:30:00.000Z', '2027-03-13T02:30'],
      ['2027-03-14T07:30:00.000Z', '2027-03-14T03:30'],
      ['2027-03-15T06:30:00.000Z', '2027-03-15T02:30'],
    ]);
  });

  it('takes the first 01:30 on the fall-back day', () => {
    const rec = parseRecurrence({
      rrule: 'FREQ=DAILY',
      timeZone: 'America/New_York',
      startLocal: '2026-10-31T01:30',
      durationMinutes: 30,
    });
    expect(
      starts(occurrences(rec, new Date('2026-10-01T00:00Z'), new Date('2026-11-03T00:00Z'))),
    ).toEqual(['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
  });

  it('stops at COUNT however wide the window', () => {
    const rec = parseRecurrence({ ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3' });
    expect(
      starts(occurrences(rec, new Date('2020-01-01T00:00Z'), new Date('2040-01-01T00:00Z'))),
    ).toEqual(['2026-10-07T00:00:00.000Z', '2026-10-14T00:00:00.000Z', '2026-10-21T00:00:00.000Z']);
  });

  it('includes the day of a date-only UNTIL in the zone', () => {
    const rec = parseRecurrence({ ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261020' });
    const found = occurrences(rec, new Date('2026-01-01T00:00Z'), new Date('2027-01-01T00:00Z'));
    expect(found.map((o) => o.localStart)).toEqual([
      '2026-10-06T20:00',
      '2026-10-13T20:00',
      '2026-10-20T20:00',
    ]);
  });

  it('includes an occurrence exactly at a UTC or local UNTIL', () => {
    for (const until of ['20261014T000000Z', '20261013T200000']) {
      const rec = parseRecurrence({ ...tuesdays, rrule: `FREQ=WEEKLY;BYDAY=TU;UNTIL=${until}` });
      const found = occurrences(rec, new Date('2026-01-01T00:00Z'), new Date('2027-01-01T00:00Z'));
      expect(found.map((o) => o.localStart)).toEqual(['2026-10-06T20:00', '2026-10-13T20:00']);
    }
  });

  it('counts from an inclusive from to an exclusive to', () => {
    const rec = parseRecurrence(tuesdays);
    expect(
      starts(occurrences(rec, new Date('2026-10-14T00:00Z'), new Date('2026-10-21T00:00Z'))),
    ).toEqual(['2026-10-14T00:00:00.000Z']);
  });

  it('returns at most limit occurrences', () => {
    const rec = parseRecurrence(tuesdays);
    expect(
      occurrences(rec, new Date('2026-01-01T00:00Z'), new Date('2030-01-01T00:00Z'), 5),
    ).toHaveLength(5);
  });

  it('rejects a window that ends before it starts', () => {
    const rec = parseRecurrence(tuesdays);
    const e = thrown(() =>
      occurrences(rec, new Date('2027-01-01T00:00Z'), new Date('2026-01-01T00:00Z')),
    );
    expect(e).toMatchObject({ code: 'INVALID_RANGE', field: 'to' });
  });

  it('works on a recurrence read back from JSON', () => {
    const stored = JSON.parse(JSON.stringify(parseRecurrence(tuesdays)));
    expect(
      occurrences(stored, new Date('2026-10-14T00:00Z'), new Date('2026-10-15T00:00Z')),
    ).toHaveLength(1);
  });

  it('follows a monthly rule on the second Tuesday', () => {
    const rec = parseRecurrence({ ...tuesdays, rrule: 'FREQ=MONTHLY;BYDAY=2TU' });
    expect(
      occurrences(rec, new Date('2026-10-01T00:00Z'), new Date('2027-01-01T00:00Z')).map(
        (o) => o.localStart,
      ),
    ).toEqual(['2026-10-13T20:00', '2026-11-10T20:00', '2026-12-08T20:00']);
  });
});

describe('nextOccurrences', () => {
  it('returns the next n starting strictly after the instant', () => {
    const rec = parseRecurrence(tuesdays);
    expect(starts(nextOccurrences(rec, new Date('2026-10-28T00:00Z'), 2))).toEqual([
      '2026-11-04T01:00:00.000Z',
      '2026-11-11T01:00:00.000Z',
    ]);
  });

  it('returns fewer when the rule ends', () => {
    const rec = parseRecurrence({ ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3' });
    expect(nextOccurrences(rec, new Date('2026-10-10T00:00Z'), 10)).toHaveLength(2);
  });

  it('finds occurrences years ahead of the start', () => {
    const rec = parseRecurrence({ ...tuesdays, rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29' });
    expect(nextOccurrences(rec, new Date('2026-10-10T00:00Z'), 2).map((o) => o.localStart)).toEqual(
      ['2028-02-29T20:00', '2032-02-29T20:00'],
    );
  });
});

describe('occurrenceContaining', () => {
  const rec = parseRecurrence(tuesdays);
  const start = Date.parse('2026-11-04T01:00:00Z');

  it('includes the start', () => {
    expect(occurrenceContaining(rec, new Date(start))?.localStart).toBe('2026-11-03T20:00');
  });

  it('includes the last millisecond before the end', () => {
    expect(occurrenceContaining(rec, new Date(start + 45 * 60_000 - 1))?.start.getTime()).toBe(
      start,
    );
  });

  it('excludes the end', () => {
    expect(occurrenceContaining(rec, new Date(start + 45 * 60_000))).toBeNull();
  });

  it('excludes the moment before the start', () => {
    expect(occurrenceContaining(rec, new Date(start - 1))).toBeNull();
  });
});

describe('describeRecurrence', () => {
  it('reads like a sentence', () => {
    expect(describeRecurrence(parseRecurrence(tuesdays))).toBe(
      'every Tuesday at 20:00 America/New_York',
    );
  });

  it('mentions COUNT and UNTIL', () => {
    expect(
      describeRecurrence(parseRecurrence({ ...tuesdays, rrule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=3' })),
    ).toBe('every month on the 2nd Tuesday at 20:00 America/New_York, 3 times');
    expect(
      describeRecurrence(parseRecurrence({ ...tuesdays, rrule: 'FREQ=DAILY;UNTIL=20261231' })),
    ).toBe('every day at 20:00 America/New_York, until 2026-12-31 23:59');
  });
});
