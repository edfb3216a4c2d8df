/**
 * `node --expose-gc dist/bench/jobs.js`: the jobs capability at scale, in memory, with the
 * functions the service uses (libs/text extraction, src/modules/jobs).
 *
 * J1. 100,000 posts (the demo world's original posts — reposts are skipped, as the service does —
 *     replayed with their expanded URLs, each replay a new post id): extraction, then
 *     de-duplication of what was extracted. `extractJobPosting` against `regexOnlyJobPosting`,
 *     each followed by the same `dedupePostings`, interleaved over 3 rounds, with the quality of
 *     each beside its speed: precision and recall of "is a job post" against the world's
 *     `opening:` labels, and pairwise precision and recall of the groups against the opening ids.
 *     Then the extracted posts of one round grouped by `dedupePostings` and by the all-pairs
 *     `naiveDedupe`, which must agree.
 * J2. 10,000 postings × 5,000 seekers, synthetic but drawn from the world's role families, titles,
 *     tech and cities: `matchAll` (indexed) against `naiveMatchAll` (every pair). The naive run is
 *     timed on a sample of seekers (every k-th, k chosen from a first timing so the sample takes
 *     about 20 s) and extrapolated to all 5,000 when scoring everyone would take over 60 s; the
 *     sampled seekers' top matches must be the same in both. Heap growth needs --expose-gc.
 */
import { performance } from 'node:perf_hooks';
import { locate } from '@libs/people';
import { extractJobPosting, regexOnlyJobPosting } from '@libs/text';
import { generateWorld, type SimTweet } from '@libs/x-simulator';
import { CITIES, ROLE_FAMILIES } from '../libs/x-simulator/world-content.js';
import { dedupePostings, naiveDedupe, type DedupeItem } from '../src/modules/jobs/dedupe.js';
import {
  matchAll,
  naiveMatchAll,
  type MatchPosting,
  type MatchSeeker,
  type SeekerMatch,
} from '../src/modules/jobs/matching.js';
import { recordResult } from './results.js';

const POSTS = Number(process.env.BENCH_JOB_POSTS ?? 100_000);
const POSTINGS = Number(process.env.BENCH_JOB_POSTINGS ?? 10_000);
const SEEKERS = Number(process.env.BENCH_JOB_SEEKERS ?? 5_000);
const ROUNDS = 3;
const PER_SEEKER = 20;
/** Above this estimate the naive matcher runs on a sample and is extrapolated. */
const NAIVE_BUDGET_MS = 60_000;
const NAIVE_SAMPLE_MS = 20_000;
const DAY = 86_400_000;

type Posting = DedupeItem['posting'];
type Extract = (text: string, options: { urls: string[] }) => Posting | null;

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
const ms = (n: number) => Math.round(n * 10) / 10;
const r3 = (n: number) => Math.round(n * 1000) / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A small deterministic generator (LCG), so every run measures the same data. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

// ---- J1 ----

interface Replayed {
  text: string;
  urls: string[];
  author: string;
  at: number;
  opening: string | null;
}

function replayed(tweets: readonly SimTweet[]): Replayed[] {
  return tweets
    .filter((t) => !t.referenced_tweets?.some((r) => r.type === 'retweeted'))
    .map((t) => ({
      text: t.text,
      urls: (t.entities?.urls ?? []).map((u) => u.expanded_url ?? u.url),
      author: t.author_id,
      at: Date.parse(t.created_at),
      opening: t.labels.find((l) => l.startsWith('opening:')) ?? null,
    }));
}

interface J1Run {
  ms: number;
  items: DedupeItem[];
  groups: ReturnType<typeof dedupePostings>;
}

function runJ1(source: Replayed[], extract: Extract): J1Run {
  const t0 = performance.now();
  const items: DedupeItem[] = [];
  for (let i = 0; i < POSTS; i++) {
    const p = source[i % source.length];
    const posting = extract(p.text, { urls: p.urls });
    if (!posting) continue;
    items.push({
      postId: String(i),
      authorId: p.author,
      // Each pass over the world is another 90 days, so replays are later posts.
      createdAt: p.at + Math.floor(i / source.length) * 90 * DAY,
      text: p.text,
      posting,
    });
  }
  const groups = dedupePostings(items);
  return { ms: performance.now() - t0, items, groups };
}

