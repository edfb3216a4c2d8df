import fc from 'fast-check';
import {
  CAREERS_HIRING,
  CITIES,
  COMPANY_SEEDS,
  EMPLOYEE_HIRING,
  INDUSTRY_TAGS,
  RECRUITER_HIRING,
  ROLE_FAMILIES,
  SENIORITIES,
  TRACKING_PARAMS,
  WORK_MODES,
} from '../x-simulator/world-content.js';
import { hiringSignals } from './index.js';

const fill = (template: string, slots: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(slots[k]));

describe('hiringSignals', () => {
  it('reads a careers account post', () => {
    expect(
      hiringSignals(
        "We're hiring a Senior Data Engineer in Austin (hybrid) https://t.co/Ab3dE6gH9k #hiring",
      ),
    ).toEqual({
      hiring: true,
      roles: ['Senior Data Engineer'],
      teams: [],
      locations: ['Austin'],
      workplace: 'hybrid',
    });
  });

  it('reads every opening template of the demo world, however it is filled', () => {
    const templates = [...CAREERS_HIRING, ...EMPLOYEE_HIRING, ...RECRUITER_HIRING];
    const titles = ROLE_FAMILIES.flatMap((f) => f.titles);
    const cities = [...CITIES.map((c) => c.city), ...COMPANY_SEEDS.map((c) => c.city)];
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.constantFrom(...SENIORITIES.map(([s]) => s)),
        fc.constantFrom(...titles),
        fc.constantFrom(...COMPANY_SEEDS),
        fc.constantFrom(...WORK_MODES),
        fc.constantFrom(...cities),
        fc.constantFrom('US', 'North America', 'anywhere'),
        fc.constantFrom('', ...TRACKING_PARAMS),
        (template, seniority, family, company, mode, city, remoteArea, tracking) => {
          // The generator's rule: a remote opening names an area, any other a city.
          const location = mode === 'remote' ? remoteArea : city;
          const title = seniority + family;
          const text = fill(template, {
            title,
            company: company.name,
            handle: company.handle,
            location,
            mode,
            // Posts carry t.co links; an expanded one with tracking must not confuse anything.
            url: tracking
              ? `https://${company.handle}.example/careers/123${fill(tracking, { handle: company.handle, hex: 'a1b2c3' })}`
              : `https://t.co/${company.handle.slice(0, 10)}`,
            min: 120,
            max: 150,
            mission: company.mission,
            industryTag: INDUSTRY_TAGS[company.industry],
          });
          const s = hiringSignals(text);
          expect(s.hiring).toBe(true);
          expect(s.roles).toEqual([title]);
          if (template.includes('{location}')) {
            const place = location === 'anywhere' || location === 'Remote' ? 'remote' : location;
            expect(s.locations).toContain(place);
          }
          if (template.includes('{mode}')) {
            expect(s.workplace).toBe(mode === 'on-site' ? 'onsite' : mode);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('does not take a job seeker, a freeze or a layoff thread for an opening', () => {
    for (const text of [
      'Looking for a Data Engineer role in Denver or remote. Bootcamp grad, strong in SQL and Python. RTs appreciated! #opentowork',
      'Acme announces a hiring freeze through the end of the year #hiringfreeze',
      'Hiring managers: if you have open roles, reply here. Lots of great people hit by layoffs today. #layoffs',
      'Does anyone have a good template for a cold message to a hiring manager? #careeradvice',
      'Got my first interview for a Product Designer role at @acme! Nervous but excited.',
      'Hiring is the most important thing a founder does.',
    ]) {
      expect(hiringSignals(text).hiring).toBe(false);
    }
  });

  it('hears hiring in its usual phrasings', () => {
    for (const text of [
      'Now hiring: Staff Product Designer at Acme',
      'We are still hiring across engineering and product.',
      'Join our team! We have 3 open roles.',
      'Come work with me. Product Designer, remote.',
      'Acme is hiring',
      'Wir suchen Verstärkung im Data-Team in Berlin. Meldet euch gerne!',
      'Open role: Technical Writer',
      'Hiring manager here: I am looking for a Data Scientist in Boston.',
    ]) {
      expect(hiringSignals(text).hiring).toBe(true);
    }
  });

  it('finds roles written as titles or in plain words', () => {
    expect(
      hiringSignals('Why every fintech is suddenly hiring compliance engineers').roles,
    ).toEqual(['Compliance Engineer']);
    expect(
      hiringSignals(
        'We need a Head of Engineering and two Sr. Backend Engineers, plus a UX researcher',
      ).roles,
    ).toEqual(['Head of Engineering', 'Sr. Backend Engineer']);
    expect(hiringSignals('Hiring manager here: I am looking for a Data Scientist.').roles).toEqual([
      'Data Scientist',
    ]);
    // A capitalized role noun alone at a sentence start is not a title.
    expect(hiringSignals('Lead with that. Writer of the year.').roles).toEqual([]);
  });

  it('finds teams, places and the workplace', () => {
    const s = hiringSignals(
      'Join our team! Open roles on our infrastructure team and the data platform team in New York, NY. Hybrid.',
    );
    expect(s.teams).toEqual(['infrastructure', 'data platform']);
    expect(s.locations).toEqual(['New York, NY']);
    expect(s.workplace).toBe('hybrid');
    expect(hiringSignals('Wir suchen Verstärkung im Data-Team in Berlin.').teams).toEqual(['data']);
    // A company's name is not a team, nor is a city; Python is not a place.
    expect(
      hiringSignals('We grew the Acme team and a Denver team, strong in Python').teams,
    ).toEqual([]);
    expect(hiringSignals('Fluent in Python, based in São Paulo').locations).toEqual(['São Paulo']);
    expect(hiringSignals('Remote-first, work from anywhere').locations).toEqual(['remote']);
    expect(hiringSignals('Onsite in London three days a week').workplace).toBe('onsite');
  });

  it('never throws and returns well-formed signals', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
      fc
        .array(
          fc.constantFrom(
            'hiring ',
            'We are ',
            'Senior ',
            'Data ',
            'Engineer',
            'engineers ',
            ' in ',
            'Austin',
            'Remote',
            ' (hybrid)',
            ', remote',
            ' | ',
            'our ',
            'team ',
            '#hiring ',
            '\n',
            'looking for a ',
          ),
          { maxLength: 25 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const s = hiringSignals(text);
        expect(typeof s.hiring).toBe('boolean');
        expect([null, 'remote', 'hybrid', 'onsite']).toContain(s.workplace);
        for (const list of [s.roles, s.teams, s.locations]) {
          expect(new Set(list).size).toBe(list.length);
          for (const x of list) expect(x.trim()).toBe(x);
          for (const x of list) expect(x.length).toBeGreaterThan(0);
        }
        if (s.workplace === 'remote') expect(s.locations).toContain('remote');
      }),
    );
  });
});
