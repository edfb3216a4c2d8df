/**
 * The archive of a hashtag chat occurrence or an event phase: the posts inside its window, who
 * took part, the reply threads, the posts that drew the most engagement and the links people
 * shared. Pure: the caller fetches posts (and may fetch a few outside the window; they are
 * dropped here, so the window is decided in one place).
 *
 * Rules both implementations follow, so they give identical answers:
 * - A post is in the window when `start <= createdAt < end`, so back-to-back windows never share
 *   a post. A repeated id keeps its first copy inside the window.
 * - Archive order is oldest first; at equal times the smaller snowflake first, compared as
 *   decimal strings (length, then digits) because snowflakes exceed 2^53.
 * - A post's parent is the post it replies to when that post is in the window. A post with no
 *   parent roots a thread; so does the earliest post of a reply cycle (only corrupt data has one,
 *   but it must not hang the archive). A thread is a root with at least one reply, or a root that
 *   is itself a reply to a post outside the window; each thread keeps its root's conversation.
 * - Engagement is likes + 2 × reposts + 2 × quotes + replies; a repost or quote carries the post
 *   to new readers, so it counts twice.
 * - A link counts once per post however often the post repeats it.
 *
 * `naiveAssembleArchive` computes the same thing the obvious quadratic way; it exists for the
 * benchmark and as an oracle in tests.
 */
import { canonicalUrl } from '@libs/text';

export interface ArchivePost {
  /** Snowflake as a decimal string. */
  id: string;
  authorId: string;
  username: string;
  text: string;
  /** Epoch milliseconds. */
  createdAt: number;
  conversationId: string | null;
  inReplyToPostId: string | null;
  /** Expanded links. */
  urls: string[];
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
}

export interface ArchiveWindow {
  /** Inclusive, epoch ms. */
  start: number;
  /** Exclusive, epoch ms. */
  end: number;
}

export interface ArchiveOptions {
  hostIds?: string[];
  speakerIds?: string[];
  /** How many top posts; 5 unless told. */
  topPosts?: number;
  /** How many links; 5 unless told. */
  topLinks?: number;
}

export interface ArchiveParticipant {
  authorId: string;
  /** As of the author's latest post in the window. */
  username: string;
  posts: number;
  /** How many of those posts are replies. */
  replies: number;
  firstAt: number;
  isHost: boolean;
  isSpeaker: boolean;
}

export interface ArchiveThread {
  rootId: string;
  rootAuthorId: string;
  conversationId: string | null;
  /** Root first, then its replies in archive order. */
  postIds: string[];
  /** Longest chain of replies below the root; 0 for a lone reply to a post outside the window. */
  depth: number;
  /** Distinct authors in the thread. */
  participants: number;
}

export interface ArchiveTopPost {
  id: string;
  score: number;
}

export interface ArchiveLink {
  /** Canonical form. */
  url: string;
  /** Posts that shared it. */
  shares: number;
  /** Distinct authors who shared it. */
  sharers: number;
}

export interface ChatArchive {
  posts: ArchivePost[];
  /** Most active first. */
  participants: ArchiveParticipant[];
  /** In the archive order of their roots. */
  threads: ArchiveThread[];
  topPosts: ArchiveTopPost[];
  /** Most shared first. */
  links: ArchiveLink[];
}

