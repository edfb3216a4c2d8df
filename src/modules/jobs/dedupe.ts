/**
 * One group per opening, however many people posted it. On X the same job is announced by the
 * careers account, re-posted by employees with `?ref=` links, by in-house and agency recruiters
 * with their own tracking tags, and sometimes without a link at all. Grouping rules, strongest
 * first:
 *
 * 1. The same apply URL, once canonical (libs/text `canonicalUrl` drops tracking parameters) and
 *    without referral parameters `canonicalUrl` keeps, is the same opening.
 * 2. A post without an apply URL joins posts with the same normalized title, company and place
 *    and a near-duplicate text (SimHash): a recruiter pasting the careers post without its link.
 *
 * Invariant: a group never holds two different apply URLs. Two URLs are two openings (a company
 * often has one title open twice), so link-less posts near both join only the nearest (then the
 * earliest), and a chain of link-less posts cannot bridge them.
 *
 * Cost is linear in the posts plus, per title+company+place bucket that has a link-less post, a
 * comparison per pair of distinct SimHashes in it; `naiveDedupe` compares every pair of posts
 * with the same rules and gives the same groups, for the benchmark and as a test oracle.
 */
import { canonicalUrl, hamming, simhash } from '@libs/text';

export interface DedupeItem {
  postId: string;
  authorId: string;
  createdAt: number;
  text: string;
  posting: {
    title: string;
    company: string | null;
    companyHandle: string | null;
    location: string | null;
    applyUrl: string | null;
  };
  /**
   * A post filed earlier carries what was computed for it then (`groupingOf` and its SimHash),
   * so the service can group new posts with stored ones without keeping their texts.
   */
  known?: Grouping & { hash: bigint };
}

/** What decides a post's group besides its text: its apply URL key and its title bucket. */
export interface Grouping {
  url: string | null;
  /** Normalized title, company and place: the only posts whose texts are compared. */
  bucket: string;
}

export interface PostingGroup {
  /** `url:<canonical apply URL>`, or `tc:<title>|<company>[|<location>]` for link-less groups. */
  key: string;
  postIds: string[];
  /** Distinct authors, in order of their first post. */
  authorIds: string[];
  firstAt: number;
  lastAt: number;
  /** The post that stands for the group: the earliest with an apply URL, else the earliest. */
  representative: string;
}

/**
 * Template fills of one opening by one poster differ in links and punctuation (0–3 bits); the
 * title and company must already agree, so a looser bound costs little and absorbs a changed
 * hashtag or emoji.
 */
const MAX_DISTANCE = 6;

/**
 * Parameters that only say who shared a link and that `canonicalUrl` keeps because they are not
 * universal tracking names. Content parameters (`gh_jid`, `jobId`) stay.
 */
const REFERRAL = new Set([
  'ref',
  'referrer',
  'referral',
  'referer',
  'source',
  'src',
  'via',
  'from',
  'trk',
  'trackingid',
  'share',
  'shared',
  'campaign',
  'medium',
  'channel',
  'lever-source',
  'lever-origin',
  'gh_src',
]);

/** The apply URL as a grouping key, or null when it is not an http(s) link. */
export function applyUrlKey(url: string | null): string | null {
  if (!url) return null;
  const canonical = canonicalUrl(url);
  if (!canonical) return null;
  const u = new URL(canonical);
  const kept = [...u.searchParams].filter(([k]) => !REFERRAL.has(k.toLowerCase()));
  if (kept.length === u.searchParams.size) return canonical;
  u.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  return u.href;
}

const norm = (s: string | null): string =>
  (s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();

const TITLE_ABBREVIATIONS: Record<string, string> = { sr: 'senior', jr: 'junior' };
/** Legal suffixes, so that "Acme Inc." and "Acme" are one company. */
const LEGAL = /\s+(?:inc|llc|ltd|gmbh|corp|corporation|co|plc|sa|ag|bv)$/;

function titleKey(title: string): string {
  return norm(title)
    .split(' ')
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w)
    .join(' ');
}

