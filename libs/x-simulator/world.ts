/**
 * The simulated world: plain, JSON-serialisable data ({@link WorldData}) and a read-only view
 * over it with the indexes the server needs ({@link World}). Wire objects carry X's field names;
 * the few simulator-only fields (`kind`, `labels`, …) are documented as such and are never sent.
 */
import { compareIds } from './snowflake.js';
import type { TweetEntities, UrlEntity } from './text.js';
import type { Industry, WorkMode } from './world-content.js';

export type { Industry, WorkMode } from './world-content.js';

/** What an account is in the demo world. */
export type AccountKind =
  | 'brand'
  | 'careers'
  | 'executive'
  | 'employee'
  | 'recruiter'
  | 'news'
  | 'mentor'
  | 'peer'
  | 'organization'
  | 'conference'
  | 'chat_host'
  | 'seeker';

export const ACCOUNT_KINDS: readonly AccountKind[] = [
  'brand',
  'careers',
  'executive',
  'employee',
  'recruiter',
  'news',
  'mentor',
  'peer',
  'organization',
  'conference',
  'chat_host',
  'seeker',
];

export interface SimUserMetrics {
  followers_count: number;
  following_count: number;
  tweet_count: number;
  listed_count: number;
  like_count: number;
}

/** An X user as the API describes it, plus simulator-only fields (marked). */
export interface SimUser {
  id: string;
  name: string;
  username: string;
  description: string;
  location: string;
  /** A t.co link to the profile website, or '' (as on X). */
  url: string;
  created_at: string;
  verified: boolean;
  protected: boolean;
  profile_image_url: string;
  public_metrics: SimUserMetrics;
  pinned_tweet_id?: string;
  entities?: { url?: { urls: UrlEntity[] }; description?: TweetEntities };
  /** Simulator only: the role of the account in the demo world. */
  kind: AccountKind;
  /** Simulator only: the company (its id) a brand, careers, executive, employee or in-house recruiter belongs to. */
  companyId?: string;
  /** Simulator only: the account's city, when it has one. */
  city?: string;
  /**
   * Simulator only: a mentor's or peer's field (`data`, `frontend`, `backend`, `design`,
   * `product`, `security`, `devrel`, `go-to-market`); their bio and posts are drawn from it.
   */
  field?: string;
  /**
   * Simulator only: a peer's career stage as its bio shows it: `student`, `new_grad`,
   * `bootcamp`, `career_switcher`, `self_taught`, `junior` or `returning` (the keys of
   * `bioSignals` in libs/people).
   */
  stage?: string;
  /**
   * Simulator only: ground truth for accounts planted to test features, e.g. `mentor:inactive`
   * (a senior bio, no post in the last 45 days, no replies) or `mentor:prolific` (a senior bio,
   * many posts in their field, many answers to peers). Planted accounts come after all others.
   */
  truth?: string[];
}

export type ReferenceType = 'retweeted' | 'quoted' | 'replied_to';

export interface SimTweetMetrics {
  retweet_count: number;
  reply_count: number;
  like_count: number;
  quote_count: number;
  bookmark_count: number;
  impression_count: number;
}

/** A post as the API describes it, plus simulator-only `labels`. */
export interface SimTweet {
  id: string;
  text: string;
  author_id: string;
  created_at: string;
  conversation_id: string;
  lang: string;
  edit_history_tweet_ids: string[];
  possibly_sensitive: boolean;
  reply_settings: 'everyone';
  public_metrics: SimTweetMetrics;
  entities?: TweetEntities;
  referenced_tweets?: { type: ReferenceType; id: string }[];
  in_reply_to_user_id?: string;
  /**
   * Simulator only: ground truth for tests of features built on the data, e.g. `hiring`,
   * `opening:<id>`, `culture:<theme>`, `burst:<term>`, `conference:<tag>:before|during|after`,
   * `chat:<tag>`, `audit:profanity|phone|employer-complaint`, `retweet`, `question`, `advice`.
   */
  labels: string[];
}

export interface SimList {
  id: string;
  name: string;
  description: string;
  owner_id: string;
  created_at: string;
  private: boolean;
  follower_count: number;
  member_ids: string[];
}

export interface SimOpening {
  id: string;
  companyId: string;
  title: string;
  location: string;
  workMode: WorkMode;
  /** The canonical careers-page URL; reposts add tracking parameters to it. */
  url: string;
  postedAt: string;
}

export interface SimCompany {
  id: string;
  name: string;
  domain: string;
  industry: Industry;
  city: string;
  mission: string;
  product: string;
  /** Culture theme keys (see CULTURE_THEMES), strongest first. */
  themes: string[];
  brandId: string;
  careersId: string;
  executiveIds: string[];
  employeeIds: string[];
  recruiterIds: string[];
  teamListId: string;
  openings: SimOpening[];
}

