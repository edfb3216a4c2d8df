import fc from 'fast-check';
import {
  type Baseline,
  advanceBaseline,
  burstScore,
  detectBursts,
  emptyBaseline,
  observeBucket,
  updateBaseline,
} from './index.js';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Knuth's Poisson sampler: counts of independent posts per bucket. */
function poisson(rand: () => number, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > limit);
  return k - 1;
}

describe('baseline', () => {
  it('starts at the first count and returns new objects', () => {
    const b0 = emptyBaseline();
    const b1 = updateBaseline(b0, 5);
    expect(b0).toEqual({ mean: 0, variance: 0, buckets: 0 });
    expect(b1).toEqual({ mean: 5, variance: 0, buckets: 1 });
    const b2 = updateBaseline(b1, 7);
    expect(b2.mean).toBeCloseTo(6);
    expect(b2.variance).toBeCloseTo(1);
  });

  it('settles on a constant and keeps mean and variance non-negative', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat(1000), fc.constantFrom(-3, Number.NaN, Infinity)), {
          maxLength: 60,
        }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (counts, alpha) => {
          let b: Baseline = emptyBaseline();
          for (const c of counts) b = updateBaseline(b, c, alpha);
          expect(b.mean).toBeGreaterThanOrEqual(0);
          expect(b.variance).toBeGreaterThanOrEqual(0);
          expect(b.buckets).toBe(counts.length);
          for (let i = 0; i < 250; i++) b = updateBaseline(b, 12, alpha);
          expect(b.mean).toBeCloseTo(12, 3);
        },
      ),
    );
  });

  it('catches up on empty buckets in one call', () => {
    let b = emptyBaseline();
    for (const c of [4, 9, 2, 7]) b = updateBaseline(b, c);
    let stepped = b;
    for (let i = 0; i < 30; i++) stepped = updateBaseline(stepped, 0);
    expect(advanceBaseline(b, 30)).toEqual(stepped);
  });
});

describe('burstScore', () => {
  it('is 0 at or below the mean and robust for small counts', () => {
    const steadyTwo = { mean: 2, variance: 0, buckets: 20 };
    expect(burstScore(steadyTwo, 2)).toBe(0);
    expect(burstScore(steadyTwo, 1)).toBe(0);
    // Four after a steady two is noise for a count that small, not a burst.
    expect(burstScore(steadyTwo, 4)).toBeLessThan(2);
    expect(burstScore(emptyBaseline(), 5)).toBe(5);
    expect(burstScore(steadyTwo, Number.NaN)).toBe(0);
  });
});

describe('detectBursts', () => {
  it('finds nothing in a constant series', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 0, max: 300 }), (c, n) => {
        expect(detectBursts(Array.from({ length: n }, () => c))).toEqual([]);
      }),
    );
  });

  it('finds nothing in steady or slowly drifting noise', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.double({ min: 0.5, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.integer({ min: 10, max: 250 }),
        (seed, level, drift, noise, n) => {
          const rand = mulberry32(seed);
          // Level moves linearly to level * drift; each bucket is within +-noise of it.
          const series = Array.from({ length: n }, (_, t) => {
            const mean = level * (1 + ((drift - 1) * t) / n);
            return Math.round(mean * (1 - noise + 2 * noise * rand()));
          });
          expect(detectBursts(series)).toEqual([]);
        },
      ),
    );
  });

  it('finds a spike planted in Poisson noise', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0.2, max: 30, noNaN: true }),
        fc.integer({ min: 30, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, lambda, n, where) => {
          const rand = mulberry32(seed);
          const series = Array.from({ length: n }, () => poisson(rand, lambda));
          const at = 12 + Math.floor(where * (n - 13));
          // Several times the usual count: 5x at lambda 30, 7 when the term is nearly silent.
          series[at] = Math.ceil(lambda + 7 * Math.sqrt(2 * lambda + 1));
          const found = detectBursts(series);
          expect(found.map((b) => b.index)).toContain(at);
        },
      ),
    );
  });

  it('rarely raises a false alarm on Poisson noise', () => {
    let buckets = 0;
    let alarms = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const rand = mulberry32(seed);
      const lambda = 0.2 + 30 * rand();
      const series = Array.from({ length: 200 }, () => poisson(rand, lambda));
      buckets += series.length;
      alarms += detectBursts(series).length;
    }
    // Fewer than one false alarm in 10,000 hourly buckets: about one a year per term.
    expect(alarms / buckets).toBeLessThan(1e-4);
  });

  it('scores each bucket against the buckets before it only', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(60), { maxLength: 80 }), fc.nat(80), (series, cut) => {
        const all = detectBursts(series);
        expect(detectBursts(series.slice(0, cut))).toEqual(all.filter((b) => b.index < cut));
        // The incremental form gives the same scores.
        let b = emptyBaseline();
        const incremental = series.flatMap((count, index) => {
          const step = observeBucket(b, count);
          b = step.baseline;
          return step.score >= 4 && count >= 3 ? [{ index, count, score: step.score }] : [];
        });
        expect(incremental).toEqual(all);
      }),
    );
  });

  it('keeps flagging a long burst instead of learning it as normal at once', () => {
    const series = [...Array.from({ length: 48 }, (_, i) => i % 2), 8, 9, 10, 9, 1, 0];
    expect(detectBursts(series).map((b) => b.index)).toEqual([48, 49, 50, 51]);
  });
});
