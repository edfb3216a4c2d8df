/**
 * Ranking people on X as mentors for a seeker. Candidates arrive pre-aggregated (one row per
 * account: bio, location and counts over its recent posts), so ranking a hundred thousand is a
 * pass over rows, not over posts.
 *
 * A mentor worth contacting is in the seeker's field, senior, answers other people and is still
 * around. The score multiplies those, so a weak one cannot be bought back by a strong other:
 *
 *   score = topical^1.5 × seniority × engagement × recency × location, each in 0..1
 *
 * - topical: the share and number of their posts on the field, and whether their bio names it.
 *   Someone whose bio and posts are about another field scores near zero whatever else they are.
 * - seniority: from the bio; people starting out rank well below anyone experienced.
 * - engagement: replies to other people (distinct people count most), reach, an offer of help in
 *   the bio, and how much they post.
 * - recency: flat for two weeks, gently down to 30 days, then strongly down: a dormant expert
 *   does not answer.
 * - location: 'near' keeps only people within the radius; 'any' gives them a mild edge.
 */
import { distanceKm } from './geo.js';
import { locate, type Place } from './gazetteer.js';
import { bioSignals, FIELDS, fieldScores, type BioSignals, type Seniority } from './profile.js';
import { TopK } from './top-k.js';

const DAY = 86_400_000;
export const DEFAULT_RADIUS_KM = 150;

/** One account's recent activity, aggregated (by SQL in the app, by mentorFeatures in tests). */
export interface MentorCandidate {
  id: string;
  username: string;
  description: string;
  location: string;
  followers: number;
  /** Their own posts in the window, replies included, retweets not. */
  posts: number;
  /** Of those, the ones that name the seeker's field (a title or skill of FIELDS[field]). */
  onFieldPosts: number;
  /** Replies to someone else (not to themselves). */
  replies: number;
  /** Distinct people those replies went to. */
  peopleRepliedTo: number;
  /** Their newest post, ms since epoch; null when they posted nothing in the window. */
  lastPostAt: number | null;
}

export interface MentorAccount {
  id: string;
  username: string;
  description: string;
  location: string;
  followers: number;
}

export interface MentorPost {
  text: string;
  /** ms since epoch */
  createdAt: number;
  inReplyToUserId: string | null;
  authorId: string;
}

export interface MentorSeeker {
  field: string;
  place: Place | null;
  /** 'near': only people within radiusKm; 'remote': location ignored; 'any': a mild edge to near. */
  reach: 'near' | 'remote' | 'any';
  /** Default 150. */
  radiusKm?: number;
}

export interface RankOptions {
  /** ms since epoch, for recency. */
  now: number;
  /** Default 20. */
  limit?: number;
  /** Account ids to leave out, e.g. people the seeker already contacted. */
  exclude?: ReadonlySet<string>;
}

export interface RankedMentor {
  id: string;
  username: string;
  /** 0..1 */
  score: number;
  seniority: Seniority;
  /** The field their bio names most, or null. */
  field: string | null;
  /** From the seeker, when both are placed. */
  distanceKm: number | null;
  /** Why they rank where they do, in words a coach can repeat. */
  reasons: string[];
}

const isRetweet = (text: string) => text.startsWith('RT @');

/**
 * Aggregates an account's posts into a candidate row, counting as the app's SQL does: posts by
 * the account that are not retweets; on-field when the text names the field.
 */
export function mentorFeatures(
  account: MentorAccount,
  posts: Iterable<MentorPost>,
  field: string,
): MentorCandidate {
  let n = 0;
  let onField = 0;
  let replies = 0;
  let last: number | null = null;
  const people = new Set<string>();
  for (const p of posts) {
    if (p.authorId !== account.id || isRetweet(p.text)) continue;
    n++;
    if ((fieldScores(p.text).get(field) ?? 0) > 0) onField++;
    if (p.inReplyToUserId && p.inReplyToUserId !== account.id) {
      replies++;
      people.add(p.inReplyToUserId);
    }
    if (last === null || p.createdAt > last) last = p.createdAt;
  }
  return {
    id: account.id,
    username: account.username,
    description: account.description,
    location: account.location,
    followers: account.followers,
    posts: n,
    onFieldPosts: onField,
    replies,
    peopleRepliedTo: people.size,
    lastPostAt: last,
  };
}

// People starting out help each other, but as mentors they rank well below anyone experienced.
const SENIORITY_SCORE: Record<Seniority, number> = {
  executive: 1,
  senior: 0.95,
  mid: 0.6,
  unknown: 0.5,
  early: 0.2,
  student: 0.15,
};

const saturate = (x: number, scale: number) => 1 - Math.exp(-x / scale);

function recencyFactor(lastPostAt: number | null, now: number): number {
  if (lastPostAt === null) return 0.05;
  const days = Math.max(0, (now - lastPostAt) / DAY);
  if (days <= 14) return 1;
  if (days <= 30) return 1 - (0.2 * (days - 14)) / 16;
  return 0.25 * Math.exp(-(days - 30) / 30);
}