/** Pairs of labelled posts grouped together, and how many of them announce the same opening. */
function pairwise(groups: { postIds: string[] }[], truthOf: (id: string) => string | null) {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  let predicted = 0;
  let correct = 0;
  for (const g of groups) {
    // Posts that are not openings are is-job false positives, counted there, not twice.
    const cells = new Map<string, number>();
    let labelled = 0;
    for (const id of g.postIds) {
      const t = truthOf(id);
      if (t === null) continue;
      labelled++;
      cells.set(t, (cells.get(t) ?? 0) + 1);
    }
    predicted += pairs(labelled);
    for (const n of cells.values()) correct += pairs(n);
  }
  return { predicted, correct };
}

function j1Quality(source: Replayed[], run: J1Run) {
  const truthOf = (id: string) => source[Number(id) % source.length].opening;
  let jobs = 0;
  for (let i = 0; i < POSTS; i++) if (source[i % source.length].opening) jobs++;
  const found = run.items.filter((it) => truthOf(it.postId) !== null).length;
  const sizes = new Map<string, number>();
  for (let i = 0; i < POSTS; i++) {
    const o = source[i % source.length].opening;
    if (o) sizes.set(o, (sizes.get(o) ?? 0) + 1);
  }
  let actualPairs = 0;
  for (const n of sizes.values()) actualPairs += (n * (n - 1)) / 2;
  const { predicted, correct } = pairwise(run.groups, truthOf);
  return {
    jobPosts: jobs,
    extracted: run.items.length,
    isJobPrecision: r3(found / Math.max(1, run.items.length)),
    isJobRecall: r3(found / Math.max(1, jobs)),
    groups: run.groups.length,
    openings: sizes.size,
    dedupePrecision: r3(predicted ? correct / predicted : 1),
    dedupeRecall: r3(actualPairs ? correct / actualPairs : 1),
  };
}

function partitionKey(groups: { postIds: string[] }[]): string {
  return groups
    .map((g) => [...g.postIds].sort().join(','))
    .sort()
    .join('|');
}

function j1(tweets: readonly SimTweet[]) {
  const source = replayed(tweets);
  const variants: [string, Extract][] = [
    ['extractJobPosting', extractJobPosting],
    ['regexOnlyJobPosting', regexOnlyJobPosting],
  ];
  const runs = variants.map(() => [] as J1Run[]);
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate the order, so neither always runs on a warmer heap.
    const order = r % 2 === 0 ? variants.map((_, i) => i) : variants.map((_, i) => i).reverse();
    for (const v of order) {
      global.gc?.();
      runs[v].push(runJ1(source, variants[v][1]));
    }
  }
  const results = variants.map(([name], v) => {
    const t = median(runs[v].map((x) => x.ms));
    const q = j1Quality(source, runs[v][0]);
    process.stdout.write(
      `J1 ${POSTS} posts, ${name} + dedupePostings: ${ms(t)} ms (${Math.round((POSTS / t) * 1000)} posts/s); ` +
        `is-job precision ${q.isJobPrecision}, recall ${q.isJobRecall} (${q.extracted} extracted, ${q.jobPosts} labelled); ` +
        `${q.groups} groups for ${q.openings} openings, pairwise precision ${q.dedupePrecision}, recall ${q.dedupeRecall}\n`,
    );
    return { extractor: name, ms: ms(t), postsPerSec: Math.round((POSTS / t) * 1000), ...q };
  });

  // De-duplication alone, indexed against all pairs, on the first extractor's output.
  const items = runs[0][0].items;
  let t0 = performance.now();
  const fast = dedupePostings(items);
  const fastMs = performance.now() - t0;
  t0 = performance.now();
  const slow = naiveDedupe(items);
  const slowMs = performance.now() - t0;
  const same = partitionKey(fast) === partitionKey(slow);
  if (!same) throw new Error('dedupePostings and naiveDedupe disagree');
  process.stdout.write(
    `J1 dedupe alone over ${items.length} extracted posts: dedupePostings ${ms(fastMs)} ms, naiveDedupe ${ms(slowMs)} ms; same groups: ${same}\n`,
  );
  return {
    posts: POSTS,
    distinctPosts: source.length,
    rounds: ROUNDS,
    variants: results,
    dedupeAlone: {
      items: items.length,
      dedupePostingsMs: ms(fastMs),
      naiveDedupeMs: ms(slowMs),
      sameGroups: same,
    },
  };
}

