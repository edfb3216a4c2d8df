import fc from 'fast-check';
import {
  matchAll,
  naiveMatchAll,
  scoreMatch,
  type MatchPosting,
  type MatchSeeker,
} from './matching.js';

const AUSTIN = { name: 'Austin', lat: 30.2672, lng: -97.7431 };
const ROUND_ROCK = { name: 'Round Rock', lat: 30.5083, lng: -97.6789 };

function seeker(over: Partial<MatchSeeker> = {}): MatchSeeker {
  return {
    id: 's1',
    targetRoles: ['Data Engineer'],
    skills: [],
    careerStage: 'mid_career',
    places: [AUSTIN],
    remote: 'open',
    ...over,
  };
}

function posting(over: Partial<MatchPosting> = {}): MatchPosting {
  return {
    title: 'Data Engineer',
    seniority: null,
    location: 'Austin, TX',
    workplace: 'hybrid',
    ...over,
  };
}

describe(scoreMatch.name, () => {
  it('explains a posting that fits on every count', () => {
    const m = scoreMatch(
      posting({ text: 'SQL, dbt and Airflow' }),
      seeker({ skills: ['SQL', 'dbt'] }),
    );
    expect(m.blockers).toEqual([]);
    expect(m.score).toBeGreaterThan(0.9);
    expect(m.reasons).toEqual([
      "Title matches the target role 'Data Engineer'",
      'Mid-level role; fits mid career',
      'Austin, TX (hybrid) — 0 km from the nearest preferred place',
      'Mentions profile skills: SQL, dbt',
    ]);
  });

  it('reads abbreviations and strips seniority from titles', () => {
    const s = seeker({
      targetRoles: ['Software Engineer', 'PM', 'ML Engineer'],
      careerStage: 'senior',
    });
    for (const title of [
      'Sr. SWE',
      'Senior Software Developer',
      'Staff Product Manager',
      'Lead Machine Learning Engineer',
    ]) {
      expect(scoreMatch(posting({ title }), s).reasons[0]).toMatch(
        /^Title matches the target role/,
      );
    }
    expect(
      scoreMatch(
        posting({ title: 'Frontend Developer' }),
        seeker({ targetRoles: ['front-end engineer'] }),
      ).reasons[0],
    ).toBe("Title matches the target role 'front-end engineer'");
  });

  it('ranks a related title above an unrelated one that shares only the role noun', () => {
    const s = seeker({ targetRoles: ['Backend Engineer'] });
    const related = scoreMatch(posting({ title: 'Software Engineer' }), s);
    const unrelated = scoreMatch(posting({ title: 'Security Engineer' }), s);
    expect(related.reasons[0]).toBe("Same field as the target role 'Backend Engineer' (backend)");
    expect(unrelated.reasons[0]).toBe('Not one of the target roles');
    expect(related.score).toBeGreaterThan(unrelated.score);
    expect(unrelated.score).toBeLessThan(0.5);
  });

  it('says when the level is wrong for the seeker, both ways', () => {
    const early = scoreMatch(
      posting({ title: 'Senior Data Engineer' }),
      seeker({ careerStage: 'early_career' }),
    );
    expect(early.reasons).toContain('Senior role; unusual for early career');
    const senior = scoreMatch(posting({ seniority: 'intern' }), seeker({ careerStage: 'senior' }));
    expect(senior.reasons).toContain('Internship; unusual for senior');
    const fit = scoreMatch(
      posting({ title: 'Senior Data Engineer' }),
      seeker({ careerStage: 'senior' }),
    );
    expect(fit.score).toBeGreaterThan(early.score);
  });

  it("measures distance to the nearest of the seeker's places", () => {
    const m = scoreMatch(
      posting(),
      seeker({ places: [{ name: 'Dallas', lat: 32.7767, lng: -96.797 }, ROUND_ROCK] }),
    );
    expect(m.reasons).toContain('Austin, TX (hybrid) — 28 km from the nearest preferred place');
    expect(m.blockers).toEqual([]);
  });

  it('blocks an on-site posting far from every place, and on-site work for remote-only seekers', () => {
    const far = scoreMatch(posting({ location: 'Berlin', workplace: 'on-site' }), seeker());
    expect(far.blockers).toEqual(['Berlin (on-site) — 8,657 km from the nearest preferred place']);
    const remoteOnly = scoreMatch(
      posting({ workplace: 'on-site' }),
      seeker({ remote: 'remote_only' }),
    );
    expect(remoteOnly.blockers).toEqual(['On-site; remote only wanted']);
  });

  it('calls a remote posting remote wherever it is', () => {
    const m = scoreMatch(
      posting({ location: 'anywhere', workplace: 'remote' }),
      seeker({ remote: 'remote_only', places: [] }),
    );
    expect(m.reasons).toContain('Remote');
    expect(m.blockers).toEqual([]);
    expect(m.score).toBeGreaterThan(0.9);
  });

  it('stays between 0 and 1 whatever it is given', () => {
    const stages = [
      'student',
      'exploring',
      'early_career',
      'mid_career',
      'senior',
      'career_change',
      'returning',
    ] as const;
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.string()),
        fc.option(fc.constantFrom('Austin', 'Berlin', 'Lagos', 'nowhere', '')),
        fc.option(fc.constantFrom('remote' as const, 'hybrid' as const, 'on-site' as const)),
        fc.array(fc.string(), { maxLength: 3 }),
        fc.constantFrom(...stages),
        (title, seniority, location, workplace, roles, careerStage) => {
          const m = scoreMatch(
            { title, seniority, location, workplace, text: title },
            seeker({ targetRoles: roles, careerStage, skills: roles }),
          );
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe(matchAll.name, () => {
  const titles = [
    'Data Engineer',
    'Senior Data Analyst',
    'Software Engineer',
    'Backend Developer',
    'Junior Frontend Engineer',
    'Product Manager',
    'Security Engineer',
    'Staff ML Engineer',
    'Engineer',
    'Technical Writer',
  ];
  const places = [AUSTIN, ROUND_ROCK, { name: 'Berlin', lat: 52.52, lng: 13.405 }];
  const postingArb = fc.record({
    title: fc.constantFrom(...titles),
    seniority: fc.constant(null),
    location: fc.option(fc.constantFrom('Austin, TX', 'Round Rock', 'Berlin', 'US')),
    workplace: fc.option(fc.constantFrom('remote' as const, 'hybrid' as const, 'on-site' as const)),
  });
  const seekerArb = fc.record({
    id: fc.uuid(),
    targetRoles: fc.array(fc.constantFrom(...titles, 'SWE', 'Data', 'Designer'), { maxLength: 2 }),
    skills: fc.array(fc.constantFrom('SQL', 'React', 'Go'), { maxLength: 2 }),
    careerStage: fc.constantFrom(
      'student' as const,
      'early_career' as const,
      'mid_career' as const,
      'senior' as const,
    ),
    places: fc.subarray(places),
    remote: fc.constantFrom('remote_only' as const, 'open' as const, 'on_site_ok' as const),
  });

  it('gives the same matches as scoring every pair', () => {
    fc.assert(
      fc.property(
        fc.array(postingArb, { maxLength: 30 }),
        fc.array(seekerArb, { maxLength: 5 }),
        fc.constantFrom(0, 0.3, 0.5),
        fc.integer({ min: 1, max: 8 }),
        (postings, seekers, minScore, perSeeker) => {
          const opts = { minScore, perSeeker };
          expect(matchAll(postings, seekers, opts)).toEqual(naiveMatchAll(postings, seekers, opts));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists the best related postings first and leaves blocked ones out', () => {
    const postings = [
      posting({ title: 'Security Engineer' }),
      posting({ title: 'Data Analyst' }),
      posting({ location: 'Berlin', workplace: 'on-site' }),
      posting(),
    ];
    const out = matchAll(postings, [seeker()], { minScore: 0 });
    expect(out.map((m) => m.postingIndex)).toEqual([3, 1]);
    expect(out[0]).toMatchObject({
      seekerId: 's1',
      reasons: expect.arrayContaining(["Title matches the target role 'Data Engineer'"]),
    });
  });

  it('keeps at most perSeeker matches above minScore for each seeker', () => {
    const postings = Array.from({ length: 12 }, () => posting());
    const out = matchAll(postings, [seeker(), seeker({ id: 's2', targetRoles: ['Nurse'] })], {
      perSeeker: 5,
      minScore: 0.5,
    });
    expect(out).toHaveLength(5);
    expect(out.every((m) => m.seekerId === 's1' && m.score >= 0.5)).toBe(true);
  });
});
