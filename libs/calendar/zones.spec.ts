import { CalendarInputError } from './errors.js';
import { assertTimeZone, isValidTimeZone, utcToZoned, zonedToUtc } from './zones.js';

function thrown(work: () => unknown): CalendarInputError {
  try {
    work();
  } catch (e) {
    if (e instanceof CalendarInputError) return e;
    throw e;
  }
  throw new Error('expected a CalendarInputError');
}

describe('isValidTimeZone', () => {
  it.each(['America/New_York', 'UTC', 'Asia/Kolkata', 'Australia/Adelaide', 'Etc/GMT+5'])(
    'accepts %s',
    (tz) => expect(isValidTimeZone(tz)).toBe(true),
  );

  it.each(['+02:00', 'EST', 'CET', 'GMT+2', 'Europe/Londn', '', 'America/New York'])(
    'rejects %j',
    (tz) => expect(isValidTimeZone(tz)).toBe(false),
  );
});

describe('assertTimeZone', () => {
  it('returns the canonical capitalisation', () => {
    expect(assertTimeZone('america/new_york')).toBe('America/New_York');
  });

  it('keeps current names that ICU reports under old ones', () => {
    expect(assertTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(assertTimeZone('Europe/Kyiv')).toBe('Europe/Kyiv');
  });

  it('says what to write instead, on the given field', () => {
    const e = thrown(() => assertTimeZone('Europe/Londn', 'zone'));
    expect(e).toMatchObject({ code: 'INVALID_TIME_ZONE', field: 'zone' });
    expect(e.message).toBe(
      '"Europe/Londn" is not an IANA time zone; use a name like "America/New_York".',
    );
  });
});

describe('zonedToUtc', () => {
  it('converts an ordinary wall time', () => {
    expect(zonedToUtc('2026-10-06T20:00', 'America/New_York').toISOString()).toBe(
      '2026-10-07T00:00:00.000Z',
    );
    expect(zonedToUtc('2026-10-06T20:00:30', 'Asia/Kolkata').toISOString()).toBe(
      '2026-10-06T14:30:30.000Z',
    );
  });

  it('moves a wall time in the spring-forward gap forward by the gap', () => {
    const instant = zonedToUtc('2027-03-14T02:30', 'America/New_York');
    expect(instant.toISOString()).toBe('2027-03-14T07:30:00.000Z');
    expect(utcToZoned(instant, 'America/New_York')).toBe('2027-03-14T03:30');
  });

  it('moves by a half-hour gap on Lord Howe Island', () => {
    expect(
      utcToZoned(zonedToUtc('2026-10-04T02:10', 'Australia/Lord_Howe'), 'Australia/Lord_Howe'),
    ).toBe('2026-10-04T02:40');
  });

  it('takes the earlier instant of a wall time repeated by the fall-back', () => {
    expect(zonedToUtc('2026-11-01T01:30', 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(zonedToUtc('2026-10-25T01:30', 'Europe/London').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it.each([
    '2026-02-30T10:00',
    '2026-10-06 20:00',
    '2026-10-06T24:00',
    '2026-10-06T20:00Z',
    '2026-10-06',
    '2026-10-06T20:00:61',
  ])('rejects %j as INVALID_TIME', (local) => {
    const e = thrown(() => zonedToUtc(local, 'UTC'));
    expect(e.code).toBe('INVALID_TIME');
    expect(e.message).toContain('write it like "2026-10-06T20:00"');
  });

  it('rejects an offset instead of a zone', () => {
    expect(thrown(() => zonedToUtc('2026-10-06T20:00', '+02:00'))).toMatchObject({
      code: 'INVALID_TIME_ZONE',
      field: 'timeZone',
    });
  });
});

describe('utcToZoned', () => {
  it('reads the clock on both sides of a DST change', () => {
    expect(utcToZoned(new Date('2026-10-28T00:00:00Z'), 'America/New_York')).toBe(
      '2026-10-27T20:00',
    );
    expect(utcToZoned(new Date('2026-11-04T00:00:00Z'), 'America/New_York')).toBe(
      '2026-11-03T19:00',
    );
    expect(utcToZoned(new Date('2026-06-01T12:00:00Z'), 'Australia/Adelaide')).toBe(
      '2026-06-01T21:30',
    );
  });

  it('rejects an invalid Date', () => {
    expect(thrown(() => utcToZoned(new Date(NaN), 'UTC')).code).toBe('INVALID_TIME');
  });
});
