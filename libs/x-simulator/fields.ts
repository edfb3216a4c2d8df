/**
 * Field selection and expansions: which fields of a post, user or list go on the wire (only the
 * defaults unless asked for: post `id,text,edit_history_tweet_ids`, user `id,name,username`, list
 * `id,name`), and which related objects go into `includes`. The 2026 "post" spellings
 * (`post.fields`, `pinned_post_id`, `edit_history_post_ids`, `referenced_posts.id`) are accepted
 * as aliases; the answer always uses the tweet spellings, as the prose docs and the library do.
 */
import { paramError, notFound, type ParameterError, type PartialError } from './problems.js';
import { snowflakeTime } from './snowflake.js';
import type { SimList, SimTweet, SimUser, World } from './world.js';

export const TWEET_FIELDS = [
  'article',
  'attachments',
  'author_id',
  'card_uri',
  'community_id',
  'context_annotations',
  'conversation_id',
  'created_at',
  'display_text_range',
  'edit_controls',
  'edit_history_tweet_ids',
  'entities',
  'geo',
  'id',
  'in_reply_to_user_id',
  'lang',
  'media_metadata',
  'non_public_metrics',
  'note_tweet',
  'organic_metrics',
  'possibly_sensitive',
  'promoted_metrics',
  'public_metrics',
  'referenced_tweets',
  'reply_settings',
  'scopes',
  'source',
  'text',
  'withheld',
] as const;

export const USER_FIELDS = [
  'affiliation',
  'confirmed_email',
  'connection_status',
  'created_at',
  'description',
  'entities',
  'id',
  'is_identity_verified',
  'location',
  'most_recent_tweet_id',
  'name',
  'parody',
  'pinned_tweet_id',
  'profile_banner_url',
  'profile_image_url',
  'protected',
  'public_metrics',
  'receives_your_dm',
  'subscription',
  'subscription_type',
  'url',
  'username',
  'verified',
  'verified_followers_count',
  'verified_type',
  'withheld',
] as const;

export const LIST_FIELDS = [
  'created_at',
  'description',
  'follower_count',
  'id',
  'member_count',
  'name',
  'owner_id',
  'private',
] as const;

const MEDIA_FIELDS = [
  'alt_text',
  'duration_ms',
  'height',
  'media_key',
  'non_public_metrics',
  'organic_metrics',
  'preview_image_url',
  'promoted_metrics',
  'public_metrics',
  'type',
  'url',
  'variants',
  'width',
];
const POLL_FIELDS = ['duration_minutes', 'end_datetime', 'id', 'options', 'voting_status'];
const PLACE_FIELDS = [
  'contained_within',
  'country',
  'country_code',
  'full_name',
  'geo',
  'id',
  'name',
  'place_type',
];

export const TWEET_EXPANSIONS = [
  'article.cover_media',
  'article.media_entities',
  'attachments.media_keys',
  'attachments.media_source_tweet',
  'attachments.poll_ids',
  'author_id',
  'edit_history_tweet_ids',
  'entities.mentions.username',
  'entities.note.mentions.username',
  'geo.place_id',
  'in_reply_to_user_id',
  'referenced_tweets.id',
  'referenced_tweets.id.attachments.media_keys',
  'referenced_tweets.id.author_id',
] as const;
export const USER_EXPANSIONS = [
  'affiliation.user_id',
  'most_recent_tweet_id',
  'pinned_tweet_id',
] as const;
export const LIST_EXPANSIONS = ['owner_id'] as const;

/** Post-era spellings mapped to the tweet ones. */
const ALIASES: Record<string, string> = {
  edit_history_post_ids: 'edit_history_tweet_ids',
  pinned_post_id: 'pinned_tweet_id',
  most_recent_post_id: 'most_recent_tweet_id',
  'referenced_posts.id': 'referenced_tweets.id',
  'referenced_posts.id.author_id': 'referenced_tweets.id.author_id',
  'referenced_posts.id.attachments.media_keys': 'referenced_tweets.id.attachments.media_keys',
  referenced_posts: 'referenced_tweets',
  'attachments.media_source_post': 'attachments.media_source_tweet',
};

/** What the primary objects of an endpoint are, which decides the valid expansions. */
export type PrimaryKind = 'tweet' | 'user' | 'list';

export interface Selection {
  tweet: ReadonlySet<string>;
  user: ReadonlySet<string>;
  list: ReadonlySet<string>;
  expansions: ReadonlySet<string>;
}

/** The query parameters every endpoint of a kind accepts for fields and expansions. */
export const SELECTION_PARAMS: Record<PrimaryKind, readonly string[]> = {
  tweet: [
    'tweet.fields',
    'post.fields',
    'user.fields',
    'media.fields',
    'poll.fields',
    'place.fields',
    'expansions',
  ],
  user: ['user.fields', 'tweet.fields', 'post.fields', 'expansions'],
  list: ['list.fields', 'user.fields', 'expansions'],
};

