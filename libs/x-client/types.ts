/** The shapes Perch uses of X's objects: a small, typed subset of the v2 wire format. */

export interface XUser {
  id: string;
  username: string;
  name: string;
  description: string | null;
  location: string | null;
  createdAt: string | null;
  url: string | null;
  pinnedPostId: string | null;
  metrics: { followers: number; following: number; posts: number; listed: number } | null;
}

export interface XPost {
  id: string;
  text: string;
  authorId: string | null;
  createdAt: string | null;
  lang: string | null;
  conversationId: string | null;
  inReplyToUserId: string | null;
  referenced: { type: 'retweeted' | 'quoted' | 'replied_to'; id: string }[];
  hashtags: string[];
  mentions: string[];
  urls: { url: string; expandedUrl: string | null }[];
  metrics: { likes: number; reposts: number; replies: number; quotes: number } | null;
}

export interface XList {
  id: string;
  name: string;
  ownerId: string | null;
  description: string | null;
  memberCount: number | null;
  private: boolean | null;
}

/** One page of a paginated read. */
export interface XPage<T> {
  items: T[];
  /** Users included by expansion (authors of the posts), by id. */
  users: Map<string, XUser>;
  /** Posts included by expansion (the originals of reposts and quotes), by id. */
  posts: Map<string, XPost>;
  nextToken: string | null;
  newestId: string | null;
  oldestId: string | null;
}

/** What one call cost, for the meter: X bills per object returned and per write. */
export type XUsageKind =
  'post_read' | 'user_read' | 'list_read' | 'owned_read' | 'post_create' | 'post_delete';

export interface XCallRecord {
  /** Endpoint template, e.g. `GET /2/users/:id/tweets`. */
  endpoint: string;
  auth: 'app' | 'user';
  ok: boolean;
  status: number | null;
  attempts: number;
  durationMs: number;
  /** Objects read or written, with their ids so a meter can bill a post read twice a day once. */
  usage: { kind: XUsageKind; ids: string[] }[];
}
