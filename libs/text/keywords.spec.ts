import fc from 'fast-check';
import { type TermCounts, countTerms, distinctiveTerms, mergeCounts } from './index.js';

/** Counts drawn from a Zipf-like vocabulary, the shape of real word frequencies. */
function zipfCounts(vocab: string[], total: number, rand: () => number): TermCounts {
  const cumulative: number[] = [];
  let sum = 0;
  vocab.forEach((_, i) => cumulative.push((sum += 1 / (i + 1))));
  const counts: TermCounts = new Map();
  for (let k = 0; k < total; k++) {
    const r = rand() * sum;
    let lo = 0;
    let hi = vocab.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    counts.set(vocab[lo], (counts.get(vocab[lo]) ?? 0) + 1);
  }
  return counts;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('countTerms', () => {
  it('counts terms over texts, or once per text', () => {
    const texts = ['Remote work works. #remotework', 'Remote teams write. Remote!'];
    expect([...countTerms(texts)]).toEqual([
      ['remote', 3],
      ['work', 1],
      ['works', 1],
      ['#remotework', 1],
      ['teams', 1],
      ['write', 1],
    ]);
    expect(countTerms(texts, { distinct: true }).get('remote')).toBe(2);
  });

  it('merges hourly counts into a day', () => {
    const day = mergeCounts(
      new Map([['a', 1]]),
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
    expect([...day]).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
  });
});

describe('distinctiveTerms', () => {
  const vocab = Array.from({ length: 300 }, (_, i) => `w${i}`);

  it('ranks planted over-represented terms first', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.uniqueArray(fc.integer({ min: 0, max: 299 }), { minLength: 1, maxLength: 4 }),
        (seed, plantedIdx) => {
          const rand = mulberry32(seed);
          const background = zipfCounts(vocab, 8_000, rand);
          const foreground = zipfCounts(vocab, 400, rand);
          const planted = plantedIdx.map((i) => vocab[i]);
          // Each planted term gets 20 more occurrences plus three times its background share:
          // 20 for a rare term, several times its usual rate for a common one.
          for (const t of planted) {
            const share = (background.get(t) ?? 0) / 8_000;
            foreground.set(t, (foreground.get(t) ?? 0) + 20 + Math.round(3 * share * 400));
          }
          const top = distinctiveTerms(foreground, background, { top: planted.length });
          expect(top.map((d) => d.term).sort()).toEqual([...planted].sort());
        },
      ),
      { numRuns: 20 },
    );
  });

  it('gives terms missing from the background finite scores that grow with their count', () => {
    const background = new Map([
      ['team', 500],
      ['today', 300],
    ]);
    const foreground = new Map([
      ['team', 10],
      ['stablecoin', 12],
      ['heatpump', 3],
    ]);
    const ranked = distinctiveTerms(foreground, background, { minCount: 1 });
    expect(ranked.map((d) => d.term)).toEqual(['stablecoin', 'heatpump']);
    for (const d of ranked) expect(Number.isFinite(d.score)).toBe(true);
    expect(ranked[0].count).toBe(12);
  });

  it('works against an empty background and breaks ties by term', () => {
    const ranked = distinctiveTerms(
      new Map([
        ['zeta', 5],
        ['alpha', 5],
        ['mid', 5],
      ]),
      new Map(),
    );
    expect(ranked.map((d) => d.term)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('respects top and minCount, and ignores counts that are not positive numbers', () => {
    const fg = new Map([
      ['a', 10],
      ['b', 9],
      ['c', 1],
      ['d', Number.NaN],
      ['e', -4],
    ]);
    const ranked = distinctiveTerms(fg, new Map([['z', 1000]]), { top: 5, minCount: 2 });
    expect(ranked.map((d) => d.term)).toEqual(['a', 'b']);
    expect(distinctiveTerms(fg, new Map(), { top: 1 })).toHaveLength(1);
    expect(distinctiveTerms(new Map(), new Map([['a', 1]]))).toEqual([]);
  });

  it('is deterministic and finite on any counts', () => {
    const counts = fc
      .array(fc.tuple(fc.constantFrom(...vocab.slice(0, 20)), fc.integer({ min: 0, max: 50 })), {
        maxLength: 30,
      })
      .map((entries) => new Map(entries));
    fc.assert(
      fc.property(counts, counts, (fg, bg) => {
        const a = distinctiveTerms(fg, bg, { minCount: 1 });
        expect(distinctiveTerms(fg, bg, { minCount: 1 })).toEqual(a);
        for (const d of a) {
          expect(Number.isFinite(d.score)).toBe(true);
          expect(d.score).toBeGreaterThan(0);
        }
        for (let i = 1; i < a.length; i++)
          expect(a[i - 1].score).toBeGreaterThanOrEqual(a[i].score);
      }),
    );
  });
});