export interface SimConference {
  name: string;
  hashtag: string;
  accountId: string;
  city: string;
  industry: Industry;
  /** UTC dates, YYYY-MM-DD, inclusive. */
  startDate: string;
  endDate: string;
  speakerIds: string[];
  topics: string[];
}

export interface SimHashtagChat {
  hashtag: string;
  hostId: string;
  /** 0 = Sunday, in US Eastern time. */
  weekday: number;
  hourEt: number;
  participantIds: string[];
}

export interface SimBurst {
  term: string;
  hashtag: string;
  industry: Industry;
  /** The UTC day of the spike, YYYY-MM-DD. */
  day: string;
  postCount: number;
}

/** Everything generated from a seed; JSON-serialisable and byte-identical for equal inputs. */
export interface WorldData {
  seed: number;
  /** The reference time (ms) posts are generated up to. */
  now: number;
  users: SimUser[];
  /** Newest first. */
  tweets: SimTweet[];
  lists: SimList[];
  /** `following[i]` are the ids user `users[i]` follows, most recent follow first. */
  following: string[][];
  companies: SimCompany[];
  conferences: SimConference[];
  chats: SimHashtagChat[];
  bursts: SimBurst[];
}

/** Read-only access to a generated world (and, inside a running simulator, to what was posted). */
export interface World {
  readonly seed: number;
  /** Reference time in ms: the newest generated post is just before it. */
  readonly now: number;
  readonly users: readonly SimUser[];
  /** Every live post, newest first. */
  readonly tweets: readonly SimTweet[];
  readonly lists: readonly SimList[];
  readonly companies: readonly SimCompany[];
  readonly conferences: readonly SimConference[];
  readonly chats: readonly SimHashtagChat[];
  readonly bursts: readonly SimBurst[];
  accountsByKind(kind: AccountKind): readonly SimUser[];
  user(id: string): SimUser | undefined;
  userByUsername(username: string): SimUser | undefined;
  tweet(id: string): SimTweet | undefined;
  /** A user's posts, newest first (all of them: the API's 3,200 cap is applied by the server). */
  timeline(userId: string): readonly SimTweet[];
  /** Posts that mention a user, newest first. */
  mentions(userId: string): readonly SimTweet[];
  followers(userId: string): readonly SimUser[];
  following(userId: string): readonly SimUser[];
  list(id: string): SimList | undefined;
  listMembers(id: string): readonly SimUser[];
  /** Posts by a list's members, newest first. */
  listTweets(id: string): readonly SimTweet[];
  listsOwnedBy(userId: string): readonly SimList[];
  listMembershipsOf(userId: string): readonly SimList[];
  company(id: string): SimCompany | undefined;
  /** The data (generated, plus what was posted since) as plain objects; shared, so read-only. */
  toJSON(): WorldData;
}

const EMPTY: readonly never[] = [];

function insertNewestFirst(list: SimTweet[], tweet: SimTweet): void {
  // Posts arrive newest; a linear scan from the front finds the slot at once.
  let i = 0;
  while (i < list.length && compareIds(list[i].id, tweet.id) > 0) i++;
  list.splice(i, 0, tweet);
}

function removeFrom(list: SimTweet[] | undefined, id: string): void {
  if (!list) return;
  const i = list.findIndex((t) => t.id === id);
  if (i >= 0) list.splice(i, 1);
}

/** The indexed world; the simulator adds and deletes posts through it. */
export class WorldStore implements World {
  readonly seed: number;
  readonly now: number;
  readonly users: readonly SimUser[];
  readonly lists: readonly SimList[];
  readonly companies: readonly SimCompany[];
  readonly conferences: readonly SimConference[];
  readonly chats: readonly SimHashtagChat[];
  readonly bursts: readonly SimBurst[];
  private readonly allTweets: SimTweet[];
  private readonly followingIds: string[][];
  private readonly usersById = new Map<string, SimUser>();
  private readonly userIndex = new Map<string, number>();
  private readonly usersByName = new Map<string, SimUser>();
  private readonly byKind = new Map<AccountKind, SimUser[]>();
  private readonly tweetsById = new Map<string, SimTweet>();
  private readonly timelines = new Map<string, SimTweet[]>();
  private readonly mentionsOf = new Map<string, SimTweet[]>();
  private readonly followersOf = new Map<string, SimUser[]>();
  private readonly listsById = new Map<string, SimList>();
  private readonly ownedLists = new Map<string, SimList[]>();
  private readonly memberships = new Map<string, SimList[]>();
  private readonly companiesById = new Map<string, SimCompany>();