function parseList(
  q: URLSearchParams,
  name: string,
  allowed: readonly string[],
  errors: ParameterError[],
): Set<string> {
  const out = new Set<string>();
  const raw = q.get(name);
  if (raw === null) return out;
  for (const part of raw.split(',')) {
    const v = ALIASES[part] ?? part;
    if (!allowed.includes(v)) {
      errors.push(
        paramError(
          name,
          part,
          `The \`${name}\` query parameter value [${part}] is not one of [${allowed.join(',')}]`,
        ),
      );
    } else {
      out.add(v);
    }
  }
  return out;
}

/** Reads fields and expansions; pushes X's per-value errors for anything unknown. */
export function parseSelection(
  q: URLSearchParams,
  kind: PrimaryKind,
  errors: ParameterError[],
): Selection {
  const expansions =
    kind === 'tweet' ? TWEET_EXPANSIONS : kind === 'user' ? USER_EXPANSIONS : LIST_EXPANSIONS;
  const tweet = parseList(q, 'tweet.fields', TWEET_FIELDS, errors);
  for (const f of parseList(q, 'post.fields', TWEET_FIELDS, errors)) tweet.add(f);
  if (kind === 'tweet') {
    parseList(q, 'media.fields', MEDIA_FIELDS, errors);
    parseList(q, 'poll.fields', POLL_FIELDS, errors);
    parseList(q, 'place.fields', PLACE_FIELDS, errors);
  }
  const user = parseList(q, 'user.fields', USER_FIELDS, errors);
  const list =
    kind === 'list' ? parseList(q, 'list.fields', LIST_FIELDS, errors) : new Set<string>();
  const expanded = parseList(q, 'expansions', expansions, errors);
  // X puts the field an expansion follows on the primary objects even when not asked for it.
  for (const x of expanded) {
    const implied = IMPLIED_FIELDS[x];
    if (!implied) continue;
    if (kind === 'tweet') tweet.add(implied);
    else if (kind === 'user') user.add(implied);
    else list.add(implied);
  }
  return { tweet, user, list, expansions: expanded };
}

const IMPLIED_FIELDS: Record<string, string> = {
  author_id: 'author_id',
  in_reply_to_user_id: 'in_reply_to_user_id',
  'referenced_tweets.id': 'referenced_tweets',
  'referenced_tweets.id.author_id': 'referenced_tweets',
  'entities.mentions.username': 'entities',
  pinned_tweet_id: 'pinned_tweet_id',
  most_recent_tweet_id: 'most_recent_tweet_id',
  owner_id: 'owner_id',
};

type Json = Record<string, unknown>;

/** A post with the default fields plus those asked for. */
export function renderTweet(t: SimTweet, fields: ReadonlySet<string>): Json {
  const out: Json = { id: t.id, text: t.text, edit_history_tweet_ids: t.edit_history_tweet_ids };
  if (fields.has('author_id')) out.author_id = t.author_id;
  if (fields.has('conversation_id')) out.conversation_id = t.conversation_id;
  if (fields.has('created_at')) out.created_at = t.created_at;
  if (fields.has('display_text_range')) out.display_text_range = [0, [...t.text].length];
  if (fields.has('edit_controls')) {
    const created = snowflakeTime(t.id);
    out.edit_controls = {
      edits_remaining: 5,
      is_edit_eligible: !t.referenced_tweets?.length,
      editable_until: new Date(created + 3_600_000).toISOString(),
    };
  }
  if (fields.has('entities') && t.entities) out.entities = structuredClone(t.entities);
  if (fields.has('in_reply_to_user_id') && t.in_reply_to_user_id) {
    out.in_reply_to_user_id = t.in_reply_to_user_id;
  }
  if (fields.has('lang')) out.lang = t.lang;
  if (fields.has('possibly_sensitive')) out.possibly_sensitive = t.possibly_sensitive;
  if (fields.has('public_metrics')) out.public_metrics = { ...t.public_metrics };
  if (fields.has('referenced_tweets') && t.referenced_tweets) {
    out.referenced_tweets = t.referenced_tweets.map((r) => ({ ...r }));
  }
  if (fields.has('reply_settings')) out.reply_settings = t.reply_settings;
  return out;
}

