/**
 * The simulator through the real twitter-api-v2 client, pointed at it as x-api.md §1 says: the
 * URL-rewriting plugin and a plain http.Agent.
 */
import { ApiResponseError, TwitterApi, type TweetV2 } from 'twitter-api-v2';
import {
  DEFAULT_WORLD_NOW,
  simulatorClientSettings,
  startXSimulator,
  type SimTweet,
  type SimUser,
  type XSimulator,
} from './index.js';
import { compareIds } from './snowflake.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let now = DEFAULT_WORLD_NOW + HOUR;
let sim: XSimulator;
let app: TwitterApi;

const settings = () => simulatorClientSettings(sim.url);
const asUser = (user: SimUser, scopes?: string[]) =>
  new TwitterApi(sim.issueUserToken(user.id, scopes), settings());
const calls = (endpoint: string) => sim.requests.filter((r) => r.endpoint === endpoint).length;

async function rejection(p: Promise<unknown>): Promise<ApiResponseError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiResponseError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

beforeAll(async () => {
  sim = await startXSimulator({ seed: 3, clock: () => now });
  app = new TwitterApi(sim.appBearerToken, settings());
});

afterAll(async () => {
  await sim.close();
});

beforeEach(() => {
  now = DEFAULT_WORLD_NOW + HOUR;
  sim.reset();
});

