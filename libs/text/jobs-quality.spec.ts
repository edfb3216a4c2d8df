/**
 * Job-post extraction against the simulator's truth. A modest world (seed 7, 400 peers, 40
 * mentors): every original post (retweets left out, as ingestion does) is read with its expanded
 * URLs, and "is a job posting" is compared with the `opening:<id>` label; on the posts that are
 * both, each field is compared with the opening the label names.
 *
 * Each field gets its own precision and recall over the posts found: the truth is what the post
 * states (null where it states nothing), a right value is a true positive, a missing one a false
 * negative, a value where the post states none a false positive, and a wrong value both.
 * - title: exactly the opening's title ("Senior Data Engineer").
 * - location: the opening's place where the post names it (templates such as "come work with me"
 *   name none); "anywhere" and "Remote" are workplaces, so the expected location is null.
 * - workplace: `workMode` where the post names the work mode.
 * - applyUrl: the opening's canonical URL (posts carry t.co links to it with tracking
 *   parameters).
 * - company: the company's name where the post writes it (a handle is not a name).
 * - seniority: from the title's first word (Senior, Junior, Staff, Lead).
 * - salary: where the template states "$Nk to $Mk".
 * Employment type and the recruiter to contact are not in the world's labels; the hand-written
 * cases in jobs.spec.ts cover them.
 *
 * The generator's hiring templates are few and fixed, so a sound extractor should read nearly all
 * of them; thresholds sit a little under what it measures so that a new template or fill shows up
 * as a drop, not as noise. Styles the generator never writes are covered in jobs.spec.ts.
 */
import { generateWorld, type SimOpening, type SimTweet } from '@libs/x-simulator';
import { type JobPosting, extractJobPosting, regexOnlyJobPosting } from './jobs.js';
import { placeKey } from './places.js';
import { canonicalUrl } from './url.js';

type Extract = (text: string, opts: { urls: string[] }) => JobPosting | null;
type Field = 'title' | 'location' | 'workplace' | 'applyUrl' | 'company' | 'seniority' | 'salary';

interface FieldQuality {
  precision: number;
  recall: number;
  /** Posts that state the field. */
  stated: number;
}

interface Quality {
  precision: number;
  recall: number;
  fields: Record<Field, FieldQuality>;
  postsPerSecond: number;
}

// A fixed `now`, so the world (and the counts in docs/jobs-and-voice.md) are the same every day.
const world = generateWorld(7, {
  peers: 400,
  mentors: 40,
  now: Date.parse('2026-11-26T00:00:00Z'),
});
const openings = new Map<string, { opening: SimOpening; company: string }>();
for (const c of world.companies) {
  for (const o of c.openings) openings.set(o.id, { opening: o, company: c.name });
}
const posts = world.tweets.filter((t) => !t.referenced_tweets?.some((r) => r.type === 'retweeted'));
const urlsOf = (t: SimTweet) => (t.entities?.urls ?? []).map((u) => u.expanded_url ?? u.url);
const openingOf = (t: SimTweet) => {
  const label = t.labels.find((l) => l.startsWith('opening:'));
  return label ? (openings.get(label.slice('opening:'.length)) ?? null) : null;
};
const SENIORITY_PREFIX = /^(Senior|Junior|Staff|Lead) /;
const SALARY_TEXT = /\$(\d+)k to \$(\d+)k/;
const key = (place: string | null) => (place === null ? null : placeKey(place));