/** A user with the default fields plus those asked for. */
export function renderUser(u: SimUser, fields: ReadonlySet<string>, world: World): Json {
  const out: Json = { id: u.id, name: u.name, username: u.username };
  if (fields.has('created_at')) out.created_at = u.created_at;
  if (fields.has('description')) out.description = u.description;
  if (fields.has('entities') && u.entities) out.entities = structuredClone(u.entities);
  if (fields.has('location') && u.location) out.location = u.location;
  if (fields.has('most_recent_tweet_id')) {
    const latest = world.timeline(u.id)[0];
    if (latest) out.most_recent_tweet_id = latest.id;
  }
  if (fields.has('pinned_tweet_id') && u.pinned_tweet_id) out.pinned_tweet_id = u.pinned_tweet_id;
  if (fields.has('profile_image_url')) out.profile_image_url = u.profile_image_url;
  if (fields.has('protected')) out.protected = u.protected;
  if (fields.has('public_metrics')) out.public_metrics = { ...u.public_metrics };
  if (fields.has('url')) out.url = u.url;
  if (fields.has('verified')) out.verified = u.verified;
  if (fields.has('verified_type')) out.verified_type = 'none';
  if (fields.has('subscription_type')) out.subscription_type = 'None';
  return out;
}

/** A list with the default fields plus those asked for. */
export function renderList(l: SimList, fields: ReadonlySet<string>): Json {
  const out: Json = { id: l.id, name: l.name };
  if (fields.has('created_at')) out.created_at = l.created_at;
  if (fields.has('description')) out.description = l.description;
  if (fields.has('follower_count')) out.follower_count = l.follower_count;
  if (fields.has('member_count')) out.member_count = l.member_ids.length;
  if (fields.has('owner_id')) out.owner_id = l.owner_id;
  if (fields.has('private')) out.private = l.private;
  return out;
}

/** `includes` and expansion errors, collected without duplicates in order of appearance. */
export class Includes {
  private readonly users = new Map<string, Json>();
  private readonly tweets = new Map<string, Json>();
  readonly errors: PartialError[] = [];

  constructor(
    private readonly world: World,
    private readonly sel: Selection,
  ) {}

  user(id: string | undefined): void {
    if (!id || this.users.has(id)) return;
    const u = this.world.user(id);
    if (u) this.users.set(id, renderUser(u, this.sel.user, this.world));
  }

  userByName(username: string): void {
    const u = this.world.userByUsername(username);
    if (u && !this.users.has(u.id)) this.users.set(u.id, renderUser(u, this.sel.user, this.world));
  }

  tweet(id: string, parameter: string): SimTweet | undefined {
    const t = this.world.tweet(id);
    if (!t) {
      this.errors.push(notFound('tweet', parameter, id, parameter));
      return undefined;
    }
    if (!this.tweets.has(id)) this.tweets.set(id, renderTweet(t, this.sel.tweet));
    return t;
  }

  build(): Json | undefined {
    const out: Json = {};
    if (this.users.size) out.users = [...this.users.values()];
    if (this.tweets.size) out.tweets = [...this.tweets.values()];
    return Object.keys(out).length ? out : undefined;
  }
}

/** Shapes a 200 body: `data`, then `includes`, `meta` and `errors` when there are any. */
export function envelope(
  data: unknown,
  includes: Includes | undefined,
  meta?: Json,
  errors: PartialError[] = [],
): Json {
  const out: Json = {};
  if (data !== undefined) out.data = data;
  const inc = includes?.build();
  if (inc) out.includes = inc;
  if (meta) out.meta = meta;
  const allErrors = [...errors, ...(includes?.errors ?? [])];
  if (allErrors.length) out.errors = allErrors;
  return out;
}

export function tweetIncludes(world: World, tweets: readonly SimTweet[], sel: Selection): Includes {
  const inc = new Includes(world, sel);
  const x = sel.expansions;
  for (const t of tweets) {
    if (x.has('author_id')) inc.user(t.author_id);
    if (x.has('in_reply_to_user_id')) inc.user(t.in_reply_to_user_id);
    if (x.has('entities.mentions.username')) {
      for (const m of t.entities?.mentions ?? []) inc.userByName(m.username);
    }
    if (x.has('referenced_tweets.id') || x.has('referenced_tweets.id.author_id')) {
      for (const r of t.referenced_tweets ?? []) {
        const ref = x.has('referenced_tweets.id')
          ? inc.tweet(r.id, 'referenced_tweets.id')
          : world.tweet(r.id);
        if (ref && x.has('referenced_tweets.id.author_id')) inc.user(ref.author_id);
      }
    }
  }
  return inc;
}

export function userIncludes(world: World, users: readonly SimUser[], sel: Selection): Includes {
  const inc = new Includes(world, sel);
  for (const u of users) {
    if (sel.expansions.has('pinned_tweet_id') && u.pinned_tweet_id) {
      inc.tweet(u.pinned_tweet_id, 'pinned_tweet_id');
    }
    if (sel.expansions.has('most_recent_tweet_id')) {
      const latest = world.timeline(u.id)[0];
      if (latest) inc.tweet(latest.id, 'most_recent_tweet_id');
    }
  }
  return inc;
}

export function listIncludes(world: World, lists: readonly SimList[], sel: Selection): Includes {
  const inc = new Includes(world, sel);
  if (sel.expansions.has('owner_id')) for (const l of lists) inc.user(l.owner_id);
  return inc;
}
