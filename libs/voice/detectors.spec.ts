import { findHostility, findPersonalData, findProfanity } from './index.js';

const words = (text: string) => findProfanity(text).map((m) => m.masked);
const kinds = (text: string) => findPersonalData(text).map((m) => m.kind);

describe('findProfanity', () => {
  it.each([
    ['This damn commute is going to kill me.', 'd*mn'],
    ['What the hell is wrong with the bus system', 'h*ll'],
    ['Everything is a shitshow at work right now.', 'sh*tshow'],
    ['Crap coffee, crap meetings.', 'Cr*p'],
    ['that was f*cking brilliant', 'f*cking'],
    ['this is sh1t', 'sh*t'],
    ['what a load of $hit', '$h*t'],
    ['f**k this bug', 'f**k'],
    ['total bull-shit', 'b*ll-shit'],
    ['stop being an a$$', 'a*$'],
    ['#FML another rejection', 'F*L'],
  ])('finds the word in %j', (text, masked) => {
    expect(words(text)).toContain(masked);
  });

  it.each([
    'Moving to Scunthorpe next month for a new role',
    'Happy to assess your portfolio, and to pass on the class notes',
    'Hello shell scripting fans, the cocktail party is at Hancock Park',
    'Take-home assignment done. 3 hours on a "2-hour" exercise.',
    'Day 10 of #100DaysOfCode, passed my Security+ exam',
    'Thanks @shitake_fan for the tips',
    'Read it here: https://example.com/damn-good-coffee',
  ])('leaves %j alone', (text) => {
    expect(findProfanity(text)).toEqual([]);
  });

  it('rates the strongest words highest', () => {
    expect(findProfanity('fuck').map((m) => m.severity)).toEqual(['high']);
    expect(findProfanity('shit').map((m) => m.severity)).toEqual(['medium']);
    expect(findProfanity('damn').map((m) => m.severity)).toEqual(['low']);
  });
});

describe('findHostility', () => {
  it.each([
    'My boss is an idiot',
    'I hate my job',
    'I hate my company so much',
    'Worst company I have ever worked for',
    'My coworkers are useless',
    'Glad to be out of @oldco. Toxic management, zero respect for engineers.',
    'Three years at @oldco and they could not even say thank you on my last day.',
    'Never work for @oldco. They promise growth and deliver overtime.',
    '@oldco management is a joke. Do not believe their careers page.',
  ])('finds hostility in %j', (text) => {
    expect(findHostility(text)).not.toEqual([]);
  });

  it.each([
    'Worst. Week. Ever.',
    'I hate Mondays',
    'My manager is not an idiot, she is the best mentor I have had',
    "I don't hate my job, I just want to grow",
    'I hate my job search spreadsheet',
    'Got my first interview at @acme! Nervous but excited.',
    'Coffee chat with a designer at @acme today. So generous with their time.',
    'Rejected after the final round again. Taking the weekend off.',
  ])('leaves %j alone', (text) => {
    expect(findHostility(text)).toEqual([]);
  });

  it('quotes the words that carry it', () => {
    expect(findHostility('Honestly my boss is an idiot.')[0]).toEqual({
      snippet: 'boss is an idiot',
      severity: 'high',
    });
  });
});

describe('findPersonalData', () => {
  it.each([
    ['text me at (512) 555-0123 if interested', 'phone', '(512) …'],
    ['call 512-555-0123', 'phone', '512 …'],
    ['my cell: +1 512 555 0123', 'phone', '+1 512 …'],
    ['WhatsApp +44 7911 123456', 'phone', '+44 79 …'],
    ['ring me on 07911 123456', 'phone', '079 …'],
    ['Call me at 5125550123', 'phone', '512 …'],
    ['Drop by 123 Main St for the garage sale', 'address', '… M… St'],
    ['We moved to 42 West 23rd Street last week', 'address', '… W… Street'],
    ['Neue Wohnung: Hauptstraße 5 in Berlin', 'address', 'Hauptstraße …'],
    ['Email me at jane.doe@gmail.com', 'email', 'j…@gmail.com'],
    ['reach me at jane@janedoe.dev', 'email', 'j…@….dev'],
    ['born 1998-04-02 and still coding', 'birth_date', 'born ••••-••-••'],
    ['DOB: April 2, 1998', 'birth_date', 'DOB: ••••• •, ••••'],
    ['My SSN is 123-45-6789 lol', 'government_id', '•••-••-••••'],
    ['passport number X1234567 expired', 'government_id', 'passport number •••••••• '.trim()],
  ])('finds it in %j', (text, kind, masked) => {
    const found = findPersonalData(text);
    expect(found.map((m) => m.kind)).toEqual([kind]);
    expect(found[0].masked).toBe(masked);
    // The masked form never repeats the full value.
    expect(found[0].masked).not.toMatch(/\d{3}\D?\d{4}/);
  });

  it.each([
    'Applied to 12 jobs this week. 6 rejections, one phone screen.',
    'Salary range is $120,000-$140,000 for this role',
    'Worked there 2019-2023, shipped 4 products',
    'Sprint ends 2026-04-02, demo on 04/09/2026',
    'Server at 192.168.1.10 is down',
    'Top 5 Tips For Better Resumes',
    'Write to jobs@acme.com or careers@acme.com',
    'Released v1.2.3 today, 10,000 downloads',
    'Happy birthday to me! Another year of shipping',
    'Born and raised in Chicago',
    'Order #123456789 shipped',
  ])('leaves %j alone', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
