/**
 * `node --expose-gc dist/bench/mentors.js`: ranking 100,000 mentor candidates for one seeker with
 * rankMentors (bios and locations parsed once per distinct string, a bounded heap for the top 20)
 * against a naive baseline that parses every bio and location again and sorts everyone, side by
 * side in one process, in interleaved rounds. Both must return the same top 20.
 *
 * Candidates are synthetic but built deterministically from the demo world: the bios, locations
 * and activity of its mentors, peers, employees and recruiters, recombined and perturbed.
 */
import { performance } from 'node:perf_hooks';
import {
  bioSignals,
  locate,
  mentorFeatures,
  mentorReasons,
  rankMentors,
  scoreMentor,
  type MentorCandidate,
  type MentorSeeker,
  type RankedMentor,
} from '@libs/people';
import { generateWorld } from '@libs/x-simulator';
import { recordResult } from './results.js';

const CANDIDATES = Number(process.env.BENCH_MENTOR_CANDIDATES ?? 100_000);
const ROUNDS = 5;
const LIMIT = 20;
const DAY = 86_400_000;

const world = generateWorld(1);
const now = world.now;
const FIELD = 'data';
const seeker: MentorSeeker = { field: FIELD, place: locate('Austin, TX'), reach: 'any' };

const bases = (['mentor', 'peer', 'employee', 'recruiter'] as const).flatMap((kind) =>
  world.accountsByKind(kind).map((u) =>
    mentorFeatures(
      {
        id: u.id,
        username: u.username,
        description: u.description,
        location: u.location,
        followers: u.public_metrics.followers_count,
      },
      world.timeline(u.id).map((t) => ({
        text: t.text,
        createdAt: Date.parse(t.created_at),
        inReplyToUserId: t.in_reply_to_user_id ?? null,
        authorId: t.author_id,
      })),
      FIELD,
    ),
  ),
);

/** A small deterministic generator (LCG), so every run ranks the same candidates. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function synthesize(n: number): MentorCandidate[] {
  const rand = lcg(7);
  const out = new Array<MentorCandidate>(n);
  for (let i = 0; i < n; i++) {
    const b = bases[i % bases.length];
    // Another account's location, so bios and places recombine.
    const where = bases[(i * 7919) % bases.length].location;
    const posts = Math.max(0, Math.round(b.posts * (0.5 + rand())));
    const onField = Math.min(posts, Math.round(b.onFieldPosts * (0.5 + rand())));
    const replies = Math.round(b.replies * (0.5 + rand()));
    const lastPostAt = b.lastPostAt === null ? null : b.lastPostAt - Math.floor(rand() * 40) * DAY;
    out[i] = {
      id: `${10_000_000 + i}`,
      username: `${b.username}_${i}`,
      // Copies, not the same string objects, as rows from a database would be.
      description: `${b.description} `.slice(0, -1),
      location: `${where} `.slice(0, -1),
      followers: Math.round(b.followers * (0.5 + 2 * rand())),
      posts,
      onFieldPosts: onField,
      replies,
      peopleRepliedTo: Math.min(replies, Math.round(b.peopleRepliedTo * (0.5 + rand()))),
      lastPostAt,
    };
  }
  return out;
}

/** The baseline: parse everything for everyone, score, sort all, keep the first 20. */
function naive(candidates: readonly MentorCandidate[]): RankedMentor[] {
  const scored: { c: MentorCandidate; score: number; d: number | null }[] = [];
  for (const c of candidates) {
    const bio = bioSignals(c.description);
    const s = scoreMentor(seeker, c, bio, locate(c.location), now);
    if (s && s.score > 0) scored.push({ c, score: s.score, d: s.distanceKm });
  }
  scored.sort((a, b) => b.score - a.score || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  return scored.slice(0, LIMIT).map(({ c, score, d }) => {
    const bio = bioSignals(c.description);
    return {
      id: c.id,
      username: c.username,
      score,
      seniority: bio.seniority,
      field: bio.fields[0] ?? null,
      distanceKm: d === null ? null : d < 10 ? Math.round(d * 10) / 10 : Math.round(d),
      reasons: mentorReasons(seeker, c, bio, d, now),
    };
  });
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
const ms = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(run: () => RankedMentor[]): { ms: number; heapMB: number; top: RankedMentor[] } {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const top = run();
  const elapsed = performance.now() - t0;
  // Without a collection in between, the growth is roughly what the run allocated and kept.
  const heap1 = process.memoryUsage().heapUsed;
  return { ms: elapsed, heapMB: mb(Math.max(0, heap1 - heap0)), top };
}

function main() {
  if (!global.gc) process.stdout.write('(run with node --expose-gc for steadier heap numbers)\n');
  locate('warm up the gazetteer');
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const candidates = synthesize(CANDIDATES);
  global.gc?.();
  const candidatesMB = mb(process.memoryUsage().heapUsed - heapBefore);
  const distinctBios = new Set(candidates.map((c) => c.description)).size;
  const distinctPlaces = new Set(candidates.map((c) => c.location)).size;

  const fast: ReturnType<typeof measure>[] = [];
  const slow: ReturnType<typeof measure>[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which goes first, so neither always runs on a warmer heap.
    const runFast = () =>
      fast.push(measure(() => rankMentors(seeker, candidates, { now, limit: LIMIT })));
    const runSlow = () => slow.push(measure(() => naive(candidates)));
    if (r % 2 === 0) {
      runFast();
      runSlow();
    } else {
      runSlow();
      runFast();
    }
  }
  const key = (top: RankedMentor[]) => JSON.stringify(top);
  const same = fast.every((f, i) => key(f.top) === key(slow[i].top));
  if (!same) throw new Error('rankMentors and the naive baseline disagree on the top 20');

  const fastMs = median(fast.map((f) => f.ms));
  const slowMs = median(slow.map((s) => s.ms));
  const top = fast[0].top;
  process.stdout.write(
    `M1 ${CANDIDATES} candidates (${distinctBios} distinct bios, ${distinctPlaces} distinct locations): ` +
      `rankMentors ${ms(fastMs)} ms, naive ${ms(slowMs)} ms (${Math.round((slowMs / fastMs) * 10) / 10}x); same top ${LIMIT}: ${same}\n` +
      `   first: @${top[0]?.username} ${top[0]?.score}: ${top[0]?.reasons.join('; ')}\n`,
  );
  recordResult('mentors', {
    date: new Date().toISOString(),
    candidates: CANDIDATES,
    distinctBios,
    distinctLocations: distinctPlaces,
    rounds: ROUNDS,
    rankMentorsMs: ms(fastMs),
    naiveMs: ms(slowMs),
    'naive / rankMentors': Math.round((slowMs / fastMs) * 10) / 10,
    rankMentorsHeapMB: median(fast.map((f) => f.heapMB)),
    naiveHeapMB: median(slow.map((s) => s.heapMB)),
    candidatesHeapMB: candidatesMB,
    rssMB: mb(process.memoryUsage().rss),
    sameTop20: same,
    topScore: top[0]?.score ?? null,
  });
}

main();
