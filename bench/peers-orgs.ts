/**
 * Peers and orgs at scale, in memory, with the functions the services use
 * (src/modules/peers/cohort-suggestion.ts, src/modules/orgs/archive.ts), each side by side with
 * its straightforward baseline. Run under `node --expose-gc` so heap figures start clean.
 *
 * P1. Cohort suggestions for 10,000 synthetic seekers (planted groups in ~60 real cities plus
 *     noise): time, memory, and pairwise precision / recall against the planted groups, for
 *     suggestCohorts and for the all-pairs naiveSuggestCohorts.
 * P2. A chat archive with 5,000 posts in its window and 20,000 outside it: assembleArchive
 *     against naiveAssembleArchive, with a check that both give the same archive.
 *
 * Rounds interleave the two implementations so that warm-up and GC drift hit both alike; the
 * median is reported.
 */
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import {
  type ArchivePost,
  assembleArchive,
  naiveAssembleArchive,
} from '../src/modules/orgs/archive.js';
import {
  BAND,
  type CohortSeeker,
  type CohortStage,
  type SuggestedCohort,
  naiveSuggestCohorts,
  pairwiseQuality,
  suggestCohorts,
} from '../src/modules/peers/cohort-suggestion.js';
import { recordResult } from './results.js';

const SEEKERS = Number(process.env.BENCH_COHORT_SEEKERS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** The baseline is skipped to a smaller n when one run at full size is projected past this. */
const NAIVE_BUDGET_MS = 60_000;
const IN_WINDOW = 5_000;
const OUTSIDE = 20_000;

/** mulberry32: the same synthetic world on every run. */
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

function weighted<T>(rnd: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rnd() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1][0];
}

const CITIES: readonly (readonly [string, number, number])[] = [
  ['New York', 40.713, -74.006],
  ['Los Angeles', 34.052, -118.244],
  ['Chicago', 41.878, -87.63],
  ['Houston', 29.76, -95.37],
  ['Phoenix', 33.448, -112.074],
  ['Philadelphia', 39.953, -75.165],
  ['San Antonio', 29.424, -98.494],
  ['San Diego', 32.716, -117.161],
  ['Dallas', 32.777, -96.797],
  ['Austin', 30.267, -97.743],
  ['San Francisco', 37.775, -122.419],
  ['San Jose', 37.339, -121.895],
  ['Seattle', 47.606, -122.332],
  ['Portland', 45.515, -122.679],
  ['Denver', 39.739, -104.99],
  ['Boston', 42.36, -71.059],
  ['Washington', 38.907, -77.037],
  ['Atlanta', 33.749, -84.388],
  ['Miami', 25.762, -80.192],
  ['Minneapolis', 44.978, -93.265],
  ['Detroit', 42.331, -83.046],
  ['Nashville', 36.163, -86.781],
  ['Raleigh', 35.78, -78.639],
  ['Salt Lake City', 40.761, -111.891],
  ['Toronto', 43.653, -79.383],
  ['Montreal', 45.502, -73.567],
  ['Vancouver', 49.283, -123.121],
  ['Mexico City', 19.433, -99.133],
  ['São Paulo', -23.551, -46.633],
  ['Buenos Aires', -34.604, -58.382],
  ['Bogotá', 4.711, -74.072],
  ['Lima', -12.046, -77.043],
  ['London', 51.507, -0.128],
  ['Manchester', 53.481, -2.243],
  ['Dublin', 53.35, -6.26],
  ['Paris', 48.857, 2.352],
  ['Amsterdam', 52.368, 4.904],
  ['Berlin', 52.52, 13.405],
  ['Munich', 48.135, 11.582],
  ['Madrid', 40.417, -3.704],
  ['Barcelona', 41.385, 2.173],
  ['Lisbon', 38.722, -9.139],
  ['Milan', 45.464, 9.19],
  ['Stockholm', 59.329, 18.069],
  ['Warsaw', 52.23, 21.012],
  ['Istanbul', 41.008, 28.978],
  ['Cairo', 30.044, 31.236],
  ['Lagos', 6.524, 3.379],
  ['Nairobi', -1.292, 36.822],
  ['Johannesburg', -26.204, 28.047],
  ['Dubai', 25.205, 55.271],
  ['Mumbai', 19.076, 72.878],
  ['Bengaluru', 12.972, 77.595],
  ['Delhi', 28.704, 77.102],
  ['Singapore', 1.352, 103.82],
  ['Jakarta', -6.208, 106.846],
  ['Manila', 14.6, 120.984],
  ['Seoul', 37.567, 126.978],
  ['Tokyo', 35.676, 139.65],
  ['Sydney', -33.869, 151.209],
  ['Melbourne', -37.814, 144.963],
];
const STAGE_MIX: readonly (readonly [CohortStage, number])[] = [
  ['student', 14],
  ['exploring', 14],
  ['early_career', 24],
  ['mid_career', 20],
  ['senior', 8],
  ['career_change', 14],
  ['returning', 6],
];
const FIELD_MIX: readonly (readonly [string, number])[] = [
  ['software engineering', 18],
  ['data', 14],
  ['product', 9],
  ['design', 8],
  ['ux research', 4],
  ['marketing', 9],
  ['sales', 7],
  ['finance', 7],
  ['devops', 5],
  ['cybersecurity', 5],
  ['people ops', 4],
  ['operations', 5],
];
/** Bigger cities get more seekers: New York about four times Lima. */
const CITY_MIX = CITIES.map((c, i) => [c, 4 - (3 * i) / CITIES.length] as const);

