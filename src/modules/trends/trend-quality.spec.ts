/**
 * Burst detection against the simulator's truth: the demo world plants eight bursts (a term and
 * its hashtag spiking on one day, over a low baseline on other days), alongside steady streams
 * (#hiring every day, weekly hashtag chats) and real events (conference days).
 *
 * Thresholds (docs/research-and-trends.md), over the whole world's 90 days counted per term and UTC day:
 * at least 7 of the 8 planted bursts found on their day; at least 90% of the bursts found with
 * 20 posts or more explained by the world's truth (a planted burst, a conference's "during" days,
 * a weekly chat); and none in the steady #hiring stream.
 */
import { generateWorld } from '@libs/x-simulator';
import { postTerms } from '../ingestion/ingestion.repository.js';
import { daysBetween, findBursts } from './trend-detection.js';

const NOW = Date.UTC(2026, 10, 26);
const world = generateWorld(1, { now: NOW });
const data = world.toJSON();
const days = daysBetween(
  new Date(NOW - 89 * 86_400_000).toISOString().slice(0, 10),
  new Date(NOW).toISOString().slice(0, 10),
);
const dayIndex = new Map(days.map((d, i) => [d, i]));
const counts = new Map<string, number[]>();
/** Labels of the posts using a term on a day, to explain what was found. */
const labelsOf = new Map<string, string[][]>();
for (const t of data.tweets) {
  const day = t.created_at.slice(0, 10);
  const i = dayIndex.get(day);
  if (i === undefined) continue;
  const post = {
    text: t.text,
    urls: (t.entities?.urls ?? []).map((u) => ({
      url: u.url,
      expandedUrl: u.expanded_url ?? null,
    })),
  };
  for (const term of postTerms(post)) {
    const series = counts.get(term) ?? new Array<number>(days.length).fill(0);
    series[i]++;
    counts.set(term, series);
    const key = `${term}|${day}`;
    labelsOf.set(key, [...(labelsOf.get(key) ?? []), t.labels]);
  }
}
const found = findBursts(days, counts);

describe('burst detection against the demo world', () => {
  it('finds the planted bursts on their day', () => {
    const hits = world.bursts.filter((b) =>
      found.some((f) => f.day === b.day && (f.term === b.term || f.term === `#${b.hashtag}`)),
    );
    expect(world.bursts).toHaveLength(8);
    expect(hits.length).toBeGreaterThanOrEqual(7);
  });

  it('finds few bursts that the world does not explain', () => {
    const big = found.filter((f) => f.count >= 20);
    const explained = big.filter((f) => {
      const labels = labelsOf.get(`${f.term}|${f.day}`) ?? [];
      const why = labels.filter((ls) =>
        ls.some(
          (l) =>
            l.startsWith('burst:') || /^conference:.*:during$/.test(l) || l.startsWith('chat:'),
        ),
      );
      return why.length >= labels.length / 2;
    });
    expect(big.length).toBeGreaterThan(0);
    expect(explained.length / big.length).toBeGreaterThanOrEqual(0.9);
  });

  it('sees no burst in a steady stream', () => {
    expect(found.filter((f) => f.term === '#hiring')).toEqual([]);
  });
});
