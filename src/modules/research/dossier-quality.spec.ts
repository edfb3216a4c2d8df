/**
 * Dossier quality against the simulator's truth: every demo company has three culture themes,
 * strongest first, and its brand, careers and employee posts carry them. The dossier's values
 * should name them, and the posts behind each value should really be about it.
 *
 * Thresholds (docs/research-and-trends.md): over the 30 companies, at least 80% of planted themes
 * appear in the dossier's top three values, at least 90% of companies have their strongest theme
 * there, at least 75% of the example posts behind a value carry that theme's label, and at least
 * 60% of the roles a company opened in the window are named in its hiring signals.
 */
import { generateWorld, type SimTweet } from '@libs/x-simulator';
import { terms } from '@libs/text';
import { CULTURE_THEMES } from '../../../libs/x-simulator/world-content.js';
import { computeDossier } from './dossier.js';
import type { AccountKind, PostRow } from './research.repository.js';

const NOW = Date.UTC(2026, 10, 26);
const world = generateWorld(1, { now: NOW });
const data = world.toJSON();
const label = new Map(CULTURE_THEMES.map((t) => [t.key, t.label]));

function row(t: SimTweet): PostRow {
  const author = world.user(t.author_id)!;
  return {
    id: t.id,
    authorId: t.author_id,
    username: author.username,
    description: author.description,
    createdAt: new Date(t.created_at),
    text: t.text,
    lang: t.lang,
    referenced: t.referenced_tweets ?? [],
    urls: [],
    likes: t.public_metrics.like_count,
    reposts: t.public_metrics.retweet_count,
  };
}

// The background: document frequency over every post of the world.
const df = new Map<string, number>([['', 0]]);
const labels = new Map<string, string[]>();
for (const u of data.users) {
  for (const t of world.timeline(u.id)) {
    labels.set(t.id, t.labels);
    df.set('', df.get('')! + 1);
    for (const term of new Set(terms(t.text))) df.set(term, (df.get(term) ?? 0) + 1);
  }
}

const results = data.companies.map((c) => {
  const kinds = new Map<string, AccountKind>([
    [c.brandId, 'brand'],
    [c.careersId, 'careers'],
    ...c.executiveIds.map((id) => [id, 'executive'] as [string, AccountKind]),
    ...c.employeeIds.map((id) => [id, 'employee'] as [string, AccountKind]),
  ]);
  const since = NOW - 30 * 86_400_000;
  const posts = [...kinds.keys()]
    .flatMap((id) => world.timeline(id))
    .filter((t) => Date.parse(t.created_at) >= since && Date.parse(t.created_at) <= NOW)
    .map(row)
    .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  const dossier = computeDossier({
    company: { name: c.name, brandUsername: world.user(c.brandId)!.username },
    kinds,
    posts,
    df,
    now: new Date(NOW),
    windowDays: 30,
  });
  return { company: c, dossier };
});

describe('dossier quality against the demo world', () => {
  it('names the planted culture themes among its top values', () => {
    let found = 0;
    let planted = 0;
    let strongest = 0;
    for (const { company, dossier } of results) {
      const top = dossier.values.slice(0, 3).map((v) => v.label);
      for (const theme of company.themes) {
        planted++;
        if (top.includes(label.get(theme)!)) found++;
      }
      if (top.includes(label.get(company.themes[0])!)) strongest++;
    }
    expect(found / planted).toBeGreaterThanOrEqual(0.8);
    expect(strongest / results.length).toBeGreaterThanOrEqual(0.9);
  });

  it('backs each value with posts that are about it', () => {
    let on = 0;
    let all = 0;
    for (const { dossier } of results) {
      for (const v of dossier.values.slice(0, 3)) {
        const key = CULTURE_THEMES.find((t) => t.label === v.label)!.key;
        for (const p of v.posts) {
          all++;
          if (labels.get(p.id)?.includes(`culture:${key}`)) on++;
        }
      }
    }
    expect(on / all).toBeGreaterThanOrEqual(0.75);
  });

  it('links every claim to posts, and finds the roles the company is hiring for', () => {
    let roles = 0;
    let found = 0;
    for (const { company, dossier } of results) {
      for (const claim of [...dossier.themes, ...dossier.values, ...dossier.hiring.roles]) {
        expect(claim.posts.length).toBeGreaterThan(0);
        for (const p of claim.posts) expect(p.url).toMatch(/^https:\/\/x\.com\/\w+\/status\/\d+$/);
      }
      const named = dossier.hiring.roles.map((r) => r.label.toLowerCase());
      // Openings first posted in the dossier's 30 days: older ones are outside what it reads.
      for (const o of company.openings.filter(
        (x) => Date.parse(x.postedAt) >= NOW - 30 * 86_400_000,
      )) {
        roles++;
        if (
          named.some((n) => o.title.toLowerCase().includes(n) || n.includes(o.title.toLowerCase()))
        ) {
          found++;
        }
      }
    }
    expect(found / roles).toBeGreaterThanOrEqual(0.6);
  });
});
