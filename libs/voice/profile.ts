/**
 * A seeker's voice as a coach would describe it after scrolling their timeline: what they talk
 * about, how much of it is on the pillars they agreed on, their mood and register, how often they
 * post, and whether all of that holds steady month to month. Reposts are left out of every number:
 * they are someone else's words.
 *
 * Pure: `now` defaults to the newest post, never to the clock, so the same posts always give the
 * same profile.
 */
import { countTerms, distinctiveTerms, formality, readability, sentiment } from '@libs/text';
import { BACKGROUND } from './background.js';
import { type Pillar, compilePillars, pillarText, pillarsOf } from './pillars.js';

/** A post by the seeker, as stored after ingestion. */
export interface VoicePost {
  id: string;
  text: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Expanded links (not t.co), when known; otherwise links are read from the text. */
  urls?: string[];
  isReply?: boolean;
  isRepost?: boolean;
}

export interface VoiceMonth {
  /** UTC, YYYY-MM. */
  month: string;
  posts: number;
  /** 0 in a month without posts, as are sentiment and formality. */
  onPillarShare: number;
  sentiment: number;
  formality: number;
  /** 0..100: how close this month is to the seeker's usual voice and cadence. */
  consistency: number;
  /** Coleman–Liau grade of the month's own posts, in [0, 20]; 0 in a month without posts. */
  readability: { grade: number };
  /** The month's distinctive terms (against the same background as the whole profile). */
  themes: { term: string; count: number }[];
  /** Per pillar, in the order given: the month's share and number of posts using it. */
  pillarShare: { pillar: string; share: number; posts: number }[];
}

export interface VoiceProfile {
  /** Own posts (replies included, reposts not). */
  posts: number;
  /** Distinctive terms and hashtags, best first; `count` is the number of posts using them. */
  themes: { term: string; count: number }[];
  /** Per pillar, in the order given: the share and number of own posts using one of its terms. */
  pillarShare: { pillar: string; share: number; posts: number }[];
  /** Share of own posts on at least one pillar. */
  onPillarShare: number;
  /** 0..100, the mean of `months[].consistency` (see README for the formula). */
  consistency: number;
  /** Means over own posts: sentiment in [-1, 1], formality in [0, 1]. */
  tone: { sentiment: number; formality: number };
  /** Coleman–Liau grade over all own posts, in [0, 20]. */
  readability: { grade: number };
  cadence: { postsPerWeek: number; activeWeeks: number; longestGapDays: number };
  /** Every month from the first own post to `now` (the latest 120 at most), oldest first. */
  months: VoiceMonth[];
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** 1970-01-05 was the first Monday after the epoch: weeks run Monday to Sunday, in UTC. */
const FIRST_MONDAY = 4 * DAY;
/** Ten years of months is more than any coach scrolls through, and bounds the work. */
const MAX_MONTHS = 120;
const THEMES = 10;
/** A month holds few posts: a handful of terms says what it was about. */
const MONTH_THEMES = 5;
/** JavaScript dates end at ±8.64e15 ms; anything beyond is not a time. */
const MAX_TIME = 8.64e15;

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Number.isFinite(r) ? r : 0;
};
const clamp = (x: number, lo: number, hi: number) =>
  Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : lo;
const mean = (xs: readonly number[]) =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

export const isTime = (t: unknown): t is number =>
  typeof t === 'number' && Number.isFinite(t) && Math.abs(t) <= MAX_TIME;

/** Posts that can be read at all: a malformed row from storage must not sink the profile. */
export function ownPosts(posts: readonly VoicePost[]): VoicePost[] {
  if (!Array.isArray(posts)) return [];
  const given: readonly (VoicePost | null | undefined)[] = posts;
  return given.filter(
    (p): p is VoicePost =>
      p !== null && typeof p === 'object' && typeof p.text === 'string' && p.isRepost !== true,
  );
}

