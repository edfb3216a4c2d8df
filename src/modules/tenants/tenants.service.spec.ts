import { licenseEnded, licenseProblems, SLUG_PATTERN, utcToday } from './tenants.service.js';

const terms = { plan: 'pro', seatLimit: 10, termStart: '2026-01-01', termEnd: '2026-12-31' };

describe('licenseProblems', () => {
  it('accepts sound terms', () => {
    expect(licenseProblems(terms)).toEqual([]);
  });

  it('refuses a term that ends on or before its start', () => {
    expect(licenseProblems({ ...terms, termEnd: '2026-01-01' })).toEqual([
      { field: ['termEnd'], message: 'The term must end after it starts.' },
    ]);
  });

  it('refuses days that do not exist and other formats', () => {
    for (const day of ['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', '2026-01-01T00:00']) {
      expect(licenseProblems({ ...terms, termStart: day }).map((p) => p.field)).toEqual([
        ['termStart'],
      ]);
    }
  });

  it('refuses a negative or fractional seat limit and reports every problem at once', () => {
    const problems = licenseProblems({ ...terms, plan: ' ', seatLimit: -1 });
    expect(problems.map((p) => p.field)).toEqual([['plan'], ['seatLimit']]);
    expect(licenseProblems({ ...terms, seatLimit: 1.5 }).map((p) => p.field)).toEqual([
      ['seatLimit'],
    ]);
  });
});

describe('licenseEnded', () => {
  it('counts the last day as part of the term', () => {
    expect(licenseEnded({ termEnd: '2026-12-31' }, '2026-12-31')).toBe(false);
    expect(licenseEnded({ termEnd: '2026-12-31' }, '2027-01-01')).toBe(true);
  });

  it('judges the day in UTC', () => {
    expect(utcToday(new Date('2026-12-31T23:30:00-05:00'))).toBe('2027-01-01');
  });
});

describe('SLUG_PATTERN', () => {
  it('matches the database check', () => {
    expect(SLUG_PATTERN.test('acme-coaching')).toBe(true);
    for (const bad of ['a', '-acme', 'Acme', 'acme_co', 'a'.repeat(64)]) {
      expect(SLUG_PATTERN.test(bad)).toBe(false);
    }
  });
});
