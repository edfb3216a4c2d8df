import fc from 'fast-check';
import { FIELDS, bioSignals, fieldOf, fieldScores } from './profile.js';

describe('fieldOf', () => {
  it.each([
    ['Senior Data Engineer @acme', 'data'],
    ['Principal data engineer. Mentor. DMs open for early-career folks.', 'data'],
    ['React, TypeScript and CSS all day', 'frontend'],
    ['Product Designer · Figma · accessibility', 'design'],
    ['Product Manager at Northwind', 'product'],
    ['Site Reliability Engineer. Kubernetes and Postgres.', 'backend'],
    ['AppSec engineer, threat modeling nerd', 'security'],
    ['Developer Advocate. Docs and demos.', 'devrel'],
    ['Account Executive | Salesforce', 'go-to-market'],
    ['Content marketer. SEO and copywriting.', 'marketing'],
    ['FP&A analyst, CPA', 'finance'],
    ['Registered nurse moving into health informatics', 'healthcare'],
    ['High school teacher. Curriculum and classroom tech.', 'education'],
    // Where a career switcher comes from weighs less than where they are going.
    ['Career switcher: teacher → data analyst. Austin, TX.', 'data'],
  ])('reads %j as %s', (text, field) => {
    expect(fieldOf(text)).toBe(field);
  });

  it('reads nothing into text without field words', () => {
    expect(fieldOf('Dog person. Coffee. Opinions my own.')).toBeNull();
    expect(fieldOf('')).toBeNull();
  });

  it('matches whole words only', () => {
    expect(fieldScores('Reactivated my sqlite-free account').size).toBe(0);
  });

  it('finds every title of every field as that field', () => {
    for (const [field, f] of Object.entries(FIELDS)) {
      for (const t of f.titles) expect([t, fieldScores(t).get(field)]).toEqual([t, 3]);
    }
  });

  it('ignores case and accents and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const a = fieldScores(s);
        expect(fieldScores(s.toUpperCase()).size).toBeGreaterThanOrEqual(0);
        expect([...a.values()].every((v) => v > 0)).toBe(true);
      }),
    );
    expect(fieldOf('DATA ENGINEER')).toBe('data');
    expect(fieldOf('Ingénieure data')).toBe('data');
  });
});

describe('bioSignals', () => {
  it.each([
    [
      'Principal data engineer. Mentor. DMs open for early-career folks.',
      'senior',
      'Principal data engineer',
    ],
    ['12 years in data. I answer questions from career switchers.', 'senior', '12 years in data'],
    [
      'Engineering manager, 14 yrs. Helping juniors get hired. #mentorship',
      'senior',
      'Engineering manager, 14 yrs',
    ],
    ['Ex-Acme VP. Now coaching new managers. Denver.', 'executive', 'Ex-Acme VP'],
    ['Head of Data at Ledgerly', 'executive', 'Head of Data at Ledgerly'],
    ['Staff Software Engineer', 'senior', 'Staff Software Engineer'],
    ['Data Engineer at Acme. Opinions my own.', 'mid', 'Data Engineer at Acme'],
    ['5 years in frontend', 'mid', '5 years in frontend'],
    ['Junior Data Engineer @acme', 'early', 'Junior Data Engineer @acme'],
    [
      'CS student @ Lakeshore University. Looking for data internships.',
      'student',
      'CS student @ Lakeshore University',
    ],
    ['Dog person. Coffee.', 'unknown', null],
  ])('reads the seniority of %j as %s', (bio, seniority, evidence) => {
    const s = bioSignals(bio);
    expect([s.seniority, s.seniorityEvidence]).toEqual([seniority, evidence]);
  });

  it.each([
    ['Bootcamp grad data analyst in Austin | SQL | open to work', 'bootcamp'],
    ['CS student @ Riverside College. Looking for data internships.', 'student'],
    ['Career switcher: teacher → data analyst. Austin, TX.', 'career_switcher'],
    ['New grad. Aspiring data scientist. Denver.', 'new_grad'],
    ['Self-taught. Aspiring frontend engineer. Berlin.', 'self_taught'],
    ['Returning to tech. Aspiring product manager.', 'returning'],
    ['Early-career. Aspiring data analyst. Austin.', 'junior'],
    ['Data Engineer in training · Denver · #opentowork', 'junior'],
    ['Junior Data Engineer @acme', 'junior'],
  ])('reads the stage of %j as %s', (bio, stage) => {
    expect(bioSignals(bio).stage).toBe(stage);
  });

  it('gives senior people no stage, even when their bio speaks of early-career folks', () => {
    const s = bioSignals('12 years in data. I answer questions from career switchers.');
    expect(s.stage).toBeNull();
    expect(s.years).toBe(12);
    expect(s.fields).toEqual(['data']);
  });

  it('sees offers of help and open-to-work', () => {
    expect(bioSignals('Staff engineer. DMs open.').mentors).toBe(true);
    expect(bioSignals('Happy to help new designers').mentors).toBe(true);
    expect(bioSignals('I answer questions about security careers').mentors).toBe(true);
    expect(bioSignals('Staff engineer. Cat person.').mentors).toBe(false);
    expect(bioSignals('Data analyst | open to work').openToWork).toBe(true);
    expect(bioSignals('Looking for a frontend role in Denver').openToWork).toBe(true);
    expect(bioSignals('#OpenToWork').openToWork).toBe(true);
    expect(bioSignals('Data analyst at Acme').openToWork).toBe(false);
  });

  it('never throws and always answers within its vocabulary', () => {
    const seniorities = ['executive', 'senior', 'mid', 'early', 'student', 'unknown'];
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const b = bioSignals(s);
        expect(seniorities).toContain(b.seniority);
        expect(b.fields.every((f) => f in FIELDS)).toBe(true);
        if (b.stage) expect(['early', 'student']).toContain(b.seniority);
      }),
    );
  });
});
