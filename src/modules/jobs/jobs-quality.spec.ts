/**
 * The jobs algorithms against the simulator's truth (seed 1, the default world): every opening is
 * posted by its careers account and again by employees, in-house and agency recruiters, with
 * tracking and referral parameters, and labelled `opening:<id>`; recruiters are accounts of kind
 * `recruiter` (in-house ones belong to a company).
 *
 * - De-duplication: the opening-labelled original posts (retweets left out, as the service does),
 *   read by `extractJobPosting` with their expanded links, grouped; pairwise precision ≥ 0.95 and recall ≥ 0.9 against the
 *   opening ids.
 * - Recruiters: every recruiter, brand, careers, executive, employee, mentor, peer and news
 *   account, classified from its bio and its own posts; precision and recall ≥ 0.9.
 * - Matching: for each opening, a seeker targeting its role family's titles (world ROLE_FAMILIES)
 *   at the matching career stage, in the opening's city (or remote-only for a remote opening);
 *   the opening is in their top 10 of all openings, ties counted against it, for at least 90% of
 *   them (recall@10); with only the opening's own title (seniority stripped) as target, 95%.
 */
import { locate } from '@libs/people';
import { extractJobPosting } from '@libs/text';
import { generateWorld, type SimTweet } from '@libs/x-simulator';
import { ROLE_FAMILIES } from '../../../libs/x-simulator/world-content.js';
import { dedupePostings, type DedupeItem } from './dedupe.js';
import { matchAll, type MatchPosting, type MatchSeeker } from './matching.js';
import { classifyRecruiter } from './recruiters.js';

const NOW = Date.UTC(2026, 10, 26);
const world = generateWorld(1, { now: NOW });
const data = world.toJSON();

const isRetweet = (t: SimTweet) => t.referenced_tweets?.some((r) => r.type === 'retweeted');
const expandedUrls = (t: SimTweet) => (t.entities?.urls ?? []).map((u) => u.expanded_url ?? u.url);

const readPost = (t: SimTweet) => extractJobPosting(t.text, { urls: expandedUrls(t) });

