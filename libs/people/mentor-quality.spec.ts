/**
 * Mentor and peer ranking against the simulator's ground truth: every mentor and peer has a true
 * field (`SimUser.field`), peers a true stage, and planted accounts are labelled
 * (`mentor:inactive`, `mentor:prolific`). Candidates are built from the accounts' own posts the
 * way the app aggregates them, then ranked for a seeker in data.
 */
import { generateWorld, type SimUser, type World } from '@libs/x-simulator';
import { locate, mentorFeatures, rankMentors, rankPeers } from './index.js';
import type { MentorCandidate, RankedMentor } from './index.js';

const DAY = 86_400_000;
const FIELD = 'data';
let world: World;
let candidates: MentorCandidate[];
let users: Map<string, SimUser>;

const austin = locate('Austin, TX')!;

function candidatesFor(w: World, field: string): MentorCandidate[] {
  const kinds = ['mentor', 'peer', 'employee', 'recruiter'] as const;
  return kinds.flatMap((kind) =>
    w.accountsByKind(kind).map((u) =>
      mentorFeatures(
        {
          id: u.id,
          username: u.username,
          description: u.description,
          location: u.location,
          followers: u.public_metrics.followers_count,
        },
        w.timeline(u.id).map((t) => ({
          text: t.text,
          createdAt: Date.parse(t.created_at),
          inReplyToUserId: t.in_reply_to_user_id ?? null,
          authorId: t.author_id,
        })),
        field,
      ),
    ),
  );
}

/** A mentor the seeker should meet: in the field, posted in the last 30 days, answers people. */
function relevant(u: SimUser | undefined, c: MentorCandidate | undefined, now: number): boolean {
  return (
    u?.kind === 'mentor' &&
    u.field === FIELD &&
    !u.truth?.includes('mentor:inactive') &&
    !!c &&
    c.lastPostAt !== null &&
    now - c.lastPostAt <= 30 * DAY &&
    c.peopleRepliedTo > 0
  );
}

/** Precision@k and NDCG@k with binary relevance; the ideal ranking puts every relevant one first. */
function quality(ranked: readonly RankedMentor[], k: number, totalRelevant: number) {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const rel = ranked.slice(0, k).map((m) => relevant(users.get(m.id), byId.get(m.id), world.now));
  const dcg = rel.reduce((s, r, i) => s + (r ? 1 / Math.log2(i + 2) : 0), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, totalRelevant); i++) ideal += 1 / Math.log2(i + 2);
  return {
    precision: rel.filter(Boolean).length / k,
    ndcg: ideal ? Math.round((dcg / ideal) * 1000) / 1000 : 0,
  };
}

beforeAll(() => {
  world = generateWorld(11, {
    companies: 12,
    employeesPerCompany: 14,
    recruiters: 60,
    journalists: 10,
    mentors: 90,
    peers: 1500,
    seekers: 2,
  });
  users = new Map(world.users.map((u) => [u.id, u]));
  candidates = candidatesFor(world, FIELD);
});

