import fc from 'fast-check';
import { bioSignals } from './profile.js';
import { locate } from './gazetteer.js';
import {
  mentorFeatures,
  rankMentors,
  scoreMentor,
  type MentorCandidate,
  type MentorSeeker,
} from './mentors.js';
import { rankPeers, type PeerCandidate } from './peers.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26);
const austin = locate('Austin, TX')!;

function candidate(over: Partial<MentorCandidate> & { id: string }): MentorCandidate {
  return {
    username: over.id,
    description: 'Principal data engineer. Mentor. DMs open.',
    location: 'Austin, TX',
    followers: 800,
    posts: 20,
    onFieldPosts: 12,
    replies: 9,
    peopleRepliedTo: 7,
    lastPostAt: NOW - 2 * DAY,
    ...over,
  };
}

const anyAustin: MentorSeeker = { field: 'data', place: austin, reach: 'any' };

describe('mentorFeatures', () => {
  it('counts own posts and replies to others, not retweets or self-replies', () => {
    const me = { id: 'm', username: 'm', description: '', location: '', followers: 3 };
    const post = (text: string, days: number, to: string | null = null, authorId = 'm') => ({
      text,
      createdAt: NOW - days * DAY,
      inReplyToUserId: to,
      authorId,
    });
    const c = mentorFeatures(
      me,
      [
        post('SQL window functions are worth learning', 3),
        post('@ana Build one dbt project and explain it', 2, 'ana'),
        post('@ana and another thing', 2, 'ana'),
        post('@bo Negotiate politely', 1, 'bo'),
        post('(2/2) more on this', 1, 'm'),
        post('RT @x: data is great', 0),
        post('someone else', 0, null, 'other'),
      ],
      'data',
    );
    expect(c).toMatchObject({
      posts: 5,
      onFieldPosts: 2,
      replies: 3,
      peopleRepliedTo: 2,
      lastPostAt: NOW - DAY,
    });
  });
});