/** A candidate's score and distance, or null when the seeker's reach rules them out. */
export function scoreMentor(
  seeker: MentorSeeker,
  c: MentorCandidate,
  bio: BioSignals,
  place: Place | null,
  now: number,
): { score: number; distanceKm: number | null } | null {
  const radius = seeker.radiusKm ?? DEFAULT_RADIUS_KM;
  const d = seeker.place && place ? distanceKm(seeker.place, place) : null;
  let location = 1;
  if (seeker.reach === 'near') {
    if (d === null || d > radius) return null;
    location = 1 - (0.15 * d) / radius;
  } else if (seeker.reach === 'any') {
    location = d !== null && d <= radius ? 1 - (0.05 * d) / radius : 0.9;
  }

  const share = c.posts > 0 ? c.onFieldPosts / c.posts : 0;
  // Half of a mentor's posts being general career advice is normal, so half on-field is full marks.
  const onPosts = Math.min(1, share / 0.5) * saturate(c.onFieldPosts, 4);
  const i = bio.fields.indexOf(seeker.field);
  const inBio = i === 0 ? 1 : i > 0 ? 0.7 : bio.fields.length ? 0 : 0.4;
  const topical = 0.65 * onPosts + 0.35 * inBio;

  const responsive = 0.7 * saturate(c.peopleRepliedTo, 3) + 0.3 * saturate(c.replies, 6);
  const reach = Math.min(1, Math.log10(1 + Math.max(0, c.followers)) / 4);
  const engagement =
    0.55 * responsive + 0.15 * reach + 0.15 * (bio.mentors ? 1 : 0) + 0.15 * saturate(c.posts, 10);

  const score =
    topical ** 1.5 *
    SENIORITY_SCORE[bio.seniority] *
    engagement *
    recencyFactor(c.lastPostAt, now) *
    location;
  return { score: Math.round(score * 10_000) / 10_000, distanceKm: d };
}

const SENIORITY_LABEL: Record<Seniority, string | null> = {
  executive: 'Executive',
  senior: 'Senior',
  mid: 'Mid-career',
  early: 'Early-career',
  student: 'Student',
  unknown: null,
};

function roundKm(d: number): number {
  return d < 10 ? Math.round(d * 10) / 10 : Math.round(d);
}

/** The reasons shown with a ranked mentor. */
export function mentorReasons(
  seeker: MentorSeeker,
  c: MentorCandidate,
  bio: BioSignals,
  d: number | null,
  now: number,
): string[] {
  const out: string[] = [];
  const label = SENIORITY_LABEL[bio.seniority];
  if (label) out.push(bio.seniorityEvidence ? `${label}: '${bio.seniorityEvidence}'` : label);
  const field = FIELDS[seeker.field]?.label ?? seeker.field;
  if (c.posts > 0) out.push(`${c.onFieldPosts} of ${c.posts} recent posts are about ${field}`);
  if (bio.fields[0] === seeker.field) out.push(`Bio names ${field}`);
  else if (bio.fields.length && !bio.fields.includes(seeker.field)) {
    out.push(`Bio is about ${FIELDS[bio.fields[0]]?.label ?? bio.fields[0]}`);
  }
  if (c.replies > 0) {
    const people = c.peopleRepliedTo === 1 ? '1 person' : `${c.peopleRepliedTo} people`;
    out.push(`Answers others: ${c.replies} ${c.replies === 1 ? 'reply' : 'replies'} to ${people}`);
  } else out.push('No replies to others in the window');
  if (bio.mentors) out.push('Offers help in their bio');
  if (d !== null) out.push(`${c.location} — ${roundKm(d)} km away`);
  if (c.lastPostAt === null) out.push('No posts in the window');
  else {
    const days = Math.floor((now - c.lastPostAt) / DAY);
    if (days > 30) out.push(`Quiet for ${days} days`);
  }
  return out;
}

/** Memoizes a function of a string for one ranking: bios and locations repeat a lot. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      cache.set(s, v);
    }
    return v as T;
  };
}

interface Kept {
  id: string;
  score: number;
  c: MentorCandidate;
  bio: BioSignals;
  d: number | null;
}

/**
 * The best `limit` mentors for a seeker, best first (ties by id). One pass with a bounded heap;
 * bios and locations are parsed once per distinct string.
 */
export function rankMentors(
  seeker: MentorSeeker,
  candidates: Iterable<MentorCandidate>,
  opts: RankOptions,
): RankedMentor[] {
  const limit = opts.limit ?? 20;
  if (seeker.reach === 'near' && !seeker.place) return [];
  const bioOf = memo(bioSignals);
  const placeOf = memo(locate);
  const top = new TopK<Kept>(limit);
  for (const c of candidates) {
    if (opts.exclude?.has(c.id)) continue;
    const bio = bioOf(c.description);
    // Location is parsed only when it can matter.
    const place = seeker.reach === 'remote' || !seeker.place ? null : placeOf(c.location);
    const s = scoreMentor(seeker, c, bio, place, opts.now);
    if (!s || s.score <= 0 || !top.admits(s.score, c.id)) continue;
    top.push({ id: c.id, score: s.score, c, bio, d: s.distanceKm });
  }
  return top.sorted().map((k) => ({
    id: k.id,
    username: k.c.username,
    score: k.score,
    seniority: k.bio.seniority,
    field: k.bio.fields[0] ?? null,
    distanceKm: k.d === null ? null : roundKm(k.d),
    reasons: mentorReasons(seeker, k.c, k.bio, k.d, opts.now),
  }));
}
