/** Wire objects (v2 JSON, with `tweet` or the newer `post` names) to Perch's types. */
import type { XList, XPost, XUser } from './types.js';

type Json = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

export function toUser(u: Json): XUser {
  const m = u.public_metrics ? obj(u.public_metrics) : null;
  return {
    id: String(u.id),
    username: str(u.username) ?? '',
    name: str(u.name) ?? '',
    description: str(u.description),
    location: str(u.location),
    createdAt: str(u.created_at),
    url: str(u.url),
    pinnedPostId: str(u.pinned_tweet_id) ?? str(u.pinned_post_id),
    metrics: m
      ? {
          followers: num(m.followers_count),
          following: num(m.following_count),
          posts: num(m.tweet_count ?? m.post_count),
          listed: num(m.listed_count),
        }
      : null,
  };
}

export function toPost(t: Json): XPost {
  const e = obj(t.entities);
  const m = t.public_metrics ? obj(t.public_metrics) : null;
  return {
    id: String(t.id),
    text: str(t.text) ?? '',
    authorId: str(t.author_id),
    createdAt: str(t.created_at),
    lang: str(t.lang),
    conversationId: str(t.conversation_id),
    inReplyToUserId: str(t.in_reply_to_user_id),
    referenced: arr(t.referenced_tweets ?? t.referenced_posts).map((r) => ({
      type: r.type as XPost['referenced'][number]['type'],
      id: String(r.id),
    })),
    hashtags: arr(e.hashtags).map((h) => String(h.tag)),
    mentions: arr(e.mentions).map((h) => String(h.username)),
    urls: arr(e.urls).map((u) => ({ url: String(u.url), expandedUrl: str(u.expanded_url) })),
    metrics: m
      ? {
          likes: num(m.like_count),
          reposts: num(m.retweet_count ?? m.repost_count),
          replies: num(m.reply_count),
          quotes: num(m.quote_count),
        }
      : null,
  };
}

export function toList(l: Json): XList {
  return {
    id: String(l.id),
    name: str(l.name) ?? '',
    ownerId: str(l.owner_id),
    description: str(l.description),
    memberCount: typeof l.member_count === 'number' ? l.member_count : null,
    private: typeof l.private === 'boolean' ? l.private : null,
  };
}

export interface Envelope {
  data?: unknown;
  includes?: { users?: Json[]; tweets?: Json[]; posts?: Json[] };
  meta?: { next_token?: string; newest_id?: string; oldest_id?: string; result_count?: number };
  errors?: Json[];
}