describe('XSimulator users', () => {
  it('answers userByUsername with the default fields only, more on request, and the pinned post as an include', async () => {
    const plain = await app.v2.userByUsername('acme');
    expect(Object.keys(plain.data).sort()).toEqual(['id', 'name', 'username']);

    const rich = await app.v2.userByUsername('acme', {
      'user.fields': ['description', 'public_metrics', 'created_at', 'url', 'entities'],
      expansions: ['pinned_tweet_id'],
      'tweet.fields': ['created_at', 'entities'],
    });
    const acme = sim.world.userByUsername('acme')!;
    expect(rich.data.description).toBe(acme.description);
    expect(rich.data.public_metrics?.followers_count).toBe(sim.world.followers(acme.id).length);
    expect(rich.data.url).toMatch(/^https:\/\/t\.co\//);
    expect(rich.data.entities?.url?.urls[0]?.expanded_url).toBe('https://acme.example');
    expect(rich.data.pinned_tweet_id).toBe(acme.pinned_tweet_id);
    expect(rich.includes?.tweets?.[0]?.id).toBe(acme.pinned_tweet_id);
    expect(rich.includes?.tweets?.[0]?.created_at).toBeDefined();
  });

  it('answers an unknown username with a 200 that carries only errors', async () => {
    const res = await app.v2.userByUsername('nobody_here_x');
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual([
      {
        value: 'nobody_here_x',
        detail: 'Could not find user with username: [nobody_here_x].',
        title: 'Not Found Error',
        resource_type: 'user',
        parameter: 'username',
        resource_id: 'nobody_here_x',
        type: 'https://api.x.com/2/problems/resource-not-found',
      },
    ]);
  });

  it('returns found users and errors for the missing ones in batch lookups', async () => {
    const [a, b] = sim.world.accountsByKind('mentor');
    const byName = await app.v2.usersByUsernames([a.username, 'missing_user_1']);
    expect(byName.data.map((u) => u.id)).toEqual([a.id]);
    expect(byName.errors?.[0]).toMatchObject({ parameter: 'usernames', value: 'missing_user_1' });
    const byId = await app.v2.users([a.id, b.id, '1'], { 'user.fields': ['location'] });
    expect(byId.data.map((u) => u.username)).toEqual([a.username, b.username]);
    expect(byId.data[0].location).toBe(a.location);
    expect(byId.errors?.[0]).toMatchObject({ resource_type: 'user', parameter: 'ids', value: '1' });
    const one = await app.v2.user(b.id);
    expect(one.data.username).toBe(b.username);
  });

  it('refuses a malformed username or unknown field with an invalid-request problem', async () => {
    const e = await rejection(app.v2.userByUsername('not-valid!'));
    expect(e.code).toBe(400);
    expect(e.data.type).toBe('https://api.x.com/2/problems/invalid-request');
    expect(e.errors?.[0]).toMatchObject({ parameters: { username: ['not-valid!'] } });
    const f = await rejection(app.v2.get('users/by/username/acme', { 'user.fields': 'shoe_size' }));
    expect(f.code).toBe(400);
    expect(JSON.stringify(f.data)).toContain('shoe_size');
  });

  it('answers users/me for a user token and refuses the app token as unsupported authentication', async () => {
    const seeker = sim.world.accountsByKind('seeker')[0];
    const me = await asUser(seeker).v2.me({ 'user.fields': ['description'] });
    expect(me.data).toMatchObject({
      id: seeker.id,
      username: seeker.username,
      description: seeker.description,
    });
    const e = await rejection(app.v2.me());
    expect(e.code).toBe(403);
    expect(e.data).toMatchObject({
      title: 'Unsupported Authentication',
      type: 'https://api.x.com/2/problems/unsupported-authentication',
      status: 403,
    });
  });

  it('answers 401 with the problem body for an unknown token', async () => {
    const stranger = new TwitterApi('not-a-real-token', settings());
    const e = await rejection(stranger.v2.userByUsername('acme'));
    expect(e.isAuthError).toBe(true);
    expect(e.data).toEqual({
      title: 'Unauthorized',
      type: 'about:blank',
      status: 401,
      detail: 'Unauthorized',
    });
    expect(e.rateLimit?.limit).toBe(300);
    expect(sim.requests.at(-1)).toMatchObject({ auth: 'invalid', status: 401 });
  });
});

describe('XSimulator timelines', () => {
  const busyPeer = () =>
    sim.world.accountsByKind('peer').find((u) => {
      const n = sim.world.timeline(u.id).length;
      return n >= 23 && n <= 60 && n % 5 !== 0;
    })!;

  it('pages a timeline newest first with fetchNext and for await, one request per page', async () => {
    const user = busyPeer();
    const expected = sim.world.timeline(user.id).map((t) => t.id);
    const tl = await app.v2.userTimeline(user.id, {
      max_results: 5,
      'tweet.fields': ['created_at'],
    });
    expect(tl.tweets.map((t) => t.id)).toEqual(expected.slice(0, 5));
    expect(tl.meta.result_count).toBe(5);
    expect(tl.meta.newest_id).toBe(expected[0]);
    expect(tl.meta.next_token).toEqual(expect.any(String));
    await tl.fetchNext();
    expect(tl.tweets.map((t) => t.id)).toEqual(expected.slice(0, 10));
    const seen: string[] = [];
    for await (const t of tl) seen.push(t.id);
    expect(seen).toEqual(expected);
    expect(tl.done).toBe(true);
    expect(calls('GET /2/users/:id/tweets')).toBe(Math.ceil(expected.length / 5));
  });

  it('leaves out replies and retweets on request, and honours since_id and until_id exclusively', async () => {
    const mentor = sim.world
      .accountsByKind('mentor')
      .find((m) => sim.world.timeline(m.id).some((t) => t.referenced_tweets))!;
    const all = sim.world.timeline(mentor.id);
    const tl = await app.v2.userTimeline(mentor.id, {
      exclude: ['replies', 'retweets'],
      max_results: 100,
      'tweet.fields': ['referenced_tweets'],
    });
    const kinds = tl.tweets.flatMap((t) => t.referenced_tweets?.map((r) => r.type) ?? []);
    expect(kinds).not.toContain('replied_to');
    expect(kinds).not.toContain('retweeted');
    expect(tl.tweets.length).toBe(
      all.filter((t) => !t.referenced_tweets?.some((r) => r.type !== 'quoted')).length,
    );
    const window = await app.v2.userTimeline(mentor.id, {
      since_id: all[5].id,
      until_id: all[1].id,
    });
    expect(window.tweets.map((t) => t.id)).toEqual([all[2].id, all[3].id, all[4].id]);
  });

  it('keeps only the latest 3,200 posts of a timeline', async () => {
    const wire = sim.world.userByUsername('techwirenow')!;
    expect(sim.world.timeline(wire.id).length).toBeGreaterThan(3200);
    const tl = await app.v2.userTimeline(wire.id, { max_results: 100 });
    await tl.fetchLast();
    expect(tl.tweets).toHaveLength(3200);
    expect(tl.tweets.at(-1)!.id).toBe(sim.world.timeline(wire.id)[3199].id);
    expect(calls('GET /2/users/:id/tweets')).toBe(32);
  });

  it('refuses max_results outside 5 to 100 with the parameter named', async () => {
    const e = await rejection(app.v2.userTimeline(busyPeer().id, { max_results: 1000 }));
    expect(e.code).toBe(400);
    expect(e.errors).toEqual([
      {
        parameters: { max_results: ['1000'] },
        message: 'The `max_results` query parameter value [1000] is not between 5 and 100',
      },
    ]);
    expect(e.data.title).toBe('Invalid Request');
  });

  it('answers an empty page with result_count 0 only', async () => {
    const user = busyPeer();
    const newest = sim.world.timeline(user.id)[0].id;
    const res = await app.v2.get(`users/${user.id}/tweets`, { since_id: newest });
    expect(res).toEqual({ meta: { result_count: 0 } });
  });

  it('accepts post.fields as an alias of tweet.fields and answers with tweet names', async () => {
    const t = sim.world.tweets.find((x) => x.referenced_tweets?.[0]?.type === 'replied_to')!;
    const res = await app.v2.get(`tweets/${t.id}`, {
      'post.fields': 'created_at,referenced_tweets',
      expansions: 'referenced_posts.id',
    });
    expect(res.data).toMatchObject({
      id: t.id,
      created_at: t.created_at,
      referenced_tweets: t.referenced_tweets,
    });
    expect(res.includes.tweets[0].id).toBe(t.referenced_tweets![0].id);
  });

  it('lists the posts that mention a user', async () => {
    const mentor = sim.world
      .accountsByKind('mentor')
      .find((m) => sim.world.mentions(m.id).length > 3)!;
    const res = await app.v2.userMentionTimeline(mentor.id, {
      max_results: 100,
      expansions: ['entities.mentions.username'],
    });
    expect(res.tweets.map((t) => t.id)).toEqual(sim.world.mentions(mentor.id).map((t) => t.id));
    expect(res.includes.users.map((u) => u.id)).toContain(mentor.id);
  });

  it('expands authors and referenced posts', async () => {
    const rt = sim.world.tweets.find((t) => t.referenced_tweets?.[0]?.type === 'retweeted')!;
    const res = await app.v2.singleTweet(rt.id, {
      expansions: ['author_id', 'referenced_tweets.id', 'referenced_tweets.id.author_id'],
      'user.fields': ['username'],
    });
    const original = sim.world.tweet(rt.referenced_tweets![0].id)!;
    expect(res.data.author_id).toBe(rt.author_id);
    expect(res.data.referenced_tweets).toEqual([{ type: 'retweeted', id: original.id }]);
    expect(res.includes?.tweets?.map((t) => t.id)).toEqual([original.id]);
    expect(res.includes?.users?.map((u) => u.id).sort()).toEqual(
      [rt.author_id, original.author_id].sort(),
    );
  });
});

describe('XSimulator search', () => {
  const windowStart = () => now - 7 * DAY;
  const texts = (tweets: TweetV2[]) => tweets.map((t) => t.text);

  it('finds #hiring posts of the last 7 days, newest first, across pages', async () => {
    const res = await app.v2.search('#hiring', {
      'tweet.fields': ['created_at', 'entities'],
      max_results: 10,
    });
    expect(res.tweets).toHaveLength(10);
    await res.fetchNext();
    await res.fetchNext();
    const ids = res.tweets.map((t) => t.id);
    expect(new Set(ids).size).toBe(30);
    expect(ids).toEqual([...ids].sort((a, b) => compareIds(b, a)));
    for (const t of res.tweets) {
      expect(t.entities?.hashtags?.some((h) => h.tag.toLowerCase() === 'hiring')).toBe(true);
      expect(Date.parse(t.created_at!)).toBeGreaterThanOrEqual(windowStart());
    }
    const pages = sim.requests.filter((r) => r.endpoint === 'GET /2/tweets/search/recent');
    expect(pages.map((r) => 'next_token' in r.query)).toEqual([false, true, true]);
  });

  it('applies from:, phrases, OR, parentheses and negation like X', async () => {
    const author = sim.world
      .accountsByKind('careers')
      .find((u) => sim.world.timeline(u.id).some((t) => Date.parse(t.created_at) > windowStart()))!;
    const fromRes = await app.v2.search(`from:${author.username}`, {
      max_results: 100,
      expansions: ['author_id'],
    });
    expect(new Set(fromRes.tweets.map((t) => t.author_id))).toEqual(new Set([author.id]));

    const q = '("data engineer" OR "data analyst") (hiring OR jobs) -remote';
    const res = await app.v2.search(q, { max_results: 100 });
    expect(res.tweets.length).toBeGreaterThan(0);
    for (const text of texts(res.tweets)) {
      expect(text.toLowerCase()).toMatch(/data (engineer|analyst)/);
      expect(text.toLowerCase()).toMatch(/\b(hiring|jobs)\b/);
      expect(text.toLowerCase()).not.toMatch(/\bremote\b/);
    }
  });

  it('matches url: against expanded careers links, tracking parameters included', async () => {
    const since = windowStart();
    const posted = sim.world.tweets.find(
      (t) =>
        Date.parse(t.created_at) > since &&
        Date.parse(t.created_at) < now &&
        t.labels.includes('hiring') &&
        !t.referenced_tweets &&
        t.entities?.urls?.some((u) => u.expanded_url.includes('?')),
    )!;
    const canonical = posted.entities!.urls![0].expanded_url.split('?')[0].replace('https://', '');
    const expected = sim.world.tweets
      .filter(
        (t: SimTweet) =>
          Date.parse(t.created_at) >= since &&
          Date.parse(t.created_at) <= now &&
          !t.referenced_tweets?.some((r) => r.type === 'retweeted') &&
          t.entities?.urls?.some((u) => u.expanded_url.includes(canonical)),
      )
      .map((t) => t.id);
    const res = await app.v2.search(`url:"${canonical}"`, { max_results: 100 });
    expect(res.tweets.map((t) => t.id)).toEqual(expected);
    expect(expected).toContain(posted.id);
  });

  it('leaves retweets out of search, as X has since May 2026', async () => {
    const res = await app.v2.search('hiring is:retweet', { max_results: 100 });
    expect(res.tweets).toHaveLength(0);
    expect(res.meta.result_count).toBe(0);
  });

  it('shows the spike of a burst term on its day', async () => {
    const burst = sim.world.bursts.find((b) => Date.parse(b.day) > windowStart())!;
    const res = await app.v2.search(`#${burst.hashtag}`, {
      max_results: 100,
      'tweet.fields': ['created_at'],
    });
    await res.fetchLast();
    const onDay = res.tweets.filter((t) => t.created_at!.startsWith(burst.day)).length;
    expect(onDay).toBeGreaterThan(30);
    expect(onDay).toBeGreaterThan((res.tweets.length - onDay) * 3);
  });

  it('refuses a missing, overlong or unparsable query and a start_time older than 7 days', async () => {
    const missing = await rejection(app.v2.get('tweets/search/recent', {}));
    expect(missing.code).toBe(400);
    expect(missing.errors?.[0]).toMatchObject({ parameters: { query: [] } });
    const long = await rejection(app.v2.search('a '.repeat(300)));
    expect(long.code).toBe(400);
    const bad = await rejection(app.v2.search('("data engineer" OR hiring'));
    expect(bad.code).toBe(400);
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Unbalanced parentheses'),
    });
    const old = await rejection(
      app.v2.search('hiring', { start_time: new Date(now - 8 * DAY).toISOString() }),
    );
    expect(old.errors?.[0]).toMatchObject({
      message: expect.stringContaining("'start_time' must be on or after"),
    });
  });

  it('refuses a next_token taken from another query', async () => {
    const first = await app.v2.search('hiring');
    const token = first.meta.next_token!;
    const e = await rejection(
      app.v2.get('tweets/search/recent', { query: 'remote', next_token: token }),
    );
    expect(e.code).toBe(400);
    expect(e.errors?.[0]).toMatchObject({ parameters: { next_token: [token] } });
    const again = await app.v2.get('tweets/search/recent', {
      query: 'hiring',
      pagination_token: token,
    });
    expect(again.meta.result_count).toBe(10);
  });
});

