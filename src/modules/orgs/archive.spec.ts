import fc from 'fast-check';
import {
  type ArchivePost,
  assembleArchive,
  compareSnowflakes,
  naiveAssembleArchive,
} from './archive.js';

const T0 = Date.UTC(2026, 2, 4, 20);
const MIN = 60_000;
const window = { start: T0, end: T0 + 60 * MIN };

let seq = 0;
function post(over: Partial<ArchivePost> & { authorId: string }): ArchivePost {
  seq++;
  return {
    id: String(1_900_000_000_000_000_000n + BigInt(seq)),
    username: `user${over.authorId}`,
    text: '#chat',
    createdAt: T0 + seq * MIN,
    conversationId: null,
    inReplyToPostId: null,
    urls: [],
    likes: 0,
    reposts: 0,
    replies: 0,
    quotes: 0,
    ...over,
  };
}

describe('assembleArchive', () => {
  beforeEach(() => {
    seq = 0;
  });

  it('keeps posts from the start up to but not including the end, oldest first', () => {
    const before = post({ authorId: '1', createdAt: window.start - 1 });
    const first = post({ authorId: '1', createdAt: window.start });
    const middle = post({ authorId: '2', createdAt: window.start + 30 * MIN });
    const last = post({ authorId: '2', createdAt: window.end - 1 });
    const atEnd = post({ authorId: '3', createdAt: window.end });
    const archive = assembleArchive([atEnd, last, middle, before, first], window);
    expect(archive.posts.map((p) => p.id)).toEqual([first.id, middle.id, last.id]);
    expect(archive.participants.map((p) => p.authorId)).toEqual(['2', '1']);
  });

  it('orders posts at the same time by snowflake value, not by string', () => {
    const at = window.start + MIN;
    const small = post({ authorId: '1', id: '999999999999999999', createdAt: at });
    const big = post({ authorId: '1', id: '1000000000000000000', createdAt: at });
    expect(assembleArchive([big, small], window).posts.map((p) => p.id)).toEqual([
      small.id,
      big.id,
    ]);
    expect(compareSnowflakes('1900000000000000001', '1900000000000000002')).toBeLessThan(0);
  });

  it('counts participants, marks hosts and speakers, and ranks the most active first', () => {
    const host = post({ authorId: '10', createdAt: window.start });
    const a1 = post({ authorId: '20' });
    const a2 = post({ authorId: '20', inReplyToPostId: host.id, username: 'renamed' });
    const s1 = post({ authorId: '30' });
    const archive = assembleArchive([host, a1, a2, s1], window, {
      hostIds: ['10'],
      speakerIds: ['30'],
    });
    expect(archive.participants).toEqual([
      {
        authorId: '20',
        username: 'renamed',
        posts: 2,
        replies: 1,
        firstAt: a1.createdAt,
        isHost: false,
        isSpeaker: false,
      },
      {
        authorId: '10',
        username: 'user10',
        posts: 1,
        replies: 0,
        firstAt: host.createdAt,
        isHost: true,
        isSpeaker: false,
      },
      {
        authorId: '30',
        username: 'user30',
        posts: 1,
        replies: 0,
        firstAt: s1.createdAt,
        isHost: false,
        isSpeaker: true,
      },
    ]);
  });

  it('builds threads from replies, and starts a new one at a reply to a post outside the window', () => {
    const outside = post({ authorId: '9', createdAt: window.start - MIN });
    const q1 = post({ authorId: '1', conversationId: 'c1' });
    const a1 = post({ authorId: '2', inReplyToPostId: q1.id, conversationId: 'c1' });
    const lone = post({ authorId: '3' });
    const r1 = post({ authorId: '1', inReplyToPostId: a1.id, conversationId: 'c1' });
    const late = post({ authorId: '4', inReplyToPostId: outside.id, conversationId: 'c0' });
    const lateReply = post({ authorId: '5', inReplyToPostId: late.id, conversationId: 'c0' });
    const a2 = post({ authorId: '3', inReplyToPostId: q1.id, conversationId: 'c1' });
    const orphan = post({ authorId: '6', inReplyToPostId: outside.id, conversationId: 'c0' });
    const archive = assembleArchive(
      [a2, orphan, lateReply, outside, q1, a1, lone, r1, late],
      window,
    );
    expect(archive.threads).toEqual([
      {
        rootId: q1.id,
        rootAuthorId: '1',
        conversationId: 'c1',
        postIds: [q1.id, a1.id, r1.id, a2.id],
        depth: 2,
        participants: 3,
      },
      {
        rootId: late.id,
        rootAuthorId: '4',
        conversationId: 'c0',
        postIds: [late.id, lateReply.id],
        depth: 1,
        participants: 2,
      },
      {
        rootId: orphan.id,
        rootAuthorId: '6',
        conversationId: 'c0',
        postIds: [orphan.id],
        depth: 0,
        participants: 1,
      },
    ]);
  });

  it('survives a reply cycle in corrupt data, rooting it at its earliest post', () => {
    const a = post({ authorId: '1', id: '101' });
    const b = post({ authorId: '2', id: '102', inReplyToPostId: '101' });
    a.inReplyToPostId = '102';
    const self = post({ authorId: '3', id: '103', inReplyToPostId: '103' });
    const archive = assembleArchive([a, b, self], window);
    expect(archive.threads.map((t) => [t.rootId, t.postIds, t.depth])).toEqual([
      ['101', ['101', '102'], 1],
      ['103', ['103'], 0],
    ]);
  });

  it('ranks posts by engagement, reposts and quotes counting double', () => {
    const liked = post({ authorId: '1', likes: 10 });
    const shared = post({ authorId: '2', reposts: 4, quotes: 2 });
    const discussed = post({ authorId: '3', replies: 11 });
    const quiet = post({ authorId: '4' });
    const archive = assembleArchive([quiet, liked, shared, discussed], window, { topPosts: 3 });
    expect(archive.topPosts).toEqual([
      { id: shared.id, score: 12 },
      { id: discussed.id, score: 11 },
      { id: liked.id, score: 10 },
    ]);
  });

  it('merges links that differ only by tracking parameters and counts each post once', () => {
    const guide = 'https://example.com/guide';
    const archive = assembleArchive(
      [
        post({
          authorId: '1',
          urls: [`${guide}?utm_source=x&utm_medium=social`, 'http://www.example.com/guide/'],
        }),
        post({ authorId: '1', urls: [`${guide}?utm_campaign=chat`] }),
        post({ authorId: '2', urls: [guide, 'https://jobs.example.com/a?gh_jid=7&ref=tw'] }),
        post({ authorId: '3', urls: ['https://jobs.example.com/a?gh_jid=7', 'not a link'] }),
        post({ authorId: '4', urls: ['https://jobs.example.com/a?gh_jid=8'] }),
      ],
      window,
      { topLinks: 2 },
    );
    expect(archive.links).toEqual([
      { url: guide, shares: 3, sharers: 2 },
      { url: 'https://jobs.example.com/a?gh_jid=7', shares: 2, sharers: 2 },
    ]);
  });

  describe('properties', () => {
    const ids = ['11', '12', '13', '100', '101', '1000', '99999999999999999999'];
    const postArb = fc.record({
      id: fc.constantFrom(...ids),
      authorId: fc.constantFrom('1', '2', '3', '10'),
      username: fc.constantFrom('a', 'b', 'c'),
      text: fc.constant('#chat'),
      createdAt: fc.integer({ min: window.start - 3, max: window.end + 3 }).map((t) =>
        // Mostly at the edges and on ties, where mistakes hide.
        t <= window.start + 3 || t >= window.end - 3 ? t : window.start + (t % 5),
      ),
      conversationId: fc.option(fc.constantFrom('c1', 'c2')),
      inReplyToPostId: fc.option(fc.constantFrom(...ids, '5'), { freq: 2 }),
      urls: fc.array(
        fc.constantFrom(
          'https://example.com/a',
          'https://example.com/a?utm_source=x',
          'https://www.example.com/a/',
          'https://example.com/b',
          'mailto:someone@example.com',
        ),
        { maxLength: 3 },
      ),
      likes: fc.nat(5),
      reposts: fc.nat(3),
      replies: fc.nat(3),
      quotes: fc.nat(2),
    });
    const optsArb = fc.record(
      {
        hostIds: fc.subarray(['1', '2', '3', '10']),
        speakerIds: fc.subarray(['1', '2', '3', '10']),
        topPosts: fc.nat(8),
        topLinks: fc.nat(4),
      },
      { requiredKeys: [] },
    );

    it('gives exactly what the straightforward version gives', () => {
      fc.assert(
        fc.property(fc.array(postArb, { maxLength: 40 }), optsArb, (posts, opts) => {
          expect(assembleArchive(posts, window, opts)).toEqual(
            naiveAssembleArchive(posts, window, opts),
          );
        }),
        { numRuns: 500 },
      );
    });

    it('contains every post in the window exactly once, and every reply in exactly one thread', () => {
      fc.assert(
        fc.property(fc.array(postArb, { maxLength: 40 }), (posts) => {
          const archive = assembleArchive(posts, window);
          const expected = new Set(
            posts
              .filter((p) => p.createdAt >= window.start && p.createdAt < window.end)
              .map((p) => p.id),
          );
          const got = archive.posts.map((p) => p.id);
          expect(got).toHaveLength(expected.size);
          expect(new Set(got)).toEqual(expected);
          const threaded = archive.threads.flatMap((t) => t.postIds);
          expect(new Set(threaded).size).toBe(threaded.length);
          for (const p of archive.posts)
            if (p.inReplyToPostId !== null) expect(threaded).toContain(p.id);
          expect(archive.participants.reduce((s, p) => s + p.posts, 0)).toBe(got.length);
        }),
        { numRuns: 300 },
      );
    });
  });
});