function placeNear(
  rnd: () => number,
  [name, lat, lng]: readonly [string, number, number],
  km: number,
) {
  const r = km * Math.sqrt(rnd());
  const a = rnd() * 2 * Math.PI;
  return {
    name,
    lat: lat + (r * Math.sin(a)) / 111,
    lng: lng + (r * Math.cos(a)) / (111 * Math.cos((lat * Math.PI) / 180)),
  };
}

/**
 * 85 % of seekers in planted groups of 4 to 8 (each a distinct band, field and city, or remote),
 * jittered about 15 km around their city; 15 % noise with independent attributes.
 */
function seekerWorld(n: number, seed: number) {
  const rnd = prng(seed);
  const seekers: CohortSeeker[] = [];
  const truth = new Map<string, number>();
  const used = new Set<string>();
  let group = 0;
  while (seekers.length < n * 0.85) {
    const stage = weighted(rnd, STAGE_MIX);
    const field = weighted(rnd, FIELD_MIX);
    const city = rnd() < 0.06 ? null : weighted(rnd, CITY_MIX);
    const combo = `${BAND[stage]}|${field}|${city?.[0] ?? ''}`;
    if (used.has(combo)) continue;
    used.add(combo);
    const band = STAGE_MIX.filter(([s]) => BAND[s] === BAND[stage]);
    const size = Math.min(4 + Math.floor(rnd() * 5), Math.ceil(n * 0.85) - seekers.length);
    for (let i = 0; i < size; i++) {
      const id = `g${group}m${i}`;
      const second = weighted(rnd, FIELD_MIX);
      seekers.push({
        id,
        stage: weighted(rnd, band),
        fields: rnd() < 0.5 && second !== field ? [field, second] : [field],
        place: city ? placeNear(rnd, city, 15) : null,
      });
      truth.set(id, group);
    }
    group++;
  }
  for (let i = 0; seekers.length < n; i++) {
    seekers.push({
      id: `noise${i}`,
      stage: weighted(rnd, STAGE_MIX),
      fields: Array.from({ length: Math.floor(rnd() * 3) }, () => weighted(rnd, FIELD_MIX)),
      place: rnd() < 0.08 ? null : placeNear(rnd, weighted(rnd, CITY_MIX), 60),
    });
  }
  // Shuffled, so that nothing depends on seekers arriving grouped.
  for (let i = seekers.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [seekers[i], seekers[j]] = [seekers[j], seekers[i]];
  }
  return { seekers, truth, groups: group };
}

function pairsOf(cohorts: SuggestedCohort[]): Set<string> {
  const pairs = new Set<string>();
  for (const c of cohorts)
    for (let i = 0; i < c.memberIds.length; i++)
      for (let j = i + 1; j < c.memberIds.length; j++)
        pairs.add(`${c.memberIds[i]} ${c.memberIds[j]}`);
  return pairs;
}