const monthIndex = (t: number) => {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthLabel = (i: number) => {
  const y = Math.floor(i / 12);
  const m = i - y * 12 + 1;
  const year = y < 0 ? `-${String(-y).padStart(6, '0')}` : String(y).padStart(4, '0');
  return `${year}-${String(m).padStart(2, '0')}`;
};

/**
 * Coleman–Liau, because libs/text counts letters and sentences but not syllables:
 * 0.0588 L - 0.296 S - 15.8, with L letters and S sentences per 100 words.
 */
function grade(texts: readonly string[]): number {
  let words = 0;
  let letters = 0;
  let sentences = 0;
  for (const t of texts) {
    const r = readability(t);
    words += r.words;
    letters += r.words * r.avgWordLength;
    sentences += r.sentences;
  }
  if (words === 0) return 0;
  const L = (100 * letters) / words;
  const S = (100 * sentences) / words;
  return round(clamp(0.0588 * L - 0.296 * S - 15.8, 0, 20), 1);
}

interface Scored {
  post: VoicePost;
  /** Names of the pillars the post is on. */
  pillars: ReadonlySet<string>;
  onPillar: boolean;
  sentiment: number;
  formality: number;
}

/**
 * The seeker's voice from their posts and pillars. Reposts are ignored; replies count. Posts
 * without a usable `createdAt` count for themes, pillars and tone but not for cadence or months.
 */
export function voiceProfile(
  posts: VoicePost[],
  pillars: Pillar[],
  opts: { now?: number } = {},
): VoiceProfile {
  const own = ownPosts(posts);
  const compiled = compilePillars(pillars);
  const perPillar = new Map<string, number>();
  const scored: Scored[] = own.map((post) => {
    const on = new Set(pillarsOf(pillarText(post.text), compiled));
    for (const name of on) perPillar.set(name, (perPillar.get(name) ?? 0) + 1);
    return {
      post,
      pillars: on,
      onPillar: on.size > 0,
      sentiment: sentiment(post.text),
      formality: formality(post.text),
    };
  });
  const n = own.length;
  const share = (k: number) => (n === 0 ? 0 : clamp(k / n, 0, 1));

  const themes = themesOf(
    own.map((p) => p.text),
    THEMES,
  );

  const onPillarShare = share(scored.filter((s) => s.onPillar).length);
  const tone = {
    sentiment: round(mean(scored.map((s) => s.sentiment)), 3),
    formality: round(mean(scored.map((s) => s.formality)), 3),
  };

  const timed = scored.filter((s) => isTime(s.post.createdAt));
  timed.sort((a, b) => a.post.createdAt - b.post.createdAt);
  const cadence = cadenceOf(
    timed.map((s) => s.post.createdAt),
    opts.now,
  );
  const months = monthsOf(
    timed,
    compiled.map((p) => p.name),
    opts.now,
  );

  return {
    posts: n,
    themes,
    pillarShare: compiled.map((p) => ({
      pillar: p.name,
      share: round(share(perPillar.get(p.name) ?? 0), 4),
      posts: perPillar.get(p.name) ?? 0,
    })),
    onPillarShare: round(onPillarShare, 4),
    consistency:
      months.length === 0 ? 0 : Math.round(clamp(mean(months.map((m) => m.consistency)), 0, 100)),
    tone,
    readability: { grade: grade(own.map((p) => p.text)) },
    cadence,
    months,
  };
}

function themesOf(texts: readonly string[], top: number): { term: string; count: number }[] {
  return distinctiveTerms(countTerms(texts, { distinct: true }), BACKGROUND, {
    top,
    minCount: 2,
  }).map(({ term, count }) => ({ term, count }));
}

function pillarShareOf(scored: readonly Scored[], pillarNames: readonly string[]) {
  return pillarNames.map((pillar) => {
    const posts = scored.filter((s) => s.pillars.has(pillar)).length;
    return {
      pillar,
      share: scored.length === 0 ? 0 : round(clamp(posts / scored.length, 0, 1), 4),
      posts,
    };
  });
}

function cadenceOf(times: readonly number[], now: number | undefined): VoiceProfile['cadence'] {
  if (times.length === 0) return { postsPerWeek: 0, activeWeeks: 0, longestGapDays: 0 };
  const first = times[0];
  const last = times[times.length - 1];
  const end = isTime(now) && now > last ? now : last;
  const weeks = Math.max(1, (end - first) / WEEK);
  const activeWeeks = new Set(times.map((t) => Math.floor((t - FIRST_MONDAY) / WEEK))).size;
  let gap = end - last;
  for (let i = 1; i < times.length; i++) gap = Math.max(gap, times[i] - times[i - 1]);
  return {
    postsPerWeek: round(times.length / weeks, 2),
    activeWeeks,
    longestGapDays: round(gap / DAY, 1),
  };
}

/**
 * Each month's distance from the seeker's usual voice, as the mean of three deviations in [0, 1]:
 * pillar share min(1, 2 |share - overall|), tone min(1, |sentiment - overall| / 2 + |formality -
 * overall|), cadence min(1, |posts - mean posts per month| / mean). A month without posts scores
 * 0: silence is the least steady voice there is.
 */
function monthsOf(
  timed: readonly Scored[],
  pillarNames: readonly string[],
  now: number | undefined,
): VoiceMonth[] {
  if (timed.length === 0) return [];
  const lastPost = timed[timed.length - 1].post.createdAt;
  const endIdx = monthIndex(isTime(now) && now > lastPost ? now : lastPost);
  const startIdx = Math.max(monthIndex(timed[0].post.createdAt), endIdx - MAX_MONTHS + 1);
  const buckets: Scored[][] = Array.from({ length: endIdx - startIdx + 1 }, () => []);
  for (const s of timed) {
    const i = monthIndex(s.post.createdAt) - startIdx;
    if (i >= 0 && i < buckets.length) buckets[i].push(s);
  }
  const inWindow = buckets.flat();
  if (inWindow.length === 0) return [];
  const baseShare = inWindow.filter((s) => s.onPillar).length / inWindow.length;
  const baseSentiment = mean(inWindow.map((s) => s.sentiment));
  const baseFormality = mean(inWindow.map((s) => s.formality));
  const perMonth = inWindow.length / buckets.length;

  return buckets.map((b, i) => {
    const month = monthLabel(startIdx + i);
    if (b.length === 0) {
      return {
        month,
        posts: 0,
        onPillarShare: 0,
        sentiment: 0,
        formality: 0,
        consistency: 0,
        readability: { grade: 0 },
        themes: [],
        pillarShare: pillarShareOf([], pillarNames),
      };
    }
    const shareM = b.filter((s) => s.onPillar).length / b.length;
    const sentimentM = mean(b.map((s) => s.sentiment));
    const formalityM = mean(b.map((s) => s.formality));
    const dPillar = Math.min(1, 2 * Math.abs(shareM - baseShare));
    const dTone = Math.min(
      1,
      Math.abs(sentimentM - baseSentiment) / 2 + Math.abs(formalityM - baseFormality),
    );
    const dCadence = Math.min(1, Math.abs(b.length - perMonth) / perMonth);
    return {
      month,
      posts: b.length,
      onPillarShare: round(shareM, 4),
      sentiment: round(sentimentM, 3),
      formality: round(formalityM, 3),
      consistency: Math.round(clamp(100 * (1 - (dPillar + dTone + dCadence) / 3), 0, 100)),
      readability: { grade: grade(b.map((s) => s.post.text)) },
      themes: themesOf(
        b.map((s) => s.post.text),
        MONTH_THEMES,
      ),
      pillarShare: pillarShareOf(b, pillarNames),
    };
  });
}
