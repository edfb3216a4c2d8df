/**
 * A company's culture dossier, computed from what its brand, careers, executive and employee
 * accounts posted. Pure: the service hands in posts and the background corpus, so the same input
 * always gives the same dossier, and tests can score it against the simulator's ground truth.
 * Every claim carries the posts behind it.
 */
import {
  distinctiveTerms,
  formality,
  hiringSignals,
  sentiment,
  terms,
  type TermCounts,
} from '@libs/text';
import type { AccountKind, PostRow } from './research.repository.js';

export interface PostRef {
  id: string;
  url: string;
  author: string | null;
  createdAt: string;
  text: string;
}

export interface Claim {
  label: string;
  count: number;
  posts: PostRef[];
}

export interface Tone {
  posts: number;
  sentiment: number;
  formality: number;
}

export interface DossierBody {
  company: { name: string; brandUsername: string };
  window: { from: string; to: string; posts: number; brandPosts: number; employeePosts: number };
  themes: (Claim & { term: string; score: number })[];
  values: (Claim & { share: number })[];
  tone: { brand: Tone; employees: Tone };
  cadence: {
    brandPostsPerWeek: number;
    employeePostsPerWeek: number;
    activeEmployees: number;
    lastPostAt: string | null;
  };
  hiring: {
    posts: number;
    roles: Claim[];
    teams: Claim[];
    locations: Claim[];
    workplace: Claim[];
  };
  voices: { brand: string[]; employees: string[] };
  changes: {
    newThemes: Claim[];
    rising: (Claim & { previous: number })[];
    falling: (Claim & { previous: number })[];
  };
}

/**
 * What companies say they value, as words people use for it. Matched on whole terms and
 * hashtags; a post counts once per value.
 */
export const VALUES: Readonly<Record<string, readonly string[]>> = {
  // Words a company uses for the value and rarely for anything else: "customer" or "launch"
  // alone are product talk, not culture.
  'remote work': [
    'remote',
    'remotework',
    'remotefirst',
    'async',
    'distributed',
    'offsite',
    'home-office',
  ],
  learning: [
    'learning',
    'alwayslearning',
    'careergrowth',
    'courses',
    'lunch-and-learn',
    'buddy',
    'upskilling',
  ],
  inclusion: [
    'inclusion',
    'inclusive',
    'belonging',
    'dei',
    'diversity',
    'diverse',
    'accessibility',
    'non-traditional',
  ],
  'shipping fast': ['shipit', 'shipped', 'deploy', 'releases', 'merged', 'velocity'],
  'customer obsession': [
    'customerfirst',
    'customerexperience',
    'obsession',
    'nps',
    'feedback',
    'rotation',
  ],
  'work-life balance': ['worklifebalance', 'pto', 'four-day', 'leave', 'wellbeing', 'grass'],
  ownership: ['ownership', 'autonomy', 'accountability', 'engineeringculture', 'ticket-takers'],
  sustainability: ['sustainability', 'renewable', 'co2', 'carbon', 'emissions', 'commuting'],
  transparency: [
    'transparency',
    'paytransparency',
    'all-hands',
    'financials',
    'handbook',
    'postmortems',
    'formula',
  ],
  mentorship: ['mentorship', 'mentor', 'mentored', 'mentoring', 'apprenticeships', 'paired'],
};

const DAY = 24 * 3600_000;
/** Posts of other accounts below which the background says nothing about a company. */
const MIN_BACKGROUND = 500;
const EXAMPLES = 3;

export function postUrl(p: { id: string; username: string | null }): string {
  return `https://x.com/${p.username ?? 'i'}/status/${p.id}`;
}

function ref(p: PostRow): PostRef {
  return {
    id: p.id,
    url: postUrl(p),
    author: p.username,
    createdAt: new Date(p.createdAt).toISOString(),
    text: p.text,
  };
}

/** The most engaging posts first, then the newest: the examples a reader should see. */
/** Snowflake ids as strings: a longer one is newer, else compare as text. */
const newer = (a: string, b: string) => a.length - b.length || (a > b ? 1 : a < b ? -1 : 0);

function examples(posts: PostRow[], n = EXAMPLES): PostRef[] {
  return [...posts]
    .sort((a, b) => b.likes + b.reposts - (a.likes + a.reposts) || newer(b.id, a.id))
    .slice(0, n)
    .map(ref);
}

const isRepost = (p: PostRow) => p.referenced.some((r) => r.type === 'retweeted');

/** Tone is an average: past a couple of thousand posts, an evenly spaced sample says the same. */
const TONE_SAMPLE = 2000;