  constructor(data: WorldData) {
    this.seed = data.seed;
    this.now = data.now;
    this.users = data.users;
    this.lists = data.lists;
    this.companies = data.companies;
    this.conferences = data.conferences;
    this.chats = data.chats;
    this.bursts = data.bursts;
    this.allTweets = data.tweets;
    this.followingIds = data.following;
    data.users.forEach((u, i) => {
      this.usersById.set(u.id, u);
      this.userIndex.set(u.id, i);
      this.usersByName.set(u.username.toLowerCase(), u);
      const group = this.byKind.get(u.kind);
      if (group) group.push(u);
      else this.byKind.set(u.kind, [u]);
    });
    // tweets are newest first, so pushing keeps every index newest first too.
    for (const t of data.tweets) this.index(t, false);
    data.users.forEach((u, i) => {
      for (const followee of data.following[i] ?? []) {
        const list = this.followersOf.get(followee);
        if (list) list.push(u);
        else this.followersOf.set(followee, [u]);
      }
    });
    for (const l of data.lists) {
      this.listsById.set(l.id, l);
      push(this.ownedLists, l.owner_id, l);
      for (const m of l.member_ids) push(this.memberships, m, l);
    }
    for (const c of data.companies) this.companiesById.set(c.id, c);
  }

  private index(t: SimTweet, newest: boolean): void {
    this.tweetsById.set(t.id, t);
    const add = (map: Map<string, SimTweet[]>, key: string) => {
      const list = map.get(key);
      if (!list) map.set(key, [t]);
      else if (newest) insertNewestFirst(list, t);
      else list.push(t);
    };
    add(this.timelines, t.author_id);
    const mentions = t.entities?.mentions;
    if (!mentions) return;
    mentions.forEach((m, i) => {
      const first = mentions.findIndex((x) => x.id === m.id) === i;
      if (m.id && m.id !== t.author_id && first) add(this.mentionsOf, m.id);
    });
  }

  get tweets(): readonly SimTweet[] {
    return this.allTweets;
  }

  accountsByKind(kind: AccountKind): readonly SimUser[] {
    return this.byKind.get(kind) ?? EMPTY;
  }

  user(id: string): SimUser | undefined {
    return this.usersById.get(id);
  }

  userByUsername(username: string): SimUser | undefined {
    return this.usersByName.get(username.toLowerCase());
  }

  tweet(id: string): SimTweet | undefined {
    return this.tweetsById.get(id);
  }

  timeline(userId: string): readonly SimTweet[] {
    return this.timelines.get(userId) ?? EMPTY;
  }

  mentions(userId: string): readonly SimTweet[] {
    return this.mentionsOf.get(userId) ?? EMPTY;
  }

  followers(userId: string): readonly SimUser[] {
    return this.followersOf.get(userId) ?? EMPTY;
  }

  following(userId: string): readonly SimUser[] {
    const i = this.userIndex.get(userId);
    if (i === undefined) return EMPTY;
    return (this.followingIds[i] ?? []).map((id) => this.usersById.get(id)!);
  }

  list(id: string): SimList | undefined {
    return this.listsById.get(id);
  }

  listMembers(id: string): readonly SimUser[] {
    const l = this.listsById.get(id);
    return l ? l.member_ids.map((m) => this.usersById.get(m)!) : EMPTY;
  }

  listTweets(id: string): readonly SimTweet[] {
    const l = this.listsById.get(id);
    if (!l) return EMPTY;
    const out = l.member_ids.flatMap((m) => this.timelines.get(m) ?? []);
    return out.sort((a, b) => compareIds(b.id, a.id));
  }

  listsOwnedBy(userId: string): readonly SimList[] {
    return this.ownedLists.get(userId) ?? EMPTY;
  }

  listMembershipsOf(userId: string): readonly SimList[] {
    return this.memberships.get(userId) ?? EMPTY;
  }

  company(id: string): SimCompany | undefined {
    return this.companiesById.get(id);
  }

  /** Adds a post made through the API (its id is newer than every other). */
  addTweet(t: SimTweet): void {
    insertNewestFirst(this.allTweets, t);
    this.index(t, true);
    const author = this.usersById.get(t.author_id);
    if (author) author.public_metrics.tweet_count++;
    const parentId = t.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
    const parent = parentId ? this.tweetsById.get(parentId) : undefined;
    if (parent) parent.public_metrics.reply_count++;
  }

  /** Deletes a post; answers false when there is none with that id. */
  removeTweet(id: string): boolean {
    const t = this.tweetsById.get(id);
    if (!t) return false;
    this.tweetsById.delete(id);
    removeFrom(this.allTweets, id);
    removeFrom(this.timelines.get(t.author_id), id);
    for (const m of t.entities?.mentions ?? []) if (m.id) removeFrom(this.mentionsOf.get(m.id), id);
    const author = this.usersById.get(t.author_id);
    if (author) author.public_metrics.tweet_count--;
    if (author?.pinned_tweet_id === id) delete author.pinned_tweet_id;
    return true;
  }

  toJSON(): WorldData {
    return {
      seed: this.seed,
      now: this.now,
      users: this.users as SimUser[],
      tweets: this.allTweets,
      lists: this.lists as SimList[],
      following: this.followingIds,
      companies: this.companies as SimCompany[],
      conferences: this.conferences as SimConference[],
      chats: this.chats as SimHashtagChat[],
      bursts: this.bursts as SimBurst[],
    };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