describe('rankMentors', () => {
  it('explains its ranking in words', () => {
    const [m] = rankMentors(anyAustin, [candidate({ id: 'a' })], { now: NOW });
    expect(m.reasons).toEqual([
      "Senior: 'Principal data engineer'",
      '12 of 20 recent posts are about data',
      'Bio names data',
      'Answers others: 9 replies to 7 people',
      'Offers help in their bio',
      'Austin, TX — 0 km away',
    ]);
    expect(m).toMatchObject({ seniority: 'senior', field: 'data', distanceKm: 0 });
    expect(m.score).toBeGreaterThan(0.5);
    expect(m.score).toBeLessThanOrEqual(1);
  });

  it('puts someone whose bio and posts are about another field far below', () => {
    const ranked = rankMentors(
      anyAustin,
      [
        candidate({
          id: 'design',
          description: 'Principal product designer. Mentor. DMs open.',
          onFieldPosts: 0,
          followers: 90_000,
          replies: 40,
          peopleRepliedTo: 35,
        }),
        candidate({ id: 'data', followers: 50 }),
      ],
      { now: NOW },
    );
    // Nothing on the field at all scores zero, and zero is no suggestion.
    expect(ranked.map((m) => m.id)).toEqual(['data']);
    const [withOnePost] = rankMentors(
      anyAustin,
      [candidate({ id: 'design', description: 'Principal product designer.', onFieldPosts: 1 })],
      { now: NOW },
    );
    expect(withOnePost.score).toBeLessThan(ranked[0].score / 10);
    expect(withOnePost.reasons).toContain('Bio is about design');
  });

  it('penalizes a month of silence strongly', () => {
    const ranked = rankMentors(
      anyAustin,
      [
        candidate({ id: 'quiet', lastPostAt: NOW - 75 * DAY, followers: 100_000 }),
        candidate({ id: 'active', lastPostAt: NOW - 10 * DAY, replies: 2, peopleRepliedTo: 2 }),
      ],
      { now: NOW },
    );
    expect(ranked.map((m) => m.id)).toEqual(['active', 'quiet']);
    expect(ranked[1].score).toBeLessThan(ranked[0].score / 4);
    expect(ranked[1].reasons).toContain('Quiet for 75 days');
  });

  it("keeps only placed people within the radius for 'near', and ignores places for 'remote'", () => {
    const people = [
      candidate({ id: 'austin' }),
      candidate({ id: 'houston', location: 'Houston, TX' }),
      candidate({ id: 'nowhere', location: 'Remote' }),
    ];
    const near = rankMentors({ ...anyAustin, reach: 'near' }, people, { now: NOW });
    expect(near.map((m) => m.id)).toEqual(['austin']);
    const wide = rankMentors({ ...anyAustin, reach: 'near', radiusKm: 300 }, people, { now: NOW });
    expect(wide.map((m) => m.id)).toEqual(['austin', 'houston']);
    const remote = rankMentors({ ...anyAustin, reach: 'remote' }, people, { now: NOW });
    expect(new Set(remote.map((m) => m.score)).size).toBe(1);
    expect(remote.every((m) => m.distanceKm === null)).toBe(true);
    const any = rankMentors(anyAustin, people, { now: NOW });
    expect(any.map((m) => m.id)).toEqual(['austin', 'houston', 'nowhere']);
    expect(any[2].score / any[0].score).toBeGreaterThan(0.85);
  });

  it('returns nobody for a near search without a seeker place', () => {
    expect(
      rankMentors({ ...anyAustin, place: null, reach: 'near' }, [candidate({ id: 'a' })], {
        now: NOW,
      }),
    ).toEqual([]);
  });

  it('keeps the same top as scoring everyone and sorting, ties by id', () => {
    const bios = [
      'Principal data engineer. Mentor. DMs open.',
      '12 years in data. I answer questions from career switchers.',
      'Data Engineer at Acme',
      'Junior data analyst | open to work',
      'Product designer',
      '',
    ];
    const places = ['Austin, TX', 'Denver, CO', 'Remote', 'London, UK', ''];
    const arb = fc.array(
      fc.record({
        bio: fc.integer({ min: 0, max: bios.length - 1 }),
        place: fc.integer({ min: 0, max: places.length - 1 }),
        posts: fc.integer({ min: 0, max: 40 }),
        on: fc.integer({ min: 0, max: 40 }),
        replies: fc.integer({ min: 0, max: 10 }),
        days: fc.option(fc.integer({ min: 0, max: 120 })),
      }),
      { maxLength: 120 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 25 }), (rows, limit) => {
        const cs = rows.map((r, i) =>
          candidate({
            id: `c${String(i).padStart(3, '0')}`,
            description: bios[r.bio],
            location: places[r.place],
            posts: r.posts,
            onFieldPosts: Math.min(r.on, r.posts),
            replies: r.replies,
            peopleRepliedTo: r.replies,
            lastPostAt: r.days === null ? null : NOW - r.days * DAY,
          }),
        );
        const fast = rankMentors(anyAustin, cs, { now: NOW, limit }).map((m) => m.id);
        const naive = cs
          .map((c) => ({
            id: c.id,
            s: scoreMentor(anyAustin, c, bioSignals(c.description), locate(c.location), NOW),
          }))
          .filter((x) => x.s && x.s.score > 0)
          .sort((a, b) => b.s!.score - a.s!.score || (a.id < b.id ? -1 : 1))
          .slice(0, limit)
          .map((x) => x.id);
        expect(fast).toEqual(naive);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out excluded ids', () => {
    const ranked = rankMentors(anyAustin, [candidate({ id: 'a' }), candidate({ id: 'b' })], {
      now: NOW,
      exclude: new Set(['a']),
    });
    expect(ranked.map((m) => m.id)).toEqual(['b']);
  });
});

describe('rankPeers', () => {
  const peer = (id: string, description: string, location = 'Austin, TX'): PeerCandidate => ({
    id,
    username: id,
    description,
    location,
    lastPostAt: NOW - DAY,
  });

  it('finds early-stage people in the field near the seeker, their stage first', () => {
    const ranked = rankPeers(
      { field: 'data', stage: 'career_change', place: austin },
      [
        peer('switcher', 'Career switcher: teacher → data analyst. Austin, TX.'),
        peer('bootcamp', 'Bootcamp grad data analyst in Austin | SQL | open to work'),
        peer('far', 'Career switcher: nurse → data analyst.', 'Denver, CO'),
        peer('senior', 'Principal data engineer. Mentor.'),
        peer('frontend', 'Career switcher: teacher → frontend engineer.'),
        peer('employed', 'Junior Data Engineer @acme'),
      ],
      { now: NOW },
    );
    expect(ranked.map((p) => p.id)).toEqual(['switcher', 'bootcamp', 'employed']);
    expect(ranked[0].reasons).toEqual([
      'Career switcher like you',
      'Same field: data',
      'Austin — 0 km',
    ]);
    expect(ranked[1].reasons).toContain('Also looking for work');
  });

  it('ignores location when the seeker has no place', () => {
    const ranked = rankPeers(
      { field: 'data', place: null },
      [peer('far', 'Self-taught. Aspiring data analyst.', 'Lagos, Nigeria')],
      { now: NOW },
    );
    expect(ranked).toMatchObject([{ id: 'far', stage: 'self_taught', distanceKm: null }]);
  });
});