function tone(posts: PostRow[]): Tone {
  if (!posts.length) return { posts: 0, sentiment: 0, formality: 0 };
  const step = Math.max(1, posts.length / TONE_SAMPLE);
  const sample: PostRow[] = [];
  for (let i = 0; i < posts.length; i += step) sample.push(posts[Math.floor(i)]);
  const s = sample.reduce((n, p) => n + sentiment(p.text), 0) / sample.length;
  const f = sample.reduce((n, p) => n + formality(p.text), 0) / sample.length;
  return { posts: posts.length, sentiment: round(s), formality: round(f) };
}

/** A cheap test before the full extraction: hiring posts say so in a few ways. */
const HIRING_CUE = /hiring|#jobs|join (?:us|our)|open (?:role|position)|new role|we are looking/i;

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** Posts that use each term, once per post. */
/** Each post's distinct terms, computed once: a dossier asks for them many times. */
const termCache = new WeakMap<PostRow, Set<string>>();
function termsOf(p: PostRow): Set<string> {
  let t = termCache.get(p);
  if (!t) termCache.set(p, (t = new Set(terms(p.text))));
  return t;
}

function index(posts: PostRow[]): Map<string, PostRow[]> {
  const out = new Map<string, PostRow[]>();
  for (const p of posts) {
    for (const t of termsOf(p)) {
      const list = out.get(t);
      if (list) list.push(p);
      else out.set(t, [p]);
    }
  }
  return out;
}

function counts(byTerm: Map<string, PostRow[]>): TermCounts {
  return new Map([...byTerm].map(([t, ps]) => [t, ps.length]));
}

/**
 * Values the company speaks of, strongest first. What counts is how much more than everyone else
 * it speaks of them (lift over the background corpus), weighed by how often: every company's
 * engineers post "shipped X today", few post about pay transparency.
 */
function valueClaims(posts: PostRow[], df: Map<string, number>): (Claim & { share: number })[] {
  const byTerm = index(posts);
  const corpus = Math.max(1, df.get('') ?? 0);
  const out: (Claim & { share: number; weight: number })[] = [];
  for (const [label, words] of Object.entries(VALUES)) {
    const wanted = new Set(words.flatMap((w) => [w, `#${w}`]));
    // A post speaks of a value when it tags it or uses two of its words; one word in passing
    // ("shipped SSO today") is not a statement of culture.
    const strength = (p: PostRow) => {
      const hit = new Set([...termsOf(p)].filter((t) => wanted.has(t)));
      const tagged = [...hit].some((t) => t.startsWith('#'));
      return tagged ? hit.size + 1 : hit.size;
    };
    const scored = posts.map((p) => ({ p, s: strength(p) })).filter((x) => x.s >= 2);
    const matching = scored.map((x) => x.p);
    if (matching.length < 2) continue;
    const share = matching.length / posts.length;
    // The background is everyone else: the corpus less this company's own posts. Its share is an
    // upper bound (a post using two of the words counts twice). A young deployment whose corpus is
    // mostly this company has no background to speak of; then frequency alone ranks.
    const rest = corpus - posts.length;
    const ownUses = [...wanted].reduce((n, w) => n + (byTerm.get(w)?.length ?? 0), 0);
    const restUses = Math.max(0, [...wanted].reduce((n, w) => n + (df.get(w) ?? 0), 0) - ownUses);
    const lift =
      rest < MIN_BACKGROUND ? 2 : share / Math.max(Math.min(1, restUses / rest), 1 / rest);
    if (lift <= 1) continue;
    out.push({
      label,
      count: matching.length,
      share: round(share),
      // The clearest statements first, then the most engaging.
      posts: examples(
        scored
          .sort((a, b) => b.s - a.s)
          .slice(0, Math.max(EXAMPLES, scored.filter((x) => x.s === scored[0].s).length))
          .map((x) => x.p),
      ),
      weight: matching.length * Math.log(lift),
    });
  }
  return out
    .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label))
    .map(({ weight: _weight, ...claim }) => claim);
}

