import fc from 'fast-check';
import { distanceKm } from '@libs/people';
import {
  type CohortOptions,
  type CohortSeeker,
  type CohortStage,
  type SuggestedCohort,
  naiveSuggestCohorts,
  primaryField,
  stagesCompatible,
  suggestCohorts,
  pairwiseQuality,
} from './cohort-suggestion.js';

const STAGES: CohortStage[] = [
  'student',
  'exploring',
  'early_career',
  'mid_career',
  'senior',
  'career_change',
  'returning',
];
const BANDS: CohortStage[][] = [
  ['student', 'exploring', 'early_career'],
  ['mid_career'],
  ['senior'],
  ['career_change', 'returning'],
];
const FIELDS = ['data', 'design', 'product', 'engineering', 'marketing', 'sales', 'finance', 'ux'];
/** Real cities, all more than 300 km apart, so planted groups cannot legitimately merge. */
const CITIES: [string, number, number][] = [
  ['Austin', 30.267, -97.743],
  ['Seattle', 47.606, -122.332],
  ['Chicago', 41.878, -87.63],
  ['Boston', 42.36, -71.059],
  ['Denver', 39.739, -104.99],
  ['Atlanta', 33.749, -84.388],
  ['Miami', 25.762, -80.192],
  ['Toronto', 43.653, -79.383],
  ['London', 51.507, -0.128],
  ['Berlin', 52.52, 13.405],
  ['Madrid', 40.417, -3.704],
  ['Paris', 48.857, 2.352],
  ['Lagos', 6.524, 3.379],
  ['Nairobi', -1.292, 36.822],
  ['Mumbai', 19.076, 72.878],
  ['Singapore', 1.352, 103.82],
  ['Tokyo', 35.676, 139.65],
  ['Sydney', -33.869, 151.209],
  ['São Paulo', -23.551, -46.633],
  ['Mexico City', 19.433, -99.133],
];

/** mulberry32: a tiny seeded PRNG so planted worlds are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

/** About `km` of jitter around a city, in both directions. */
function jitter(rnd: () => number, [name, lat, lng]: [string, number, number], km: number) {
  const dLat = ((rnd() * 2 - 1) * km) / 111;
  const dLng = ((rnd() * 2 - 1) * km) / (111 * Math.cos((lat * Math.PI) / 180));
  return { name, lat: lat + dLat, lng: lng + dLng };
}

function plantedWorld(seed: number): { seekers: CohortSeeker[]; truth: Map<string, number> } {
  const rnd = prng(seed);
  const seekers: CohortSeeker[] = [];
  const truth = new Map<string, number>();
  const cities = [...CITIES].sort(() => rnd() - 0.5);
  for (let g = 0; g < 12; g++) {
    const band = pick(rnd, BANDS);
    const field = pick(rnd, FIELDS);
    const city = cities[g];
    const size = 4 + Math.floor(rnd() * 4);
    for (let i = 0; i < size; i++) {
      const id = `p${g}-${i}`;
      const extra = rnd() < 0.4 ? [pick(rnd, FIELDS)].filter((f) => f !== field) : [];
      seekers.push({
        id,
        stage: pick(rnd, band),
        fields: [field, ...extra],
        place: jitter(rnd, city, 10),
      });
      truth.set(id, g);
    }
  }
  for (let i = 0; i < 30; i++) {
    const nFields = Math.floor(rnd() * 3);
    seekers.push({
      id: `n${i}`,
      stage: pick(rnd, STAGES),
      fields: Array.from({ length: nFields }, () => pick(rnd, FIELDS)),
      place: rnd() < 0.2 ? null : jitter(rnd, pick(rnd, CITIES), 60),
    });
  }
  return { seekers: seekers.sort(() => rnd() - 0.5), truth };
}

const seekerArb = (i: number) =>
  fc.record({
    id: fc.constant(`s${i}`),
    stage: fc.constantFrom(...STAGES),
    fields: fc.oneof(
      fc.constant<string[]>([]),
      fc.array(fc.constantFrom('data', 'Data ', 'design', 'ux'), { minLength: 1, maxLength: 3 }),
    ),
    place: fc.option(
      fc
        .tuple(
          fc.constantFrom(...CITIES.slice(0, 4)),
          fc.double({ min: -2, max: 2, noNaN: true }),
          fc.double({ min: -2, max: 2, noNaN: true }),
        )
        .map(([[name, lat, lng], dLat, dLng]) => ({ name, lat: lat + dLat, lng: lng + dLng })),
      { freq: 4 },
    ),
  });