function companyKey(company: string | null, handle: string | null): string {
  const c = norm(company).replace(LEGAL, '');
  return c || norm(handle).replace(/\s+/g, '');
}

interface Prepared {
  i: number;
  url: string | null;
  /** Normalized title, company and place: the only posts whose texts are compared. */
  bucket: string;
  hash: bigint;
}

/** Union-find over item indexes; the lower index stays root, so order of unions never matters. */
class Groups {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }

  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

export function groupingOf(p: DedupeItem['posting']): Grouping {
  // "Austin, TX" and "Austin (hybrid)" are one place: the city before any qualifier.
  const place = norm(p.location?.split(/[,(|/·]/)[0] ?? null);
  return {
    url: applyUrlKey(p.applyUrl),
    bucket: `${titleKey(p.title)}|${companyKey(p.company, p.companyHandle)}${place ? `|${place}` : ''}`,
  };
}

function prepare(items: readonly DedupeItem[]): Prepared[] {
  return items.map((it, i) => ({ i, ...(it.known ?? groupingOf(it.posting)), hash: 0n }));
}

const hashOf = (it: DedupeItem): bigint => it.known?.hash ?? simhash(it.text);

function byBucket(prepared: Prepared[]): Map<string, Prepared[]> {
  const buckets = new Map<string, Prepared[]>();
  for (const p of prepared) {
    const b = buckets.get(p.bucket);
    if (b) b.push(p);
    else buckets.set(p.bucket, [p]);
  }
  return buckets;
}

function groupByUrl(prepared: Prepared[], groups: Groups): void {
  const first = new Map<string, number>();
  for (const p of prepared) {
    if (p.url === null) continue;
    const f = first.get(p.url);
    if (f === undefined) first.set(p.url, p.i);
    else groups.union(f, p.i);
  }
}

/** A candidate link for a cluster of link-less posts: nearest first, then earliest. */
interface Anchor {
  distance: number;
  i: number;
}
const nearer = (a: Anchor, b: Anchor | undefined) =>
  !b || a.distance < b.distance || (a.distance === b.distance && a.i < b.i);

/**
 * Rule 2 within one bucket. Link-less posts first join each other (every near pair, so the
 * clusters do not depend on order); then each cluster joins the one linked post nearest to any
 * of its members, so a cluster can never carry two links into one group.
 */
function groupByText(bucket: Prepared[], items: readonly DedupeItem[], groups: Groups): void {
  // One entry per distinct SimHash: reposts of one text hash identically, so a bucket of a
  // thousand copies costs a thousand lookups, not a million comparisons.
  const hashes = new Map<bigint, { linkless: number[]; linked: number[] }>();
  for (const p of bucket) {
    p.hash = hashOf(items[p.i]);
    let h = hashes.get(p.hash);
    if (!h) hashes.set(p.hash, (h = { linkless: [], linked: [] }));
    (p.url === null ? h.linkless : h.linked).push(p.i);
  }
  const distinct = [...hashes];
  for (const [, h] of distinct) for (const i of h.linkless) groups.union(h.linkless[0], i);
  for (let a = 0; a < distinct.length; a++) {
    const ha = distinct[a][1];
    if (!ha.linkless.length) continue;
    for (let b = a + 1; b < distinct.length; b++) {
      const hb = distinct[b][1];
      if (hb.linkless.length && hamming(distinct[a][0], distinct[b][0]) <= MAX_DISTANCE) {
        groups.union(ha.linkless[0], hb.linkless[0]);
      }
    }
  }
  const anchors = new Map<number, Anchor>();
  for (const [ha, a] of distinct) {
    if (!a.linkless.length) continue;
    const root = groups.find(a.linkless[0]);
    for (const [hb, b] of distinct) {
      if (!b.linked.length) continue;
      const distance = hamming(ha, hb);
      if (distance > MAX_DISTANCE) continue;
      // Linked posts arrive in index order, so the first is the earliest with this hash.
      const cand = { distance, i: b.linked[0] };
      if (nearer(cand, anchors.get(root))) anchors.set(root, cand);
    }
  }
  for (const [root, a] of anchors) groups.union(root, a.i);
}

/** Groups job posts by the opening they announce, in order of first appearance. */
export function dedupePostings(items: readonly DedupeItem[]): PostingGroup[] {
  const prepared = prepare(items);
  const groups = new Groups(prepared.length);
  groupByUrl(prepared, groups);
  for (const bucket of byBucket(prepared).values()) {
    // Posts with links are grouped already; text only speaks for a post without one.
    if (bucket.length > 1 && bucket.some((p) => p.url === null)) groupByText(bucket, items, groups);
  }
  return collect(items, prepared, groups);
}

/** The same rules over every pair of posts: quadratic, for the benchmark and as a test oracle. */
export function naiveDedupe(items: readonly DedupeItem[]): PostingGroup[] {
  const prepared = prepare(items);
  for (const p of prepared) p.hash = hashOf(items[p.i]);
  const groups = new Groups(prepared.length);
  const near = (p: Prepared, q: Prepared) =>
    p.bucket === q.bucket && hamming(p.hash, q.hash) <= MAX_DISTANCE;
  for (const p of prepared) {
    for (const q of prepared) {
      if (q.i > p.i && p.url !== null && p.url === q.url) groups.union(p.i, q.i);
      if (q.i > p.i && p.url === null && q.url === null && near(p, q)) groups.union(p.i, q.i);
    }
  }
  const anchors = new Map<number, Anchor>();
  for (const p of prepared) {
    if (p.url !== null) continue;
    const root = groups.find(p.i);
    for (const q of prepared) {
      if (q.url === null || !near(p, q)) continue;
      const cand = { distance: hamming(p.hash, q.hash), i: q.i };
      if (nearer(cand, anchors.get(root))) anchors.set(root, cand);
    }
  }
  for (const [root, a] of anchors) groups.union(root, a.i);
  return collect(items, prepared, groups);
}

function collect(
  items: readonly DedupeItem[],
  prepared: Prepared[],
  groups: Groups,
): PostingGroup[] {
  const members = new Map<number, number[]>();
  for (const p of prepared) {
    const root = groups.find(p.i);
    const m = members.get(root);
    if (m) m.push(p.i);
    else members.set(root, [p.i]);
  }
  const out: PostingGroup[] = [];
  for (const idx of members.values()) {
    idx.sort(
      (a, b) =>
        items[a].createdAt - items[b].createdAt ||
        (items[a].postId < items[b].postId ? -1 : items[a].postId > items[b].postId ? 1 : 0),
    );
    const url = idx.map((i) => prepared[i].url).find((u) => u !== null) ?? null;
    const representative = idx.find((i) => prepared[i].url !== null) ?? idx[0];
    out.push({
      key: url ? `url:${url}` : `tc:${prepared[idx[0]].bucket}`,
      postIds: idx.map((i) => items[i].postId),
      authorIds: [...new Set(idx.map((i) => items[i].authorId))],
      firstAt: items[idx[0]].createdAt,
      lastAt: items[idx[idx.length - 1]].createdAt,
      representative: items[representative].postId,
    });
  }
  out.sort(
    (a, b) =>
      a.firstAt - b.firstAt ||
      (a.representative < b.representative ? -1 : a.representative > b.representative ? 1 : 0),
  );
  // Two link-less groups of one title at one company and place (texts too far apart to join)
  // are numbered in order of appearance, so each key is unique and the same on every run.
  const keys = new Map<string, number>();
  for (const g of out) {
    const seen = keys.get(g.key) ?? 0;
    keys.set(g.key, seen + 1);
    if (seen) g.key = `${g.key}~${seen + 1}`;
  }
  return out;
}
