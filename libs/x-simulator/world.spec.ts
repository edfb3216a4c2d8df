import { generateWorld, type SimTweet, type World } from './index.js';
import { compareIds, snowflakeTime } from './snowflake.js';
import { DEFAULT_WORLD_NOW } from './world-generator.js';

const DAY = 86_400_000;
let world: World;

beforeAll(() => {
  const t0 = performance.now();
  world = generateWorld(42);
  const ms = Math.round(performance.now() - t0);
  // Logged, not asserted: timing depends on the machine.
  console.log(
    `default world: ${world.users.length} accounts, ${world.tweets.length} posts, ${world.lists.length} lists in ${ms} ms`,
  );
});

const byLabel = (prefix: string) =>
  world.tweets.filter((t) => t.labels.some((l) => l.startsWith(prefix)));

describe('generateWorld', () => {
  it('gives byte-identical worlds for one seed and different worlds for another', () => {
    const small = { peers: 150, mentors: 20, recruiters: 20, journalists: 5, companies: 8 };
    const [a, b, c] = [generateWorld(7, small), generateWorld(7, small), generateWorld(8, small)];
    expect(JSON.stringify(a) === JSON.stringify(b)).toBe(true);
    expect(JSON.stringify(c) === JSON.stringify(a)).toBe(false);
    // Byte-identical implies deep-equal; toEqual on whole worlds would only be slow.
    expect(a.toJSON().companies).toEqual(b.toJSON().companies);
    expect(a.tweets.slice(0, 200)).toEqual(b.tweets.slice(0, 200));
  });

  it('names the first seekers after the given personas and leaves everyone else as they were', () => {
    const small = { peers: 150, mentors: 20, recruiters: 20, journalists: 5, companies: 8 };
    const plain = generateWorld(7, small);
    const named = generateWorld(7, {
      ...small,
      seekerPersonas: [
        { name: 'Amara Okafor', username: 'amara_okafor', field: 'data', city: 'Boston' },
      ],
    });
    const [first] = named.accountsByKind('seeker');
    expect(first).toMatchObject({ name: 'Amara Okafor', username: 'amara_okafor' });
    expect(first.location).toBe('Boston, MA');
    expect(first.description).toMatch(/^(Data|Analytics|Machine Learning)/);
    expect(named.userByUsername('amara_okafor')?.id).toBe(first.id);
    expect(named.timeline(first.id).length).toBeGreaterThan(10);
    // Every account that is not a seeker is identical, and so are their posts.
    const others = (w: World) =>
      JSON.stringify(
        w.users.filter((u) => u.kind !== 'seeker').map((u) => [u.id, u.username, u.name]),
      );
    expect(others(named)).toBe(others(plain));
    expect(plain.accountsByKind('seeker')[0].username).not.toBe('amara_okafor');
    expect(() =>
      generateWorld(7, { ...small, seekerPersonas: [{ name: 'X', username: 'no spaces' }] }),
    ).toThrow(RangeError);
  });

  it('generates several thousand accounts and tens of thousands of posts by default', () => {
    expect(world.users.length).toBeGreaterThan(3000);
    expect(world.tweets.length).toBeGreaterThan(30000);
    expect(world.companies).toHaveLength(30);
    for (const kind of [
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
    ] as const) {
      expect(world.accountsByKind(kind).length).toBeGreaterThan(0);
    }
  });

  it('keeps posts within 90 days before the reference time (old seeker posts aside), newest first with ids increasing with time', () => {
    expect(world.now).toBe(DEFAULT_WORLD_NOW);
    const recent = world.tweets.filter((t) => !t.labels.includes('old'));
    const outside = recent.filter((t) => {
      const ms = Date.parse(t.created_at);
      return ms >= world.now || ms < world.now - 90 * DAY;
    });
    expect(outside).toEqual([]);
    const unordered = world.tweets.filter(
      (t, i) => i > 0 && compareIds(world.tweets[i - 1].id, t.id) <= 0,
    );
    expect(unordered).toEqual([]);
    const sample = world.tweets[100];
    expect(Math.abs(snowflakeTime(sample.id) - Date.parse(sample.created_at))).toBeLessThan(1000);
  });

  it('uses the reference time from options', () => {
    const now = Date.UTC(2025, 0, 15);
    const w = generateWorld(1, {
      now,
      peers: 50,
      mentors: 5,
      recruiters: 5,
      journalists: 2,
      companies: 3,
    });
    expect(Date.parse(w.tweets[0].created_at)).toBeLessThan(now);
    expect(Date.parse(w.tweets[0].created_at)).toBeGreaterThan(now - DAY);
  });

  it('gives replies, retweets and quotes consistent references, conversations and entities', () => {
    const refs = world.tweets.filter((t) => t.referenced_tweets);
    expect(refs.length).toBeGreaterThan(1000);
    const broken = refs.filter((t) => {
      const ref = t.referenced_tweets![0];
      const target = world.tweet(ref.id);
      if (!target || compareIds(t.id, target.id) <= 0) return true;
      if (ref.type === 'replied_to') {
        return (
          t.in_reply_to_user_id !== target.author_id || t.conversation_id !== target.conversation_id
        );
      }
      if (ref.type === 'retweeted') {
        return !t.text.startsWith(`RT @${world.user(target.author_id)!.username}: `);
      }
      return !t.entities?.urls?.some((u) => u.expanded_url.endsWith(`/status/${target.id}`));
    });
    expect(broken).toEqual([]);
    expect(new Set(refs.map((t) => t.referenced_tweets![0].type))).toEqual(
      new Set(['replied_to', 'retweeted', 'quoted']),
    );
    const withUrl = world.tweets.find((t) => t.entities?.urls?.length)!;
    const u = withUrl.entities!.urls![0];
    expect(u.url).toMatch(/^https:\/\/t\.co\//);
    expect([...withUrl.text].slice(u.start, u.end).join('')).toBe(u.url);
  });

  it('has companies with brand and careers accounts, bios naming them, and team lists', () => {
    const acme = world.company('acme')!;
    expect(world.user(acme.brandId)!.username).toBe('acme');
    expect(world.user(acme.careersId)!.kind).toBe('careers');
    const employees = acme.employeeIds.map((id) => world.user(id)!);
    expect(employees.every((e) => /acme/i.test(e.description))).toBe(true);
    const team = world.list(acme.teamListId)!;
    expect(team.owner_id).toBe(acme.brandId);
    expect(team.member_ids).toEqual(expect.arrayContaining(acme.employeeIds));
    const themes = new Set(world.companies.map((c) => c.themes.join()));
    expect(themes.size).toBeGreaterThan(10);
  });

  it('posts openings several times: careers post, reposts with tracking parameters, and retweets', () => {
    const hiring = byLabel('opening:');
    const byOpening = new Map<string, SimTweet[]>();
    for (const t of hiring) {
      const key = t.labels.find((l) => l.startsWith('opening:'))!;
      byOpening.set(key, [...(byOpening.get(key) ?? []), t]);
    }
    const duplicated = [...byOpening.values()].filter(
      (posts) => new Set(posts.map((p) => p.author_id)).size >= 3,
    );
    expect(duplicated.length).toBeGreaterThan(20);
    const expanded = hiring.flatMap((t) => t.entities?.urls?.map((u) => u.expanded_url) ?? []);
    expect(
      expanded.some((u) => /\/careers\/\d+\?(utm_source|ref|gh_src|src|lever-source)=/.test(u)),
    ).toBe(true);
    expect(hiring.some((t) => t.text.startsWith('RT @'))).toBe(true);
  });

  it('spikes each burst term on its day', () => {
    for (const burst of world.bursts) {
      const posts = byLabel(`burst:${burst.term}`);
      const onDay = posts.filter((t) => t.created_at.startsWith(burst.day)).length;
      expect(onDay).toBeGreaterThan(40);
      expect(onDay).toBeGreaterThan((posts.length - onDay) * 3);
    }
    const recent = world.bursts.filter((b) => Date.parse(b.day) > world.now - 7 * DAY);
    expect(recent.length).toBeGreaterThanOrEqual(2);
  });

  it('holds weekly hashtag chats within their hour, US Eastern', () => {
    const chat = world.chats.find((c) => c.hashtag === 'DataChat')!;
    const posts = byLabel('chat:DataChat');
    expect(posts.length).toBeGreaterThan(100);
    for (const t of posts) {
      const et = new Date(
        Date.parse(t.created_at) - (isEasternDst(t.created_at) ? 4 : 5) * 3_600_000,
      );
      expect(et.getUTCDay()).toBe(chat.weekday);
      expect(et.getUTCHours()).toBe(chat.hourEt);
    }
  });

  it('tags conference posts before, during and after the event', () => {
    const conf = world.conferences.find((c) => Date.parse(c.endDate) < world.now - 10 * DAY)!;
    const phases = new Set(
      byLabel(`conference:${conf.hashtag}:`).map((t) => t.labels[0].split(':')[2]),
    );
    expect(phases).toEqual(new Set(['before', 'during', 'after']));
    expect(
      byLabel(`conference:${conf.hashtag}:`).every((t) =>
        t.entities?.hashtags?.some((h) => h.tag === conf.hashtag),
      ),
    ).toBe(true);
  });

  it('gives seekers old posts for a profile audit to flag, and keeps one seeker clean', () => {
    const seekers = world.accountsByKind('seeker');
    const flagged = (id: string) =>
      world.timeline(id).filter((t) => t.labels.some((l) => l.startsWith('audit:')));
    const first = flagged(seekers[0].id);
    expect(new Set(first.map((t) => t.labels.find((l) => l.startsWith('audit:'))))).toEqual(
      new Set(['audit:profanity', 'audit:phone', 'audit:employer-complaint', 'audit:broken-link']),
    );
    expect(first.every((t) => Date.parse(t.created_at) < world.now - 90 * DAY)).toBe(true);
    expect(first.some((t) => /\(\d{3}\) 555-01\d\d/.test(t.text))).toBe(true);
    expect(flagged(seekers[seekers.length - 1].id)).toHaveLength(0);
  });

  it('keeps follower counts equal to the follow graph', () => {
    const acme = world.userByUsername('acme')!;
    expect(acme.public_metrics.followers_count).toBe(world.followers(acme.id).length);
    expect(acme.public_metrics.following_count).toBe(world.following(acme.id).length);
    expect(world.followers(acme.id).length).toBeGreaterThan(100);
  });

  it("gives every mentor and peer one field that their bio and posts agree on, and peers their bio's stage", () => {
    const families: Record<string, RegExp> = {
      data: /\b(data|sql|dbt|python|spark|airflow|snowflake|pandas|analytics|machine learning)\b/i,
      frontend: /\b(frontend|ui engineer|full stack|react|typescript|next\.js|css|svelte|vue)\b/i,
    };
    for (const kind of ['mentor', 'peer'] as const) {
      const people = world.accountsByKind(kind);
      expect(people.every((u) => typeof u.field === 'string')).toBe(true);
      const label = kind === 'mentor' ? 'advice' : 'personal';
      const share = (group: typeof people, words: RegExp) => {
        const posts = group.flatMap((u) =>
          world.timeline(u.id).filter((t) => t.labels.includes(label)),
        );
        return posts.filter((t) => words.test(t.text)).length / posts.length;
      };
      for (const [field, words] of Object.entries(families)) {
        const own = share(
          people.filter((u) => u.field === field),
          words,
        );
        const others = share(
          people.filter((u) => u.field !== field),
          words,
        );
        // Generic advice and job-search posts name no field; the others name the account's own.
        expect(own).toBeGreaterThan(0.25);
        expect(own).toBeGreaterThan(others * 3);
      }
    }
    const peers = world.accountsByKind('peer');
    const stages = new Set(peers.map((u) => u.stage));
    expect(stages).toEqual(
      new Set([
        'bootcamp',
        'student',
        'career_switcher',
        'new_grad',
        'self_taught',
        'junior',
        'returning',
      ]),
    );
    const switchers = peers.filter((u) => u.description.startsWith('Career switcher: teacher'));
    expect(switchers.length).toBeGreaterThan(50);
    expect(switchers.every((u) => u.stage === 'career_switcher')).toBe(true);
    expect(world.accountsByKind('employee').some((u) => u.field !== undefined)).toBe(false);
  });

  it('plants dormant and prolific mentors, labelled, that no one generated before them follows', () => {
    const mentors = world.accountsByKind('mentor');
    const inactive = mentors.filter((u) => u.truth?.includes('mentor:inactive'));
    const prolific = mentors.filter((u) => u.truth?.includes('mentor:prolific'));
    expect([inactive.length, prolific.length]).toEqual([20, 20]);
    for (const u of inactive) {
      const posts = world.timeline(u.id);
      expect(posts.length).toBeGreaterThanOrEqual(2);
      expect(posts.every((t) => Date.parse(t.created_at) < world.now - 45 * DAY)).toBe(true);
      expect(posts.some((t) => t.in_reply_to_user_id)).toBe(false);
      expect(u.description).toMatch(/Principal|Staff|Head of|Senior/);
    }
    for (const u of prolific) {
      const replies = world.timeline(u.id).filter((t) => t.in_reply_to_user_id);
      expect(replies.length).toBeGreaterThanOrEqual(6);
      expect(replies.every((t) => world.user(t.in_reply_to_user_id!)!.kind === 'peer')).toBe(true);
    }
    expect(new Set(prolific.map((u) => u.field)).size).toBe(8);
    const planted = new Set([...inactive, ...prolific].map((u) => u.id));
    for (const u of [...inactive, ...prolific]) {
      expect(world.followers(u.id).every((f) => planted.has(f.id))).toBe(true);
    }
    // They come last, after the accounts generated before them, whose ids therefore stay put.
    expect(world.users.slice(-planted.size).every((u) => planted.has(u.id))).toBe(true);
  });

  it('writes mostly English, with some posts in other languages', () => {
    const other = world.tweets.filter((t) => t.lang !== 'en').length;
    expect(other).toBeGreaterThan(20);
    expect(other / world.tweets.length).toBeLessThan(0.05);
  });
});

function isEasternDst(iso: string): boolean {
  const ms = Date.parse(iso);
  const y = new Date(ms).getUTCFullYear();
  const march1 = new Date(Date.UTC(y, 2, 1)).getUTCDay();
  const nov1 = new Date(Date.UTC(y, 10, 1)).getUTCDay();
  const start = Date.UTC(y, 2, 1 + ((7 - march1) % 7) + 7, 7);
  const end = Date.UTC(y, 10, 1 + ((7 - nov1) % 7), 6);
  return ms >= start && ms < end;
}
