/**
 * Job-post extraction against the simulator's truth. A modest world (seed 7, 400 peers, 40
 * mentors): every original post (retweets left out, as ingestion does) is read with its expanded
 * URLs, and "is a job posting" is compared with the `opening:<id>` label; on the posts that are
 * both, each field is compared with the opening the label names.
 *
 * What is compared, and when:
 * - title: exactly the opening's title ("Senior Data Engineer").
 * - location: where the post names the opening's place (templates such as "come work with me"
 *   name none); "anywhere" and "Remote" are workplaces, so the expected location is null.
 * - workplace: where the post names the work mode, against `workMode`.
 * - applyUrl: always, against the opening's canonical URL (posts carry t.co links to it with
 *   tracking parameters).
 * - company: the company's name where the post writes it, else null (a handle is not a name).
 * - seniority: from the title's first word (Senior, Junior, Staff, Lead), else null.
 * - salary: where the template states "$Nk to $Mk".
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

interface Quality {
  precision: number;
  recall: number;
  fields: Record<Field, number>;
  checked: Record<Field, number>;
  postsPerSecond: number;
}

const world = generateWorld(7, { peers: 400, mentors: 40 });
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
  const right = {
    title: 0,
    location: 0,
    workplace: 0,
    applyUrl: 0,
    company: 0,
    seniority: 0,
    salary: 0,
  };
  const checked = { ...right };
  const score = (field: Field, ok: boolean) => {
    checked[field]++;
    if (ok) right[field]++;
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
    score('title', p.title === opening.title);
    if (words.includes(opening.location)) {
      const want =
        opening.location === 'anywhere' || opening.location === 'Remote' ? null : opening.location;
      score('location', key(p.location) === key(want));
    }
    if (words.toLowerCase().includes(opening.workMode))
      score('workplace', p.workplace === opening.workMode);
    score('applyUrl', p.applyUrl === canonicalUrl(opening.url));
    score('company', p.company === (words.includes(company) ? company : null));
    const level = SENIORITY_PREFIX.exec(opening.title)?.[1].toLowerCase() ?? null;
    score('seniority', p.seniority === level);
    const salary = SALARY_TEXT.exec(words);
    if (salary) {
      score(
        'salary',
        p.salary?.min === Number(salary[1]) * 1000 &&
          p.salary.max === Number(salary[2]) * 1000 &&
          p.salary.currency === 'USD' &&
          p.salary.period === 'year',
      );
    }
  });
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const fields = Object.fromEntries(
    (Object.keys(right) as Field[]).map((f) => [f, ratio(right[f], checked[f])]),
  ) as Record<Field, number>;
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    fields,
    checked,
    postsPerSecond: Math.round(posts.length / (elapsed / 1000)),
  };
}

const r3 = (n: number) => n.toFixed(3);
const line = (name: string, q: Quality) =>
  `${name}: precision ${r3(q.precision)} recall ${r3(q.recall)}; ` +
  (Object.keys(q.fields) as Field[])
    .map((f) => `${f} ${r3(q.fields[f])} (${q.checked[f]})`)
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
    expect(full.checked.salary).toBeGreaterThan(30);
    expect(full.checked.location).toBeGreaterThan(300);
  });

  it('tells job postings from every other post', () => {
    expect(full.precision).toBeGreaterThanOrEqual(0.95);
    expect(full.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reads each field of the postings it finds', () => {
    expect(full.fields.title).toBeGreaterThanOrEqual(0.95);
    expect(full.fields.applyUrl).toBeGreaterThanOrEqual(0.98);
    expect(full.fields.location).toBeGreaterThanOrEqual(0.9);
    expect(full.fields.workplace).toBeGreaterThanOrEqual(0.95);
    expect(full.fields.company).toBeGreaterThanOrEqual(0.9);
    expect(full.fields.seniority).toBeGreaterThanOrEqual(0.95);
    expect(full.fields.salary).toBeGreaterThanOrEqual(0.95);
  });

  it('beats the regex baseline on what the baseline reads at all', () => {
    expect(full.recall).toBeGreaterThan(baseline.recall);
    expect(full.precision).toBeGreaterThan(baseline.precision);
    expect(full.fields.title).toBeGreaterThan(baseline.fields.title);
  });
});