function measure(extract: Extract): Quality {
  const inputs = posts.map((t) => ({ text: t.text, opts: { urls: urlsOf(t) } }));
  const t0 = performance.now();
  const read = inputs.map(({ text, opts }) => extract(text, opts));
  const elapsed = performance.now() - t0;

  let tp = 0;
  let fp = 0;
  let fn = 0;
  const FIELDS: Field[] = [
    'title',
    'location',
    'workplace',
    'applyUrl',
    'company',
    'seniority',
    'salary',
  ];
  const counts = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Field,
    { tp: number; fp: number; fn: number }
  >;
  /** `want` is what the post states (null: nothing); `got` what was read; `same` compares them. */
  const score = <T>(
    field: Field,
    want: T | null,
    got: T | null,
    same = (a: T, b: T) => a === b,
  ) => {
    const c = counts[field];
    if (want !== null && got !== null && same(want, got)) c.tp++;
    else {
      if (got !== null) c.fp++;
      if (want !== null) c.fn++;
    }
  };
  posts.forEach((t, i) => {
    const p = read[i];
    const truth = openingOf(t);
    if (!truth) {
      if (p) fp++;
      return;
    }
    if (!p) {
      fn++;
      return;
    }
    tp++;
    const { opening, company } = truth;
    const words = t.text.replace(/https?:\/\/\S+/g, ' ');
    score('title', opening.title, p.title);
    const place =
      !words.includes(opening.location) ||
      opening.location === 'anywhere' ||
      opening.location === 'Remote'
        ? null
        : opening.location;
    score('location', key(place), key(p.location));
    score(
      'workplace',
      words.toLowerCase().includes(opening.workMode) ? opening.workMode : null,
      p.workplace,
    );
    score('applyUrl', canonicalUrl(opening.url), p.applyUrl);
    score('company', words.includes(company) ? company : null, p.company);
    score(
      'seniority',
      SENIORITY_PREFIX.exec(opening.title)?.[1].toLowerCase() ?? null,
      p.seniority,
    );
    const salary = SALARY_TEXT.exec(words);
    score(
      'salary',
      salary
        ? {
            min: Number(salary[1]) * 1000,
            max: Number(salary[2]) * 1000,
            currency: 'USD',
            period: 'year' as const,
          }
        : null,
      p.salary,
      (a, b) =>
        a.min === b.min && a.max === b.max && a.currency === b.currency && a.period === b.period,
    );
  });
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const fields = Object.fromEntries(
    FIELDS.map((f) => {
      const c = counts[f];
      return [
        f,
        {
          precision: ratio(c.tp, c.tp + c.fp),
          recall: ratio(c.tp, c.tp + c.fn),
          stated: c.tp + c.fn,
        },
      ];
    }),
  ) as Record<Field, FieldQuality>;
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    fields,
    postsPerSecond: Math.round(posts.length / (elapsed / 1000)),
  };
}

const r3 = (n: number) => n.toFixed(3);
const line = (name: string, q: Quality) =>
  `${name}: precision ${r3(q.precision)} recall ${r3(q.recall)}; ` +
  (Object.keys(q.fields) as Field[])
    .map(
      (f) =>
        `${f} P ${r3(q.fields[f].precision)} R ${r3(q.fields[f].recall)} (${q.fields[f].stated})`,
    )
    .join(', ') +
  `; ${q.postsPerSecond} posts/s`;

describe('job posting extraction against the demo world', () => {
  const labelled = posts.filter((t) => openingOf(t) !== null).length;
  const full = measure(extractJobPosting);
  const baseline = measure(regexOnlyJobPosting);

  beforeAll(() => {
    process.stdout.write(
      `jobs quality, ${posts.length} posts (${labelled} about an opening) — ${line('extractJobPosting', full)} | ${line('regexOnlyJobPosting', baseline)}\n`,
    );
  });

  it('has enough labelled posts for the numbers to mean something', () => {
    expect(labelled).toBeGreaterThan(300);
    expect(full.fields.salary.stated).toBeGreaterThan(30);
    expect(full.fields.location.stated).toBeGreaterThan(300);
  });

  it('tells job postings from every other post', () => {
    expect(full.precision).toBeGreaterThanOrEqual(0.95);
    expect(full.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reads each field of the postings it finds', () => {
    const at = (f: Field, p: number, r: number) => {
      expect([f, full.fields[f].precision >= p]).toEqual([f, true]);
      expect([f, full.fields[f].recall >= r]).toEqual([f, true]);
    };
    at('title', 0.95, 0.95);
    at('applyUrl', 0.98, 0.98);
    at('location', 0.9, 0.9);
    at('workplace', 0.95, 0.95);
    at('company', 0.95, 0.95);
    at('seniority', 0.95, 0.95);
    at('salary', 0.95, 0.95);
  });

  it('beats the regex baseline on what the baseline reads at all', () => {
    expect(full.recall).toBeGreaterThan(baseline.recall);
    expect(full.precision).toBeGreaterThan(baseline.precision);
    expect(full.fields.title.recall).toBeGreaterThan(baseline.fields.title.recall);
  });
});
