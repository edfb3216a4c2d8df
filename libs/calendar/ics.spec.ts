import { CalendarInputError } from './errors.js';
import { type IcsEvent, eventsIcs } from './ics.js';
import { firstOccurrence, parseRecurrence } from './recurrence.js';

const weekly = parseRecurrence({
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  timeZone: 'America/New_York',
  startLocal: '2026-10-06T20:00',
  durationMinutes: 45,
});
const first = firstOccurrence(weekly)!;

const chat: IcsEvent = {
  uid: 'chat-1@perch',
  title: 'Weekly career chat',
  start: first.start,
  end: first.end,
  recurrence: weekly,
  alarmMinutesBefore: 15,
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

/** Lines after undoing RFC 5545 folding. */
function unfolded(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** The lines of the first component named `name`, inclusive. */
function component(lines: string[], name: string): string[] {
  const start = lines.indexOf(`BEGIN:${name}`);
  return lines.slice(start, lines.indexOf(`END:${name}`, start) + 1);
}

describe('eventsIcs', () => {
  it('writes a published calendar with Perch as the producer', () => {
    const lines = unfolded(eventsIcs('Perch chats', [chat]));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toEqual(
      expect.arrayContaining(['VERSION:2.0', 'PRODID:-//Perch//Perch//EN', 'METHOD:PUBLISH']),
    );
  });

  it('writes a recurring event in its zone with the rule', () => {
    const vevent = component(unfolded(eventsIcs('Perch chats', [chat])), 'VEVENT');
    expect(vevent).toEqual(
      expect.arrayContaining([
        'UID:chat-1@perch',
        'SUMMARY:Weekly career chat',
        'DTSTART;TZID=America/New_York:20261006T200000',
        'DTEND;TZID=America/New_York:20261006T204500',
        'RRULE:FREQ=WEEKLY;BYDAY=TU',
      ]),
    );
  });

  it('writes UNTIL in UTC, as RFC 5545 requires with a zoned DTSTART', () => {
    const rec = parseRecurrence({
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231',
      timeZone: 'America/New_York',
      startLocal: '2026-10-06T20:00',
      durationMinutes: 45,
    });
    expect(unfolded(eventsIcs('Perch', [{ ...chat, recurrence: rec }]))).toContain(
      'RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270101T045959Z',
    );
  });

  it('defines New York with both its standard and daylight time', () => {
    const vtimezone = component(unfolded(eventsIcs('Perch chats', [chat])), 'VTIMEZONE');
    expect(vtimezone[1]).toBe('TZID:America/New_York');
    const text = vtimezone.join('\n');
    expect(text).toContain(
      'BEGIN:STANDARD\nDTSTART:20261101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD',
    );
    expect(text).toContain(
      'BEGIN:DAYLIGHT\nDTSTART:20270314T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT',
    );
  });

  it('marks southern-hemisphere summer time as daylight time', () => {
    const rec = parseRecurrence({
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      timeZone: 'Australia/Adelaide',
      startLocal: '2026-09-07T18:30',
      durationMinutes: 30,
    });
    const occurrence = firstOccurrence(rec)!;
    const lines = unfolded(
      eventsIcs('Perch', [
        { ...chat, start: occurrence.start, end: occurrence.end, recurrence: rec },
      ]),
    );
    const text = component(lines, 'VTIMEZONE').join('\n');
    expect(text).toContain(
      'BEGIN:DAYLIGHT\nDTSTART:20261004T020000\nTZOFFSETFROM:+0930\nTZOFFSETTO:+1030',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\nDTSTART:20270404T030000\nTZOFFSETFROM:+1030\nTZOFFSETTO:+0930',
    );
    expect(lines).toContain('DTSTART;TZID=Australia/Adelaide:20260907T183000');
  });

  it('adds a display alarm before the start', () => {
    const valarm = component(unfolded(eventsIcs('Perch', [chat])), 'VALARM');
    expect(valarm).toEqual(expect.arrayContaining(['ACTION:DISPLAY', 'TRIGGER:-PT15M']));
  });

  it('writes a single event without a zone in UTC and no VTIMEZONE', () => {
    const lines = unfolded(
      eventsIcs('Perch', [
        {
          uid: 'one@perch',
          title: 'Intro call',
          start: new Date('2026-10-06T15:00:00Z'),
          end: new Date('2026-10-06T15:30:00Z'),
        },
      ]),
    );
    expect(lines).toEqual(
      expect.arrayContaining(['DTSTART:20261006T150000Z', 'DTEND:20261006T153000Z']),
    );
    expect(lines).not.toContain('BEGIN:VTIMEZONE');
    expect(lines).not.toContain('BEGIN:VALARM');
    expect(lines.some((l) => l.startsWith('RRULE'))).toBe(false);
  });

  it('writes a single event with a zone in that zone', () => {
    const lines = unfolded(
      eventsIcs('Perch', [
        {
          uid: 'one@perch',
          title: 'Intro call',
          start: new Date('2026-10-06T15:00:00Z'),
          end: new Date('2026-10-06T15:30:00Z'),
          timeZone: 'Asia/Kolkata',
        },
      ]),
    );
    expect(lines).toContain('DTSTART;TZID=Asia/Kolkata:20261006T203000');
    const vtimezone = component(lines, 'VTIMEZONE');
    expect(vtimezone).toContain('TZOFFSETTO:+0530');
    expect(vtimezone).not.toContain('BEGIN:DAYLIGHT');
  });

  it('escapes commas, semicolons and newlines in text', () => {
    const lines = unfolded(
      eventsIcs('Perch, chats;\nX-INJECTED:1', [
        {
          ...chat,
          title: 'Mock interview, round 2; bring notes',
          description: 'Agenda:\n1. intro, goals',
          location: 'Café Lumen; 2nd floor',
          url: 'https://meet.example.com/a?b=1,2',
        },
      ]),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'SUMMARY:Mock interview\\, round 2\\; bring notes',
        'DESCRIPTION:Agenda:\\n1. intro\\, goals',
        'LOCATION:Café Lumen\\; 2nd floor',
        'NAME:Perch\\, chats\\;\\nX-INJECTED:1',
        'URL;VALUE=URI:https://meet.example.com/a?b=1%2C2',
      ]),
    );
    expect(lines.some((l) => l.startsWith('X-INJECTED'))).toBe(false);
  });

  it('folds every line to at most 75 octets, counting multi-byte characters', () => {
    const ics = eventsIcs('Perch', [
      { ...chat, title: 'Entrevista informativa ✨ '.repeat(12), description: 'ä€😀 '.repeat(60) },
    ]);
    const lines = ics.split('\r\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(unfolded(ics)).toContain(`DESCRIPTION:${'ä€😀 '.repeat(60)}`);
  });

  it('rejects a recurring event that does not start at its first occurrence', () => {
    const e = thrown(() =>
      eventsIcs('Perch', [
        {
          ...chat,
          start: new Date(first.start.getTime() + 3_600_000),
          end: new Date(first.end.getTime() + 3_600_000),
        },
      ]),
    );
    expect(e).toMatchObject({ code: 'INVALID_RANGE', field: 'start' });
    expect(e.message).toContain('2026-10-07T00:00:00.000Z');
  });

  it('rejects an end that is not after the start', () => {
    expect(thrown(() => eventsIcs('Perch', [{ ...chat, end: chat.start }]))).toMatchObject({
      code: 'INVALID_RANGE',
      field: 'end',
    });
  });

  it('rejects a zone that disagrees with the recurrence', () => {
    expect(
      thrown(() => eventsIcs('Perch', [{ ...chat, timeZone: 'Europe/London' }])),
    ).toMatchObject({ code: 'INVALID_TIME_ZONE', field: 'timeZone' });
  });

  it('rejects a negative alarm', () => {
    expect(thrown(() => eventsIcs('Perch', [{ ...chat, alarmMinutesBefore: -5 }]))).toMatchObject({
      code: 'INVALID_RANGE',
      field: 'alarmMinutesBefore',
    });
  });
});