describe('XSimulator follows and lists', () => {
  it('pages followers and following with asPaginator', async () => {
    const acme = sim.world.userByUsername('acme')!;
    const followers = await app.v2.followers(acme.id, {
      asPaginator: true,
      'user.fields': ['location'],
    });
    const ids: string[] = [];
    for await (const u of followers) ids.push(u.id);
    const expected = sim.world.followers(acme.id).map((u) => u.id);
    expect(ids).toEqual(expected);
    expect(calls('GET /2/users/:id/followers')).toBe(Math.ceil(expected.length / 100));

    const peer = sim.world.accountsByKind('peer')[0];
    const following = await app.v2.following(peer.id, { asPaginator: true, max_results: 1000 });
    expect(following.users.map((u) => u.id)).toEqual(sim.world.following(peer.id).map((u) => u.id));
    expect(following.meta.next_token).toBeUndefined();

    const e = await rejection(app.v2.followers(acme.id, { max_results: 0 }));
    expect(e.code).toBe(400);
  });

  it('serves a company team list, its members, its posts and the owner and member views', async () => {
    const company = sim.world.company('acme')!;
    const list = await app.v2.list(company.teamListId, {
      expansions: ['owner_id'],
      'list.fields': ['member_count', 'description'],
    });
    expect(list.data).toMatchObject({
      id: company.teamListId,
      name: 'Acme team',
      owner_id: company.brandId,
    });
    expect(list.data.member_count).toBe(sim.world.list(company.teamListId)!.member_ids.length);
    expect(list.includes?.users?.[0]?.username).toBe('acme');

    const members = await app.v2.listMembers(company.teamListId, { max_results: 5 });
    await members.fetchLast();
    expect(members.users.map((u) => u.id)).toEqual(sim.world.list(company.teamListId)!.member_ids);

    const posts = await app.v2.listTweets(company.teamListId, { expansions: ['author_id'] });
    const memberIds = new Set(sim.world.list(company.teamListId)!.member_ids);
    expect(posts.tweets.length).toBe(100);
    expect(posts.tweets.every((t) => memberIds.has(t.author_id!))).toBe(true);
    const ids = posts.tweets.map((t) => t.id);
    expect(ids).toEqual([...ids].sort((a, b) => compareIds(b, a)));

    const owned = await app.v2.listsOwned(company.brandId);
    expect(owned.lists.map((l) => l.id)).toContain(company.teamListId);
    const memberships = await app.v2.listMemberships(company.employeeIds[0]);
    expect(memberships.lists.map((l) => l.id)).toContain(company.teamListId);
  });

  it('answers an unknown list with a 200 not-found error', async () => {
    const res = await app.v2.list('123456789');
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]).toMatchObject({ resource_type: 'list', value: '123456789' });
  });
});