function quality(cohorts: SuggestedCohort[], truth: Map<string, number>, seekers: number) {
  const { precision, recall } = pairwiseQuality(cohorts, truth);
  const placed = cohorts.reduce((s, c) => s + c.memberIds.length, 0);
  return {
    cohorts: cohorts.length,
    precision: round3(precision),
    recall: round3(recall),
    f1: round3((2 * precision * recall) / (precision + recall || 1)),
    coverage: round3(placed / seekers),
    meanScore: round3(cohorts.reduce((s, c) => s + c.score, 0) / (cohorts.length || 1)),
  };
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
const ms = (n: number) => Math.round(n * 10) / 10;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Run<T> {
  result: T;
  ms: number;
  /** Heap and array buffers allocated during the call, read before any collection. */
  heapMB: number;
  buffersMB: number;
}

function measure<T>(fn: () => T): Run<T> {
  global.gc?.();
  const m0 = process.memoryUsage();
  const t0 = performance.now();
  const result = fn();
  const elapsed = performance.now() - t0;
  const m1 = process.memoryUsage();
  return {
    result,
    ms: elapsed,
    heapMB: mb(m1.heapUsed - m0.heapUsed),
    buffersMB: mb(m1.arrayBuffers - m0.arrayBuffers),
  };
}

function p1() {
  const { seekers, truth, groups } = seekerWorld(SEEKERS, 1);
  // The baseline is quadratic: time it on 2,000 first and only run it at full size if a run
  // stays inside the budget. Otherwise it runs on the largest n that does, and says so.
  const probeN = Math.min(2_000, SEEKERS);
  const probe = measure(() => naiveSuggestCohorts(seekers.slice(0, probeN))).ms;
  const projected = probe * (SEEKERS / probeN) ** 2;
  const naiveN =
    projected <= NAIVE_BUDGET_MS
      ? SEEKERS
      : Math.floor(probeN * Math.sqrt(NAIVE_BUDGET_MS / Math.max(probe, 1)));
  const naiveInput = seekers.slice(0, naiveN);
  const naiveTruth = new Map(
    naiveInput.flatMap((s) => {
      const g = truth.get(s.id);
      return g === undefined ? [] : [[s.id, g] as const];
    }),
  );

  const fast: Run<SuggestedCohort[]>[] = [];
  const naive: Run<SuggestedCohort[]>[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    fast.push(measure(() => suggestCohorts(seekers)));
    naive.push(measure(() => naiveSuggestCohorts(naiveInput)));
  }
  const fastMs = median(fast.map((x) => x.ms));
  const naiveMs = median(naive.map((x) => x.ms));
  const naiveAtFull = naiveN === SEEKERS ? naiveMs : naiveMs * (SEEKERS / naiveN) ** 2;

  const fastQuality = quality(fast[0].result, truth, SEEKERS);
  const naiveQuality = quality(naive[0].result, naiveTruth, naiveN);
  // Agreement on the seekers both saw: co-membership pairs in common over pairs in either.
  const shared = new Set(naiveInput.map((s) => s.id));
  const fastPairs = pairsOf(
    fast[0].result.map((c) => ({ ...c, memberIds: c.memberIds.filter((id) => shared.has(id)) })),
  );
  const naivePairs = pairsOf(naive[0].result);
  let both = 0;
  for (const p of fastPairs) if (naivePairs.has(p)) both++;
  const agreement = round3(both / (fastPairs.size + naivePairs.size - both || 1));

  process.stdout.write(
    `P1 ${SEEKERS} seekers (${groups} planted groups): suggestCohorts ${ms(fastMs)} ms, ` +
      `precision ${fastQuality.precision}, recall ${fastQuality.recall}; ` +
      `naiveSuggestCohorts ${ms(naiveMs)} ms on ${naiveN}` +
      (naiveN === SEEKERS ? '' : ` (projected ${ms(naiveAtFull)} ms at ${SEEKERS}, quadratic)`) +
      `, precision ${naiveQuality.precision}, recall ${naiveQuality.recall}; ` +
      `ratio ${Math.round(naiveAtFull / fastMs)}x; pair agreement ${agreement}\n`,
  );
  return {
    seekers: SEEKERS,
    plantedGroups: groups,
    rounds: ROUNDS,
    fast: {
      medianMs: ms(fastMs),
      runsMs: fast.map((x) => ms(x.ms)),
      heapMB: median(fast.map((x) => x.heapMB)),
      ...fastQuality,
    },
    naive: {
      seekers: naiveN,
      note:
        naiveN === SEEKERS
          ? 'run at full size'
          : `run on the first ${naiveN} seekers: one full-size run was projected at ${ms(projected)} ms; full-size time extrapolated as n^2`,
      medianMs: ms(naiveMs),
      runsMs: naive.map((x) => ms(x.ms)),
      projectedFullMs: ms(naiveAtFull),
      heapMB: median(naive.map((x) => x.heapMB)),
      matrixBuffersMB: median(naive.map((x) => x.buffersMB)),
      ...naiveQuality,
    },
    'naive / fast': Math.round(naiveAtFull / fastMs),
    pairAgreement: agreement,
  };
}

const TWITTER_EPOCH = 1_288_834_974_657n;

/**
 * A two-hour chat in a day of posts: 5,000 in the window, 10,000 on each side. Almost half of
 * the posts reply (mostly to a recent post in the window, some to posts before it); a fifth carry
 * a link, spelled with or without tracking parameters and `www.`.
 */
function chatWorld(seed: number) {
  const rnd = prng(seed);
  const start = Date.UTC(2026, 2, 4, 20);
  const end = start + 2 * 3_600_000;
  const authors = Array.from({ length: 400 }, (_, i) => String(10_000_000 + i * 7919));
  const links = Array.from({ length: 300 }, (_, i) => `https://example${i % 40}.com/post/${i}`);
  const before = OUTSIDE / 2;
  const total = IN_WINDOW + OUTSIDE;
  const posts: ArchivePost[] = [];
  for (let i = 0; i < total; i++) {
    const inWindow = i >= before && i < before + IN_WINDOW;
    const createdAt = inWindow
      ? start + Math.floor(((i - before) / IN_WINDOW) * (end - start))
      : i < before
        ? start - (before - i) * 5_000
        : end + (i - before - IN_WINDOW) * 5_000;
    const id = (((BigInt(createdAt) - TWITTER_EPOCH) << 22n) | BigInt(i % 4096)).toString();
    let inReplyToPostId: string | null = null;
    let conversationId = id;
    if (i > 0 && rnd() < 0.45) {
      const back =
        rnd() < 0.85 ? 1 + Math.floor(rnd() * Math.min(i, 60)) : Math.floor(rnd() * i) + 1;
      const parent = posts[i - back];
      inReplyToPostId = parent.id;
      conversationId = parent.conversationId ?? parent.id;
    }
    const urls: string[] = [];
    if (rnd() < 0.2) {
      const link = links[Math.floor(rnd() ** 2 * links.length)];
      const spelling = rnd();
      urls.push(
        spelling < 0.4
          ? link
          : spelling < 0.7
            ? `${link}?utm_source=twitter&utm_campaign=chat${i % 5}`
            : link.replace('https://', 'http://www.') + '/',
      );
    }
    const author = authors[Math.floor(rnd() ** 1.5 * authors.length)];
    posts.push({
      id,
      authorId: author,
      username: `user${author}`,
      text: `#CareerChat post ${i}`,
      createdAt,
      conversationId,
      inReplyToPostId,
      urls,
      likes: Math.floor(rnd() ** 3 * 200),
      reposts: Math.floor(rnd() ** 4 * 40),
      replies: Math.floor(rnd() ** 3 * 20),
      quotes: Math.floor(rnd() ** 5 * 10),
    });
  }
  for (let i = posts.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [posts[i], posts[j]] = [posts[j], posts[i]];
  }
  return {
    posts,
    window: { start, end },
    hostIds: authors.slice(0, 2),
    speakerIds: authors.slice(2, 5),
  };
}

function p2() {
  const { posts, window, hostIds, speakerIds } = chatWorld(2);
  const opts = { hostIds, speakerIds, topPosts: 10, topLinks: 10 };
  const fast: Run<ReturnType<typeof assembleArchive>>[] = [];
  const naive: Run<ReturnType<typeof assembleArchive>>[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    fast.push(measure(() => assembleArchive(posts, window, opts)));
    naive.push(measure(() => naiveAssembleArchive(posts, window, opts)));
  }
  const equal = isDeepStrictEqual(fast[0].result, naive[0].result);
  const a = fast[0].result;
  const fastMs = median(fast.map((x) => x.ms));
  const naiveMs = median(naive.map((x) => x.ms));
  process.stdout.write(
    `P2 archive of ${a.posts.length} posts (${posts.length} given): assembleArchive ${ms(fastMs)} ms, ` +
      `naiveAssembleArchive ${ms(naiveMs)} ms, ratio ${Math.round(naiveMs / fastMs)}x, ` +
      `${a.participants.length} participants, ${a.threads.length} threads, ${a.links.length} links shown; ` +
      `outputs ${equal ? 'equal' : 'DIFFER'}\n`,
  );
  if (!equal) process.exitCode = 1;
  return {
    postsGiven: posts.length,
    postsInWindow: a.posts.length,
    participants: a.participants.length,
    threads: a.threads.length,
    deepestThread: Math.max(0, ...a.threads.map((t) => t.depth)),
    rounds: ROUNDS,
    fast: {
      medianMs: ms(fastMs),
      runsMs: fast.map((x) => ms(x.ms)),
      heapMB: median(fast.map((x) => x.heapMB)),
    },
    naive: {
      medianMs: ms(naiveMs),
      runsMs: naive.map((x) => ms(x.ms)),
      heapMB: median(naive.map((x) => x.heapMB)),
    },
    'naive / fast': Math.round(naiveMs / fastMs),
    outputsEqual: equal,
  };
}

function main() {
  if (!global.gc) process.stdout.write('(run with node --expose-gc for clean heap figures)\n');
  const summary = { date: new Date().toISOString(), p1: p1(), p2: p2() };
  recordResult('peers-orgs', summary);
}

main();