const seekersArb = fc
  .integer({ min: 0, max: 90 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => seekerArb(i))));
const optsArb: fc.Arbitrary<CohortOptions> = fc
  .record({
    minSize: fc.integer({ min: 2, max: 4 }),
    extra: fc.integer({ min: 0, max: 6 }),
    radiusKm: fc.double({ min: 20, max: 300, noNaN: true }),
  })
  .map(({ minSize, extra, radiusKm }) => ({ minSize, maxSize: minSize + extra, radiusKm }));

/** Problems found, as text, so one assertion reports them all and a large run stays fast. */
function violations(
  seekers: CohortSeeker[],
  cohorts: SuggestedCohort[],
  o: Required<CohortOptions>,
): string[] {
  const byId = new Map(seekers.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const c of cohorts) {
    const n = c.memberIds.length;
    if (n < o.minSize || n > o.maxSize) problems.push(`${c.suggestedName}: size ${n}`);
    const members = c.memberIds.map((id) => byId.get(id)!);
    for (const id of c.memberIds) {
      if (seen.has(id)) problems.push(`${id} is in two cohorts`);
      seen.add(id);
    }
    for (const m of members) {
      if (primaryField(m.fields) !== c.field) problems.push(`${m.id}: field ${c.field}`);
      if (!stagesCompatible(m.stage, members[0].stage)) problems.push(`${m.id}: stage ${m.stage}`);
      if ((m.place === null) !== (members[0].place === null)) problems.push(`${m.id}: remote mix`);
    }
    for (const a of members)
      for (const b of members)
        if (a.place && b.place && distanceKm(a.place, b.place) > 2 * o.radiusKm + 1e-6)
          problems.push(`${a.id} and ${b.id} are too far apart`);
    if (!/^[\p{L}\p{N}]+$/u.test(c.suggestedHashtag)) problems.push(c.suggestedHashtag);
    if (!(c.score >= 0 && c.score <= 1)) problems.push(`${c.suggestedName}: score ${c.score}`);
  }
  return problems;
}

const full = (o: CohortOptions): Required<CohortOptions> => ({
  minSize: o.minSize ?? 3,
  maxSize: o.maxSize ?? 8,
  radiusKm: o.radiusKm ?? 150,
});