describe('XSimulator posting', () => {
  it('creates a post with 201 and a snowflake id, and deletes it', async () => {
    const seeker = sim.world.accountsByKind('seeker')[0];
    const client = asUser(seeker);
    const created = await client.v2.tweet(
      'Practising for interviews today https://perch.example/prep #jobsearch',
    );
    expect(created.data.id).toMatch(/^\d{18,19}$/);
    expect(compareIds(created.data.id, sim.world.tweets[1].id)).toBeGreaterThan(0);
    expect(created.data.text).toMatch(/https:\/\/t\.co\/\w+ #jobsearch$/);
    expect((created.data as TweetV2).edit_history_tweet_ids).toEqual([created.data.id]);
    expect(sim.requests.at(-1)).toMatchObject({
      method: 'POST',
      status: 201,
      auth: 'user',
      userId: seeker.id,
    });
    const stored = await app.v2.singleTweet(created.data.id, {
      'tweet.fields': ['author_id', 'entities'],
    });
    expect(stored.data.author_id).toBe(seeker.id);
    expect(stored.data.entities?.urls?.[0]?.expanded_url).toBe('https://perch.example/prep');
    const timeline = await app.v2.userTimeline(seeker.id);
    expect(timeline.tweets[0].id).toBe(created.data.id);

    const deleted = await client.v2.deleteTweet(created.data.id);
    expect(deleted.data.deleted).toBe(true);
    const gone = await app.v2.singleTweet(created.data.id);
    expect(gone.errors?.[0]).toMatchObject({ resource_type: 'tweet', value: created.data.id });
  });

  it('sends the 24-hour user limit headers on posts', async () => {
    const seeker = sim.world.accountsByKind('seeker')[1];
    const res = await asUser(seeker).v2.post(
      'tweets',
      { text: 'Headers check' },
      { fullResponse: true },
    );
    expect(res.rateLimit?.limit).toBe(100);
    expect(res.rateLimit?.userDay).toMatchObject({ limit: 2400, remaining: 2399 });
    expect(res.rateLimit?.day).toMatchObject({ limit: 10000 });
  });

  it("refuses long text (400), duplicates and other people's posts (403), and app-only posting", async () => {
    const [a, b] = sim.world.accountsByKind('seeker');
    const client = asUser(a);
    const long = await rejection(client.v2.tweet('x'.repeat(281)));
    expect(long.code).toBe(400);
    expect(long.data.type).toBe('https://api.x.com/2/problems/invalid-request');
    const ok = await client.v2.tweet(
      `${'x'.repeat(250)} https://perch.example/a-very-long-link-that-counts-as-23-characters`,
    );
    expect(ok.data.id).toBeDefined();

    await client.v2.tweet('Same words twice');
    const dup = await rejection(client.v2.tweet('Same words twice'));
    expect(dup.code).toBe(403);
    expect(dup.data.detail).toContain('duplicate content');

    const others = sim.world.timeline(b.id)[0];
    const foreign = await rejection(client.v2.deleteTweet(others.id));
    expect(foreign.code).toBe(403);
    const appOnly = await rejection(app.v2.tweet('hello'));
    expect(appOnly.code).toBe(403);
    expect(appOnly.data.type).toBe('https://api.x.com/2/problems/unsupported-authentication');
  });

  it('allows replies only where the user was mentioned', async () => {
    const [a, b] = sim.world.accountsByKind('seeker');
    const unrelated = sim.world.accountsByKind('news')[0];
    const blocked = await rejection(
      asUser(b).v2.reply('Great point', sim.world.timeline(unrelated.id)[0].id),
    );
    expect(blocked.code).toBe(403);
    expect(blocked.data.detail).toContain('not been mentioned');
    const mention = await asUser(a).v2.tweet(
      `@${b.username} want to practise interviews together?`,
    );
    const reply = await asUser(b).v2.reply('Yes, Thursday works!', mention.data.id);
    const stored = await app.v2.singleTweet(reply.data.id, {
      'tweet.fields': ['conversation_id', 'in_reply_to_user_id', 'referenced_tweets'],
    });
    expect(stored.data).toMatchObject({
      conversation_id: mention.data.id,
      in_reply_to_user_id: a.id,
      referenced_tweets: [{ type: 'replied_to', id: mention.data.id }],
    });
  });

  it('refuses a token without the scope an endpoint needs', async () => {
    const seeker = sim.world.accountsByKind('seeker')[0];
    const readOnly = asUser(seeker, ['tweet.read', 'users.read']);
    const e = await rejection(readOnly.v2.tweet('no write scope'));
    expect(e.code).toBe(403);
    expect((e.data as any).required_scopes).toEqual(['tweet.write']);
    const lists = await rejection(readOnly.v2.list(sim.world.lists[0].id));
    expect((lists.data as any).required_scopes).toEqual(['list.read']);
  });

  it('expires user tokens after two hours of simulator time', async () => {
    const seeker = sim.world.accountsByKind('seeker')[0];
    const client = asUser(seeker);
    await client.v2.me();
    now += 2 * HOUR;
    const e = await rejection(client.v2.me());
    expect(e.code).toBe(401);
  });
});