// ---- J2 ----

const LEVELS: [string, number][] = [
  ['', 5],
  ['Senior ', 3],
  ['Sr. ', 1],
  ['Junior ', 2],
  ['Staff ', 1],
  ['Lead ', 1],
];
const MODES = ['remote', 'hybrid', 'on-site'] as const;
const STAGES = [
  'student',
  'exploring',
  'early_career',
  'mid_career',
  'senior',
  'career_change',
  'returning',
] as const;
/** Other spellings seekers and posters use, so the synonyms are exercised. */
const SPELLINGS: Record<string, string[]> = {
  'Software Engineer': ['SWE', 'Software Developer'],
  'Product Manager': ['PM'],
  'Machine Learning Engineer': ['ML Engineer'],
  'Frontend Engineer': ['Front-end Developer', 'Frontend Developer'],
  'Backend Engineer': ['Back End Developer'],
  'Site Reliability Engineer': ['SRE'],
  'Full Stack Engineer': ['Fullstack Developer'],
};

function synthesize() {
  const rand = lcg(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const weighted = <T>(xs: readonly [T, number][]): T => {
    const total = xs.reduce((s, [, w]) => s + w, 0);
    let x = rand() * total;
    for (const [v, w] of xs) if ((x -= w) < 0) return v;
    return xs[xs.length - 1][0];
  };
  const spelled = (title: string) =>
    SPELLINGS[title] && rand() < 0.3 ? pick(SPELLINGS[title]) : title;
  const cities = CITIES.map((c) => `${c.city}, ${c.region}`);

  const postings: MatchPosting[] = [];
  for (let i = 0; i < POSTINGS; i++) {
    const family = pick(ROLE_FAMILIES);
    const title = weighted(LEVELS) + spelled(pick(family.titles));
    const workplace = pick(MODES);
    const location =
      workplace === 'remote' ? pick(['US', 'North America', 'anywhere']) : pick(cities);
    const tech = [pick(family.tech), pick(family.tech)];
    postings.push({
      title,
      seniority: null,
      location,
      workplace,
      text: `We're hiring a ${title} in ${location} (${workplace}). You know ${tech[0]} and ${tech[1]}. #hiring`,
    });
  }
  // One gazetteer lookup per city, as the service resolves a seeker's places once.
  const located = new Map(cities.map((c) => [c, locate(c)]));
  const seekers: MatchSeeker[] = [];
  for (let i = 0; i < SEEKERS; i++) {
    const family = pick(ROLE_FAMILIES);
    const roles = [spelled(pick(family.titles))];
    if (rand() < 0.4) roles.push(spelled(pick(family.titles)));
    const places = (rand() < 0.3 ? [pick(cities), pick(cities)] : [pick(cities)]).flatMap((c) => {
      const p = located.get(c);
      return p ? [{ name: p.name, lat: p.lat, lng: p.lng }] : [];
    });
    seekers.push({
      id: `seeker-${i}`,
      targetRoles: [...new Set(roles)],
      skills: [pick(family.tech), pick(family.tech), pick(family.tech)],
      careerStage: pick(STAGES),
      places,
      remote: weighted([
        ['open', 5],
        ['remote_only', 3],
        ['on_site_ok', 2],
      ] as const),
    });
  }
  return { postings, seekers };
}

function bySeeker(matches: SeekerMatch[]): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const m of matches) {
    const list = out.get(m.seekerId) ?? [];
    list.push(`${m.postingIndex}:${m.score}`);
    out.set(m.seekerId, list);
  }
  return new Map([...out].map(([k, v]) => [k, v.join(',')]));
}