/** Pairwise precision and recall of a grouping against the truth, from the contingency counts. */
function pairwise(groups: string[][], truthOf: Map<string, string>) {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  let predicted = 0;
  let correct = 0;
  const truthSizes = new Map<string, number>();
  for (const t of truthOf.values()) truthSizes.set(t, (truthSizes.get(t) ?? 0) + 1);
  for (const g of groups) {
    predicted += pairs(g.length);
    const cells = new Map<string, number>();
    for (const id of g) cells.set(truthOf.get(id)!, (cells.get(truthOf.get(id)!) ?? 0) + 1);
    for (const n of cells.values()) correct += pairs(n);
  }
  let actual = 0;
  for (const n of truthSizes.values()) actual += pairs(n);
  return { precision: predicted ? correct / predicted : 1, recall: actual ? correct / actual : 1 };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('jobs algorithms against the demo world', () => {
  it('groups the posts of each opening into one posting', () => {
    const truthOf = new Map<string, string>();
    const items: DedupeItem[] = [];
    let unread = 0;
    for (const t of data.tweets) {
      const opening = t.labels.find((l) => l.startsWith('opening:'));
      if (!opening || isRetweet(t)) continue;
      truthOf.set(t.id, opening);
      // A post the extractor cannot read stays alone: it costs recall, as it would in production.
      const posting = readPost(t) ?? {
        title: `unread ${t.id}`,
        company: null,
        companyHandle: null,
        location: null,
        applyUrl: null,
      };
      if (posting.title.startsWith('unread')) unread++;
      items.push({
        postId: t.id,
        authorId: t.author_id,
        createdAt: Date.parse(t.created_at),
        text: t.text,
        posting,
      });
    }
    const groups = dedupePostings(items);
    const { precision, recall } = pairwise(
      groups.map((g) => g.postIds),
      truthOf,
    );
    const openings = new Set(truthOf.values()).size;
    process.stdout.write(
      `jobs quality — dedupe: ${items.length} posts of ${openings} openings → ${groups.length} groups (${unread} unread); pairwise precision ${pct(precision)}, recall ${pct(recall)}\n`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('tells recruiters from companies, employees, mentors, peers and news', () => {
    const kinds = [
      'recruiter',
      'brand',
      'careers',
      'executive',
      'employee',
      'mentor',
      'peer',
      'news',
    ] as const;
    const inHouse = new Set(data.companies.flatMap((c) => c.recruiterIds));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let kindRight = 0;
    const mistakes: string[] = [];
    for (const kind of kinds) {
      for (const u of world.accountsByKind(kind)) {
        const own = world.timeline(u.id).filter((t) => !isRetweet(t));
        const hiring = own.flatMap((t) => {
          const p = readPost(t);
          return p ? [p] : [];
        });
        // The careers site's host names the company best; else what the post says.
        const companies = new Set(
          hiring.flatMap((p) => {
            const c = p.applyUrl ? new URL(p.applyUrl).hostname : (p.company ?? p.companyHandle);
            return c ? [c.toLowerCase()] : [];
          }),
        );
        const c = classifyRecruiter(
          { username: u.username, description: u.description },
          {
            posts: own.length,
            hiringPosts: hiring.length,
            distinctCompaniesPosted: companies.size,
            mentionsDm: own.filter((t) => /\bDMs?\b/i.test(t.text)).length,
          },
        );
        const truth = kind === 'recruiter';
        if (truth && c.isRecruiter) {
          tp++;
          if ((c.kind === 'in-house') === inHouse.has(u.id)) kindRight++;
        } else if (c.isRecruiter) fp++;
        else if (truth) fn++;
        if (truth !== c.isRecruiter && mistakes.length < 5) {
          mistakes.push(`${kind} "${u.description}"`);
        }
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    process.stdout.write(
      `jobs quality — recruiters: ${tp + fn} recruiters (${inHouse.size} in-house), ${tp} found, ${fp} false; precision ${pct(precision)}, recall ${pct(recall)}, agency/in-house right ${pct(kindRight / tp)}${mistakes.length ? `; e.g. missed/false: ${mistakes.join('; ')}` : ''}\n`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(kindRight / tp).toBeGreaterThanOrEqual(0.9);
  });

  it('ranks an opening in the top 10 for a seeker who targets its role in its city', () => {
    const openings = data.companies.flatMap((c) => c.openings);
    const postings: MatchPosting[] = openings.map((o) => ({
      title: o.title,
      seniority: null,
      location: o.location,
      workplace: o.workMode,
    }));
    /** One seeker per opening, targeting its family's titles or only its own title. */
    const seekersFor = (roles: 'family' | 'title'): MatchSeeker[] =>
      openings.map((o, i) => {
        const [, level = '', base] = /^(?:(Senior|Junior|Staff|Lead) )?(.*)$/.exec(o.title)!;
        const family = ROLE_FAMILIES.find((f) => f.titles.includes(base))!;
        const place = o.workMode === 'remote' ? null : locate(o.location);
        return {
          id: String(i),
          targetRoles: roles === 'family' ? [...family.titles] : [base],
          skills: family.tech.slice(0, 2),
          careerStage: level === 'Junior' ? 'early_career' : level === '' ? 'mid_career' : 'senior',
          places: place ? [{ name: place.name, lat: place.lat, lng: place.lng }] : [],
          remote: o.workMode === 'remote' ? 'remote_only' : 'open',
        };
      });
    /** Share of seekers whose opening is among their 10 best, ties counted against it. */
    const recallAt10 = (seekers: MatchSeeker[]) => {
      const all = matchAll(postings, seekers, { minScore: 0, perSeeker: postings.length });
      const bySeeker = new Map<string, { postingIndex: number; score: number }[]>();
      for (const m of all) bySeeker.set(m.seekerId, [...(bySeeker.get(m.seekerId) ?? []), m]);
      return (
        seekers.filter((s) => {
          const ranked = bySeeker.get(s.id) ?? [];
          const own = ranked.find((m) => m.postingIndex === Number(s.id));
          return own && ranked.filter((m) => m.score >= own.score).length <= 10;
        }).length / seekers.length
      );
    };
    const family = recallAt10(seekersFor('family'));
    const title = recallAt10(seekersFor('title'));
    process.stdout.write(
      `jobs quality — matching: ${openings.length} seekers × ${postings.length} openings; recall@10 (ties against) with the family's titles ${pct(family)}, with the opening's own title ${pct(title)}\n`,
    );
    expect(family).toBeGreaterThanOrEqual(0.9);
    expect(title).toBeGreaterThanOrEqual(0.95);
  });
});