function tally(items: { key: string; post: PostRow }[]): Claim[] {
  const by = new Map<string, PostRow[]>();
  for (const { key, post } of items) by.set(key, [...(by.get(key) ?? []), post]);
  return [...by]
    .map(([label, ps]) => ({ label, count: ps.length, posts: examples(ps) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export interface DossierInput {
  company: { name: string; brandUsername: string };
  /** Kind of each confirmed account, by X id. */
  kinds: Map<string, AccountKind>;
  /** Their posts in the window, newest first. */
  posts: PostRow[];
  /** Background document frequency (term '' = corpus size). */
  df: Map<string, number>;
  now: Date;
  windowDays: number;
}

/** The background counts the themes are compared against: the corpus less this company's posts. */
export function backgroundFor(df: Map<string, number>, fg: TermCounts): TermCounts {
  const bg: TermCounts = new Map();
  for (const [t, n] of fg) bg.set(t, Math.max(0, (df.get(t) ?? 0) - n));
  bg.set('', Math.max(1, (df.get('') ?? 0) - (fg.get('') ?? 0)));
  return bg;
}

function themesOf(
  posts: PostRow[],
  df: Map<string, number>,
  top: number,
): (Claim & { term: string; score: number })[] {
  const byTerm = index(posts);
  const fg = counts(byTerm);
  const bg = backgroundFor(df, fg);
  bg.delete('');
  return distinctiveTerms(fg, bg, {
    top,
    minCount: Math.min(3, Math.max(2, posts.length / 50)),
  }).map((d) => ({
    term: d.term,
    label: d.term,
    score: round(d.score),
    count: d.count,
    posts: examples(byTerm.get(d.term) ?? []),
  }));
}

export function computeDossier(input: DossierInput): DossierBody {
  const { posts, kinds, now } = input;
  const own = posts.filter((p) => !isRepost(p));
  const brandSide = own.filter((p) => {
    const k = kinds.get(p.authorId);
    return k === 'brand' || k === 'careers';
  });
  const employeeSide = own.filter((p) => {
    const k = kinds.get(p.authorId);
    return k === 'employee' || k === 'executive';
  });
  const weeks = input.windowDays / 7;

  const hiringItems = own
    .filter((p) => HIRING_CUE.test(p.text))
    .map((p) => ({ p, h: hiringSignals(p.text) }))
    .filter((x) => x.h.hiring);
  const weekAgo = now.getTime() - 7 * DAY;
  const thisWeek = own.filter((p) => new Date(p.createdAt).getTime() >= weekAgo);
  const lastWeek = own.filter((p) => {
    const t = new Date(p.createdAt).getTime();
    return t < weekAgo && t >= weekAgo - 7 * DAY;
  });
  const nowThemes = index(thisWeek);
  const beforeThemes = index(lastWeek);
  const themes = themesOf(own, input.df, 12);
  const themeTerms = new Set(themes.map((t) => t.term));
  const changeOf = (term: string) => ({
    now: nowThemes.get(term) ?? [],
    before: beforeThemes.get(term) ?? [],
  });
  const weekly = themesOf(thisWeek, input.df, 12);
  const newThemes = weekly
    .filter((t) => (beforeThemes.get(t.term)?.length ?? 0) === 0 && t.count >= 2)
    .map((t) => ({ label: t.term, count: t.count, posts: t.posts }));
  const moves = [...new Set([...themeTerms, ...weekly.map((w) => w.term)])].map((term) => {
    const c = changeOf(term);
    return {
      label: term,
      count: c.now.length,
      previous: c.before.length,
      // A falling theme may have no post this week: show the ones it fell from.
      posts: examples(c.now.length ? c.now : c.before),
    };
  });

  return {
    company: input.company,
    window: {
      from: new Date(now.getTime() - input.windowDays * DAY).toISOString(),
      to: now.toISOString(),
      posts: own.length,
      brandPosts: brandSide.length,
      employeePosts: employeeSide.length,
    },
    themes,
    values: valueClaims(own, input.df),
    tone: { brand: tone(brandSide), employees: tone(employeeSide) },
    cadence: {
      brandPostsPerWeek: round(brandSide.length / weeks, 1),
      employeePostsPerWeek: round(employeeSide.length / weeks, 1),
      activeEmployees: new Set(employeeSide.map((p) => p.authorId)).size,
      lastPostAt: own[0] ? new Date(own[0].createdAt).toISOString() : null,
    },
    hiring: {
      posts: hiringItems.length,
      roles: tally(hiringItems.flatMap(({ p, h }) => h.roles.map((key) => ({ key, post: p })))),
      teams: tally(hiringItems.flatMap(({ p, h }) => h.teams.map((key) => ({ key, post: p })))),
      locations: tally(
        hiringItems.flatMap(({ p, h }) => h.locations.map((key) => ({ key, post: p }))),
      ),
      workplace: tally(
        hiringItems.flatMap(({ p, h }) => (h.workplace ? [{ key: h.workplace, post: p }] : [])),
      ),
    },
    voices: {
      brand: themesOf(brandSide, input.df, 6).map((t) => t.term),
      employees: themesOf(employeeSide, input.df, 6).map((t) => t.term),
    },
    changes: {
      newThemes,
      rising: moves
        .filter((m) => m.count >= 2 && m.count >= 2 * Math.max(1, m.previous))
        .sort((a, b) => b.count - b.previous - (a.count - a.previous))
        .slice(0, 5),
      falling: moves
        .filter((m) => m.previous >= 2 && m.count * 2 <= m.previous)
        .sort((a, b) => b.previous - b.count - (a.previous - a.count))
        .slice(0, 5),
    },
  };
}