describe('rankMentors on the simulated world', () => {
  it('puts active, answering data mentors first and every dormant or off-field one below them', () => {
    const t0 = performance.now();
    const ranked = rankMentors({ field: FIELD, place: austin, reach: 'any' }, candidates, {
      now: world.now,
      limit: candidates.length,
    });
    const ms = Math.round(performance.now() - t0);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const totalRelevant = candidates.filter((c) => relevant(users.get(c.id), c, world.now)).length;
    const top10 = ranked.slice(0, 10);
    expect(top10.filter((m) => !relevant(users.get(m.id), byId.get(m.id), world.now))).toEqual([]);

    const position = new Map(ranked.map((m, i) => [m.id, i]));
    const weakestTop = Math.min(...top10.map((m) => m.score));
    const distractors = world
      .accountsByKind('mentor')
      .filter((u) => u.truth?.includes('mentor:inactive') || u.field !== FIELD);
    expect(distractors.length).toBeGreaterThan(60);
    const above = distractors.filter((u) => (position.get(u.id) ?? Infinity) < 10);
    expect(above).toEqual([]);
    for (const u of distractors) {
      const m = ranked[position.get(u.id) ?? -1];
      if (m) expect(m.score).toBeLessThan(weakestTop);
    }
    // Off-field is far below, not just below: a third of the weakest top-10 score at most.
    const offField = distractors.filter((u) => u.field !== FIELD);
    const bestOff = Math.max(...offField.map((u) => ranked[position.get(u.id)!]?.score ?? 0));
    expect(bestOff).toBeLessThan(weakestTop / 3);

    const q10 = quality(ranked, 10, totalRelevant);
    const q20 = quality(ranked, 20, totalRelevant);
    console.log(
      `mentors (data, any, Austin): ${candidates.length} candidates ranked in ${ms} ms; ` +
        `${totalRelevant} relevant; precision@10 ${q10.precision}, NDCG@10 ${q10.ndcg}, ` +
        `precision@20 ${q20.precision}, NDCG@20 ${q20.ndcg}; weakest top-10 ${weakestTop}, ` +
        `best off-field ${bestOff}\n  ${top10[0].username}: ${top10[0].reasons.join('; ')}`,
    );
    expect(q10.precision).toBe(1);
  });

  it("keeps only people within the radius for reach 'near'", () => {
    const ranked = rankMentors({ field: FIELD, place: austin, reach: 'near' }, candidates, {
      now: world.now,
    });
    expect(ranked.length).toBeGreaterThan(0);
    for (const m of ranked) {
      expect(m.distanceKm).not.toBeNull();
      expect(m.distanceKm!).toBeLessThanOrEqual(150);
    }
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const best = ranked[0];
    expect(users.get(best.id)?.city).toBe('Austin');
    // Near or not, the first one is a data mentor who answers people.
    expect(relevant(users.get(best.id), byId.get(best.id), world.now)).toBe(true);
  });

  it('ranks planted dormant experts below every active data mentor who answers people', () => {
    const ranked = rankMentors({ field: FIELD, place: null, reach: 'remote' }, candidates, {
      now: world.now,
      limit: candidates.length,
    });
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const lastRelevant = ranked.findLastIndex((m) =>
      relevant(users.get(m.id), byId.get(m.id), world.now),
    );
    const inactive = world
      .accountsByKind('mentor')
      .filter((u) => u.truth?.includes('mentor:inactive'));
    expect(inactive.filter((u) => u.field === FIELD).length).toBeGreaterThan(0);
    for (const u of inactive) {
      const at = ranked.findIndex((m) => m.id === u.id);
      if (at >= 0) expect(at).toBeGreaterThan(lastRelevant);
    }
    const dormant = ranked.find((m) => users.get(m.id)?.truth?.includes('mentor:inactive'));
    expect(dormant?.reasons.some((r) => /^Quiet for \d+ days$/.test(r))).toBe(true);
  });

  it('leaves out people already contacted', () => {
    const first = rankMentors({ field: FIELD, place: null, reach: 'remote' }, candidates, {
      now: world.now,
      limit: 3,
    });
    const again = rankMentors({ field: FIELD, place: null, reach: 'remote' }, candidates, {
      now: world.now,
      limit: 3,
      exclude: new Set([first[0].id]),
    });
    expect(again.map((m) => m.id)).toEqual([first[1].id, first[2].id, expect.any(String)]);
  });
});

describe('rankPeers on the simulated world', () => {
  it('finds early-stage peers in the field near the seeker, their own stage first', () => {
    const ranked = rankPeers({ field: FIELD, stage: 'career_change', place: austin }, candidates, {
      now: world.now,
      limit: 10,
    });
    expect(ranked).toHaveLength(10);
    for (const p of ranked) {
      const u = users.get(p.id)!;
      expect({ kind: u.kind, field: u.field, hasStage: !!u.stage }).toEqual({
        kind: 'peer',
        field: FIELD,
        hasStage: true,
      });
      expect(p.distanceKm!).toBeLessThanOrEqual(150);
      expect(p.stage).toBe(u.stage);
    }
    const switchers = ranked.filter((p) => users.get(p.id)!.stage === 'career_switcher');
    const truth = candidates.filter((c) => {
      const u = users.get(c.id)!;
      return u.stage === 'career_switcher' && u.field === FIELD && u.city === 'Austin';
    });
    // Every career switcher in data in Austin comes before anyone at another stage.
    expect(ranked.slice(0, Math.min(10, truth.length)).map((p) => users.get(p.id)!.stage)).toEqual(
      new Array(Math.min(10, truth.length)).fill('career_switcher'),
    );
    expect(switchers[0]?.reasons).toEqual(
      expect.arrayContaining(['Career switcher like you', 'Same field: data', 'Austin — 0 km']),
    );
    console.log(
      `peers (data, career switcher, Austin): ${truth.length} switchers in truth; top: ` +
        ranked.map((p) => `${users.get(p.id)!.stage}`).join(', '),
    );
  });
});