function j2() {
  const { postings, seekers } = synthesize();
  const opts = { minScore: 0.5, perSeeker: PER_SEEKER };

  // A first naive timing on a few seekers decides the sample; the second pass, once compiled.
  const probe = seekers.slice(0, 20);
  let perSeekerMs = 0;
  for (let pass = 0; pass < 2; pass++) {
    const t0 = performance.now();
    naiveMatchAll(postings, probe, opts);
    perSeekerMs = (performance.now() - t0) / probe.length;
  }
  const estimateMs = perSeekerMs * seekers.length;
  const step =
    estimateMs > NAIVE_BUDGET_MS
      ? Math.max(1, Math.ceil(seekers.length / (NAIVE_SAMPLE_MS / ROUNDS / perSeekerMs)))
      : 1;
  const sample = seekers.filter((_, i) => i % step === 0);

  const fastMs: number[] = [];
  const slowMs: number[] = [];
  let fast: SeekerMatch[] = [];
  let slow: SeekerMatch[] = [];
  let heapMB = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const runFast = () => {
      fast = [];
      global.gc?.();
      const heap0 = process.memoryUsage().heapUsed;
      const t = performance.now();
      fast = matchAll(postings, seekers, opts);
      fastMs.push(performance.now() - t);
      // Without a collection in between, the growth is roughly what the run allocated and kept.
      heapMB = Math.max(heapMB, mb(process.memoryUsage().heapUsed - heap0));
    };
    const runSlow = () => {
      global.gc?.();
      const t = performance.now();
      slow = naiveMatchAll(postings, sample, opts);
      slowMs.push(performance.now() - t);
    };
    if (r % 2 === 0) {
      runFast();
      runSlow();
    } else {
      runSlow();
      runFast();
    }
  }
  const fastTop = bySeeker(fast);
  const slowTop = bySeeker(slow);
  const same = sample.every((s) => (fastTop.get(s.id) ?? '') === (slowTop.get(s.id) ?? ''));
  if (!same) throw new Error('matchAll and naiveMatchAll disagree on the sampled seekers');

  const fastMedian = median(fastMs);
  const sampleMedian = median(slowMs);
  const naiveAllMs = (sampleMedian * seekers.length) / sample.length;
  const extrapolated = sample.length < seekers.length;
  const matched = new Set(fast.map((m) => m.seekerId)).size;
  process.stdout.write(
    `J2 ${POSTINGS} postings × ${SEEKERS} seekers: matchAll ${ms(fastMedian)} ms (heap +${heapMB} MB, ${fast.length} matches, ${matched} seekers with one); ` +
      `naiveMatchAll ${extrapolated ? `on ${sample.length} seekers (every ${step}th) ${ms(sampleMedian)} ms, extrapolated to all ` : ''}${ms(naiveAllMs)} ms ` +
      `(${Math.round((naiveAllMs / fastMedian) * 10) / 10}x); same top ${PER_SEEKER} for ${extrapolated ? `the ${sample.length} sampled` : `all ${sample.length}`} seekers: ${same}\n`,
  );
  const first = fast[0];
  if (first) {
    process.stdout.write(
      `   e.g. ${first.seekerId} ← "${postings[first.postingIndex].title}" ${first.score}: ${first.reasons.join('; ')}\n`,
    );
  }
  return {
    postings: POSTINGS,
    seekers: SEEKERS,
    rounds: ROUNDS,
    minScore: opts.minScore,
    perSeeker: PER_SEEKER,
    matchAllMs: ms(fastMedian),
    matchAllHeapMB: heapMB,
    matches: fast.length,
    naiveSampleSeekers: sample.length,
    naiveSampleMs: ms(sampleMedian),
    naiveAllMs: ms(naiveAllMs),
    naiveExtrapolated: extrapolated,
    'naive / matchAll': Math.round((naiveAllMs / fastMedian) * 10) / 10,
    sameTopForSample: same,
  };
}

function main() {
  if (!global.gc) process.stdout.write('(run with node --expose-gc for steadier heap numbers)\n');
  locate('warm up the gazetteer');
  const world = generateWorld(1);
  const summary = {
    date: new Date().toISOString(),
    j1: j1(world.toJSON().tweets),
    j2: j2(),
    rssMB: mb(process.memoryUsage().rss),
  };
  recordResult('jobs', summary);
}

main();
