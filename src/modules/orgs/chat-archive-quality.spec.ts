/**
 * Chat archives against the demo world's truth, across the 2026-11-01 change from daylight to
 * standard time in New York: each of the world's weekly chats is scheduled the way a coach would
 * enter it (an RRULE at its Eastern wall time), and for every occurrence in 90 days the archive
 * built from all posts carrying the hashtag (what the capture search returns) must hold exactly
 * the posts the world generated for that chat session: every one, and none from outside its hour.
 */
import { occurrences, parseRecurrence } from '@libs/calendar';
import { generateWorld, type SimTweet } from '@libs/x-simulator';
import { assembleArchive, type ArchivePost } from './archive.js';

const DAY = 86_400_000;
const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function asArchivePost(t: SimTweet, username: string): ArchivePost {
  const m = t.public_metrics;
  return {
    id: t.id,
    authorId: t.author_id,
    username,
    text: t.text,
    createdAt: Date.parse(t.created_at),
    conversationId: t.conversation_id,
    inReplyToPostId: t.referenced_tweets?.find((r) => r.type === 'replied_to')?.id ?? null,
    urls: (t.entities?.urls ?? []).map((u) => u.expanded_url ?? u.url),
    likes: m.like_count,
    reposts: m.retweet_count,
    replies: m.reply_count,
    quotes: m.quote_count,
  };
}

describe('chat archives against the world (across a DST change)', () => {
  const world = generateWorld(11, { peers: 400, mentors: 40, days: 90 });
  const report: Record<
    string,
    { occurrences: number; posts: number; missing: number; extra: number }
  > = {};

  it.each(world.chats.map((c) => [c.hashtag, c] as const))(
    '#%s: every session post in its occurrence, none outside',
    (tag, chat) => {
      const rec = parseRecurrence({
        rrule: `FREQ=WEEKLY;BYDAY=${BYDAY[chat.weekday]}`,
        timeZone: 'America/New_York',
        startLocal: `2026-01-01T${String(chat.hourEt).padStart(2, '0')}:00`,
        durationMinutes: 60,
      });
      const hashtag = new RegExp(`#${tag}\\b`, 'i');
      const captured = world.tweets
        .filter(
          (t) => hashtag.test(t.text) && !t.referenced_tweets?.some((r) => r.type === 'retweeted'),
        )
        .map((t) => asArchivePost(t, world.user(t.author_id)?.username ?? t.author_id));
      const labelled = new Set(
        world.tweets.filter((t) => t.labels.includes(`chat:${tag}`)).map((t) => t.id),
      );
      const list = occurrences(rec, new Date(world.now - 90 * DAY), new Date(world.now));
      let missing = 0;
      let extra = 0;
      let seen = 0;
      const utcHours = new Set<string>();
      for (const o of list) {
        const archive = assembleArchive(captured, {
          start: o.start.getTime(),
          end: o.end.getTime(),
        });
        const got = new Set(archive.posts.map((p) => p.id));
        const truth = [...labelled].filter((id) => {
          const at = Date.parse(world.tweet(id)!.created_at);
          return at >= o.start.getTime() && at < o.end.getTime();
        });
        missing += truth.filter((id) => !got.has(id)).length;
        extra += [...got].filter((id) => !labelled.has(id)).length;
        seen += truth.length;
        if (truth.length) utcHours.add(`${o.start.getUTCHours()}`);
      }
      report[tag] = { occurrences: list.length, posts: seen, missing, extra };
      expect(missing).toBe(0);
      expect(extra).toBe(0);
      // Every generated session post falls in some occurrence: the schedule is the world's.
      expect(seen).toBe(labelled.size);
      // The sessions straddle the DST change: the same wall time is two different UTC hours.
      expect(utcHours.size).toBe(2);
    },
  );

  afterAll(() => {
    process.stdout.write(`chat archive quality: ${JSON.stringify(report)}\n`);
  });
});