/** Decimal strings by numeric value, without parsing them: a snowflake exceeds 2^53. */
export function compareSnowflakes(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareOrder(a: ArchivePost, b: ArchivePost): number {
  return a.createdAt - b.createdAt || compareSnowflakes(a.id, b.id);
}

export function engagement(p: ArchivePost): number {
  return p.likes + 2 * p.reposts + 2 * p.quotes + p.replies;
}

function limits(opts: ArchiveOptions | undefined) {
  return {
    hosts: new Set(opts?.hostIds ?? []),
    speakers: new Set(opts?.speakerIds ?? []),
    topPosts: Math.max(0, opts?.topPosts ?? 5),
    topLinks: Math.max(0, opts?.topLinks ?? 5),
  };
}

function byActivity(a: ArchiveParticipant, b: ArchiveParticipant): number {
  return b.posts - a.posts || a.firstAt - b.firstAt || compareSnowflakes(a.authorId, b.authorId);
}

function byShares(a: ArchiveLink, b: ArchiveLink): number {
  return b.shares - a.shares || b.sharers - a.sharers || cmp(a.url, b.url);
}

/** The archive in O(n log n): one sort, then maps keyed by id. */
export function assembleArchive(
  posts: readonly ArchivePost[],
  window: ArchiveWindow,
  opts?: ArchiveOptions,
): ChatArchive {
  const o = limits(opts);
  const byId = new Map<string, ArchivePost>();
  for (const p of posts) {
    if (p.createdAt >= window.start && p.createdAt < window.end && !byId.has(p.id)) {
      byId.set(p.id, p);
    }
  }
  const inWindow = [...byId.values()].sort(compareOrder);
  const n = inWindow.length;
  const index = new Map<string, number>();
  inWindow.forEach((p, i) => index.set(p.id, i));

  // Participants
  const people = new Map<string, ArchiveParticipant>();
  for (const p of inWindow) {
    const seen = people.get(p.authorId);
    if (seen) {
      seen.posts++;
      if (p.inReplyToPostId !== null) seen.replies++;
      seen.username = p.username;
    } else {
      people.set(p.authorId, {
        authorId: p.authorId,
        username: p.username,
        posts: 1,
        replies: p.inReplyToPostId !== null ? 1 : 0,
        firstAt: p.createdAt,
        isHost: o.hosts.has(p.authorId),
        isSpeaker: o.speakers.has(p.authorId),
      });
    }
  }

  // Threads: parent indices, then roots by walking up with memo; a walk that meets itself found
  // a cycle, whose earliest member becomes the root.
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const to = inWindow[i].inReplyToPostId;
    const j = to === null ? undefined : index.get(to);
    if (j !== undefined && j !== i) parent[i] = j;
  }
  const root = new Int32Array(n).fill(-1);
  const onPath = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (root[i] >= 0) continue;
    const path: number[] = [];
    let cur = i;
    while (root[cur] < 0 && onPath[cur] !== i && parent[cur] >= 0) {
      onPath[cur] = i;
      path.push(cur);
      cur = parent[cur];
    }
    let found: number;
    if (root[cur] >= 0) found = root[cur];
    else if (onPath[cur] === i) {
      found = cur;
      for (let k = path.indexOf(cur); k < path.length; k++) if (path[k] < found) found = path[k];
      parent[found] = -1;
      root[found] = found;
    } else {
      found = cur;
      root[cur] = cur;
    }
    for (const k of path) root[k] = found;
  }
  // With cycles cut, parents form a forest; depth by memoised walk up.
  const depth = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const path: number[] = [];
    let cur = i;
    while (depth[cur] < 0 && parent[cur] >= 0) {
      path.push(cur);
      cur = parent[cur];
    }
    if (depth[cur] < 0) depth[cur] = 0;
    let d = depth[cur];
    for (let k = path.length - 1; k >= 0; k--) depth[path[k]] = ++d;
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = root[i];
    if (r === i) continue;
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const threads: ArchiveThread[] = [];
  for (let r = 0; r < n; r++) {
    if (root[r] !== r) continue;
    const replies = members.get(r) ?? [];
    const rootPost = inWindow[r];
    if (replies.length === 0 && rootPost.inReplyToPostId === null) continue;
    const authors = new Set([rootPost.authorId]);
    let deepest = 0;
    for (const k of replies) {
      authors.add(inWindow[k].authorId);
      if (depth[k] > deepest) deepest = depth[k];
    }
    threads.push({
      rootId: rootPost.id,
      rootAuthorId: rootPost.authorId,
      conversationId: rootPost.conversationId,
      postIds: [rootPost.id, ...replies.map((k) => inWindow[k].id)],
      depth: deepest,
      participants: authors.size,
    });
  }

  // Top posts: archive order breaks ties, so a stable sort on score alone is enough.
  const topPosts = inWindow
    .map((p) => ({ id: p.id, score: engagement(p) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, o.topPosts);

  // Links
  const links = new Map<string, { shares: number; sharers: Set<string> }>();
  for (const p of inWindow) {
    const mine = new Set<string>();
    for (const u of p.urls) {
      const c = canonicalUrl(u);
      if (c !== null) mine.add(c);
    }
    for (const c of mine) {
      const l = links.get(c);
      if (l) {
        l.shares++;
        l.sharers.add(p.authorId);
      } else links.set(c, { shares: 1, sharers: new Set([p.authorId]) });
    }
  }

  return {
    posts: inWindow,
    participants: [...people.values()].sort(byActivity),
    threads,
    topPosts,
    links: [...links]
      .map(([url, l]) => ({ url, shares: l.shares, sharers: l.sharers.size }))
      .sort(byShares)
      .slice(0, o.topLinks),
  };
}

/**
 * The same archive the straightforward way: filters and scans over the whole window for every
 * post and participant. Quadratic; for the benchmark and as a test oracle only.
 */
export function naiveAssembleArchive(
  posts: readonly ArchivePost[],
  window: ArchiveWindow,
  opts?: ArchiveOptions,
): ChatArchive {
  const o = limits(opts);
  const candidates = posts.filter((p) => p.createdAt >= window.start && p.createdAt < window.end);
  const inWindow = candidates
    .filter((p, i) => candidates.findIndex((q) => q.id === p.id) === i)
    .sort(compareOrder);

  const authorIds: string[] = [];
  for (const p of inWindow) if (!authorIds.includes(p.authorId)) authorIds.push(p.authorId);
  const participants = authorIds.map((authorId) => {
    const mine = inWindow.filter((p) => p.authorId === authorId);
    return {
      authorId,
      username: mine[mine.length - 1].username,
      posts: mine.length,
      replies: mine.filter((p) => p.inReplyToPostId !== null).length,
      firstAt: mine[0].createdAt,
      isHost: o.hosts.has(authorId),
      isSpeaker: o.speakers.has(authorId),
    };
  });

  const parentOf = (p: ArchivePost): ArchivePost | undefined =>
    p.inReplyToPostId === p.id ? undefined : inWindow.find((q) => q.id === p.inReplyToPostId);
  const position = (p: ArchivePost) => inWindow.indexOf(p);
  /** Walks up; a walk that comes back to a post it passed is on a cycle led by its earliest. */
  const rootOf = (p: ArchivePost): ArchivePost => {
    const path: ArchivePost[] = [];
    let cur = p;
    while (true) {
      const seenAt = path.indexOf(cur);
      if (seenAt >= 0) {
        return path.slice(seenAt).reduce((a, b) => (position(b) < position(a) ? b : a));
      }
      path.push(cur);
      const up = parentOf(cur);
      if (!up) return cur;
      cur = up;
    }
  };
  const roots = inWindow.map(rootOf);
  const depthOf = (i: number): number => {
    let d = 0;
    let cur = inWindow[i];
    while (cur !== roots[i]) {
      cur = parentOf(cur)!;
      d++;
    }
    return d;
  };
  const threads: ArchiveThread[] = [];
  inWindow.forEach((r, i) => {
    if (roots[i] !== r) return;
    const replyIdx = inWindow.map((_, k) => k).filter((k) => roots[k] === r && k !== i);
    if (replyIdx.length === 0 && r.inReplyToPostId === null) return;
    const everyone = [r, ...replyIdx.map((k) => inWindow[k])];
    threads.push({
      rootId: r.id,
      rootAuthorId: r.authorId,
      conversationId: r.conversationId,
      postIds: everyone.map((p) => p.id),
      depth: Math.max(0, ...replyIdx.map(depthOf)),
      participants: everyone.filter(
        (p, k) => everyone.findIndex((q) => q.authorId === p.authorId) === k,
      ).length,
    });
  });

  const topPosts = [...inWindow]
    .sort((a, b) => engagement(b) - engagement(a) || compareOrder(a, b))
    .slice(0, o.topPosts)
    .map((p) => ({ id: p.id, score: engagement(p) }));

  const links: { url: string; posts: string[]; authors: string[] }[] = [];
  for (const p of inWindow) {
    for (const u of p.urls) {
      const url = canonicalUrl(u);
      if (url === null) continue;
      let l = links.find((x) => x.url === url);
      if (!l) links.push((l = { url, posts: [], authors: [] }));
      if (!l.posts.includes(p.id)) l.posts.push(p.id);
      if (!l.authors.includes(p.authorId)) l.authors.push(p.authorId);
    }
  }

  return {
    posts: inWindow,
    participants: participants.sort(byActivity),
    threads,
    topPosts,
    links: links
      .map((l) => ({ url: l.url, shares: l.posts.length, sharers: l.authors.length }))
      .sort(byShares)
      .slice(0, o.topLinks),
  };
}