describe('suggestCohorts', () => {
  it('recovers planted groups with high pairwise precision and recall', () => {
    const results = [1, 2, 3, 4, 5].map((seed) => {
      const { seekers, truth } = plantedWorld(seed);
      return pairwiseQuality(suggestCohorts(seekers), truth);
    });
    const precision = results.reduce((s, r) => s + r.precision, 0) / results.length;
    const recall = results.reduce((s, r) => s + r.recall, 0) / results.length;
    process.stdout.write(
      `cohort suggestion on planted groups: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
        `(per world: ${results.map((r) => `${r.precision.toFixed(2)}/${r.recall.toFixed(2)}`).join(' ')})\n`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    for (const r of results) expect(r.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('does about as well as the all-pairs baseline on the same worlds', () => {
    for (const seed of [1, 2, 3]) {
      const { seekers, truth } = plantedWorld(seed);
      const fast = pairwiseQuality(suggestCohorts(seekers), truth);
      const naive = pairwiseQuality(naiveSuggestCohorts(seekers), truth);
      expect(fast.recall).toBeGreaterThanOrEqual(naive.recall - 0.1);
      expect(fast.precision).toBeGreaterThanOrEqual(naive.precision - 0.1);
    }
  });

  it('names a cohort by field, stage and place and explains why', () => {
    const austin: [string, number, number] = ['Austin', 30.267, -97.743];
    const rnd = prng(7);
    const seekers: CohortSeeker[] = Array.from({ length: 5 }, (_, i) => ({
      id: `a${i}`,
      stage: 'early_career',
      fields: ['Data'],
      place: jitter(rnd, austin, 15),
    }));
    const [c, ...others] = suggestCohorts(seekers);
    expect(others).toEqual([]);
    expect(c.memberIds).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(c).toMatchObject({
      stage: 'early_career',
      field: 'data',
      place: 'Austin',
      suggestedName: 'Data · early career · Austin',
      suggestedHashtag: 'AustinDataCohort',
    });
    expect(c.reasons).toEqual(['All 5 are early career', 'Field: data', 'Within 20 km of Austin']);
    expect(c.score).toBeGreaterThan(0.8);
  });

  it('groups remote seekers by field and stage, and leaves out anyone who fits nowhere', () => {
    const remote = (id: string, stage: CohortStage, field: string): CohortSeeker => ({
      id,
      stage,
      fields: [field],
      place: null,
    });
    const cohorts = suggestCohorts([
      remote('r1', 'senior', 'design'),
      remote('r2', 'senior', 'design'),
      remote('r3', 'senior', 'design'),
      remote('r4', 'senior', 'data'),
      remote('r5', 'mid_career', 'design'),
    ]);
    expect(cohorts).toHaveLength(1);
    expect(cohorts[0]).toMatchObject({
      memberIds: ['r1', 'r2', 'r3'],
      place: null,
      suggestedName: 'Design · senior · remote',
      suggestedHashtag: 'RemoteDesignCohort',
    });
  });

  it('keeps compatible stages of one band together when they fit in one cohort', () => {
    const tokyo: [string, number, number] = ['Tokyo', 35.676, 139.65];
    const rnd = prng(3);
    const stages: CohortStage[] = ['student', 'student', 'exploring', 'exploring', 'early_career'];
    const cohorts = suggestCohorts(
      stages.map((stage, i) => ({
        id: `t${i}`,
        stage,
        fields: ['ux'],
        place: jitter(rnd, tokyo, 5),
      })),
    );
    expect(cohorts).toHaveLength(1);
    expect(cohorts[0].stage).toBe('student/exploring/early_career');
    expect(cohorts[0].reasons[0]).toBe(
      'All 5 are starting out: 2 student, 2 exploring, 1 early career',
    );
  });

  it('splits a crowded city by stage before neighbourhood', () => {
    const london: [string, number, number] = ['London', 51.507, -0.128];
    const rnd = prng(11);
    const seekers: CohortSeeker[] = [];
    for (let i = 0; i < 6; i++)
      seekers.push({
        id: `s${i}`,
        stage: 'student',
        fields: ['data'],
        place: jitter(rnd, london, 8),
      });
    for (let i = 0; i < 6; i++)
      seekers.push({
        id: `e${i}`,
        stage: 'early_career',
        fields: ['data'],
        place: jitter(rnd, london, 8),
      });
    const cohorts = suggestCohorts(seekers);
    expect(cohorts.map((c) => c.stage).sort()).toEqual(['early_career', 'student']);
  });

  it('rejects options that cannot describe a cohort', () => {
    expect(() => suggestCohorts([], { minSize: 5, maxSize: 4 })).toThrow(RangeError);
    expect(() => suggestCohorts([], { radiusKm: 0 })).toThrow(RangeError);
  });

  it('handles 10,000 seekers, even all in one city and field, in well under a few seconds', () => {
    const rnd = prng(99);
    const spread: CohortSeeker[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `w${i}`,
      stage: pick(rnd, STAGES),
      fields: [pick(rnd, FIELDS)],
      place: rnd() < 0.1 ? null : jitter(rnd, pick(rnd, CITIES), 40),
    }));
    const crowd: CohortSeeker[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${i}`,
      stage: 'senior',
      fields: ['data'],
      place: jitter(rnd, CITIES[0], 30),
    }));
    for (const seekers of [spread, crowd]) {
      const t0 = performance.now();
      const cohorts = suggestCohorts(seekers);
      // Generous for a loaded CI machine; a quadratic slip would take tens of seconds.
      expect(performance.now() - t0).toBeLessThan(3000);
      expect(violations(seekers, cohorts, full({}))).toEqual([]);
    }
  });

  describe('properties', () => {
    it('keeps every invariant: one cohort per seeker, sizes, shared field, stage band, distance', () => {
      fc.assert(
        fc.property(seekersArb, optsArb, (seekers, opts) => {
          expect(violations(seekers, suggestCohorts(seekers, opts), full(opts))).toEqual([]);
        }),
        { numRuns: 200 },
      );
    });

    it('does not depend on input order', () => {
      fc.assert(
        fc.property(
          seekersArb.chain((s) =>
            fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length })),
          ),
          optsArb,
          ([seekers, shuffled], opts) => {
            expect(suggestCohorts(shuffled, opts)).toEqual(suggestCohorts(seekers, opts));
          },
        ),
        { numRuns: 200 },
      );
    });

    it('holds the same invariants for the all-pairs baseline', () => {
      fc.assert(
        fc.property(seekersArb, optsArb, (seekers, opts) => {
          expect(violations(seekers, naiveSuggestCohorts(seekers, opts), full(opts))).toEqual([]);
        }),
        { numRuns: 100 },
      );
    });
  });
});
