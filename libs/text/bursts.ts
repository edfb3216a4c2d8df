/**
 * Bursts: a term, hashtag or link counted per time bucket (an hour, say) is bursting when its count
 * is far above its own recent normal. "Its own" matters: forty #hiring posts an hour is a quiet
 * afternoon, four #layoffs posts can be news. The normal is an exponentially weighted mean and
 * variance, which needs three numbers per term and one update per bucket, so trend detection can
 * run incrementally over a stream and store a Baseline per term instead of its history.
 */

export interface Baseline {
  /** EWMA of the bucket counts. */
  mean: number;
  /** EWMA variance of the bucket counts around that mean. */
  variance: number;
  /** Buckets seen so far. */
  buckets: number;
}

export interface BurstOptions {
  /** Buckets to observe before any score counts (default 8). */
  warmup?: number;
  /** Score at or above which a bucket is a burst (default 4). */
  threshold?: number;
  /** Fewest occurrences for a burst, so 0, 0, 0, 2 is not news (default 3). */
  minCount?: number;
  /** EWMA weight of the newest bucket, in (0, 1] (default 0.1: a memory of about 10 buckets). */
  alpha?: number;
}

export interface Burst {
  index: number;
  count: number;
  score: number;
}

const DEFAULTS = { warmup: 8, threshold: 4, minCount: 3, alpha: 0.1 };

const cleanCount = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
const cleanAlpha = (a: number | undefined) =>
  a !== undefined && Number.isFinite(a) && a > 0 ? Math.min(a, 1) : DEFAULTS.alpha;

export function emptyBaseline(): Baseline {
  return { mean: 0, variance: 0, buckets: 0 };
}

/**
 * The baseline after one more bucket (a new object). With d = count - mean and k the buckets seen,
 * a = max(alpha, 1 / (k + 1)):  mean += a * d;  variance = (1 - a) * (variance + a * d^2), the
 * incremental form of an exponentially weighted variance (Finch 2009) that starts as the plain
 * mean and variance of the first buckets.
 */
export function updateBaseline(b: Baseline, count: number, alpha?: number): Baseline {
  const c = cleanCount(count);
  if (b.buckets <= 0) return { mean: c, variance: 0, buckets: 1 };
  // Until there are 1/alpha buckets, a plain running mean and variance: an EWMA started from one
  // bucket would otherwise take tens of buckets to forget that its variance began at zero.
  const a = Math.max(cleanAlpha(alpha), 1 / (b.buckets + 1));
  const d = c - b.mean;
  return {
    mean: b.mean + a * d,
    variance: (1 - a) * (b.variance + a * d * d),
    buckets: b.buckets + 1,
  };
}

/**
 * The baseline after `buckets` empty buckets: a term nobody used for a while, caught up in one
 * call instead of one update per hour it was absent.
 */
export function advanceBaseline(b: Baseline, buckets: number, alpha?: number): Baseline {
  let out = b;
  // Past a few thousand steps the mean is zero to double precision whatever alpha is sensible.
  const k = Math.min(Math.max(0, Math.floor(buckets)), 5000);
  for (let i = 0; i < k; i++) out = updateBaseline(out, 0, alpha);
  return out;
}

/**
 * How unusual `count` is against the baseline: (count - mean) / sqrt(variance + mean + 1), and 0
 * when the count is not above the mean. The `mean` under the root is the Poisson variance of a
 * count with that mean, so a term that has been steady at 2 (variance 0) is not bursting at 4; the
 * 1 keeps a term never seen before from dividing by zero (its first 5 scores 5).
 */
export function burstScore(b: Baseline, count: number): number {
  const c = cleanCount(count);
  const mean = Math.max(0, b.mean);
  if (!(c > mean)) return 0;
  return (c - mean) / Math.sqrt(Math.max(0, b.variance) + mean + 1);
}

/**
 * One step of burst detection: the bucket's score against the baseline so far (0 during warmup),
 * and the baseline to keep for the next bucket. A bucket at or above the threshold is folded in
 * as if it were one unit above the mean (mean + sqrt(variance + mean + 1)), so a burst does not
 * inflate the normal it is measured against and a day-long burst keeps scoring hour after hour;
 * a lasting change of level still raises the baseline step by step until it is the new normal.
 */
export function observeBucket(
  b: Baseline,
  count: number,
  opts: BurstOptions = {},
): { score: number; baseline: Baseline } {
  const warmup = opts.warmup ?? DEFAULTS.warmup;
  const threshold = opts.threshold ?? DEFAULTS.threshold;
  const c = cleanCount(count);
  const score = b.buckets >= warmup ? burstScore(b, c) : 0;
  const folded =
    score >= threshold ? Math.min(c, b.mean + Math.sqrt(Math.max(0, b.variance) + b.mean + 1)) : c;
  return { score, baseline: updateBaseline(b, folded, opts.alpha) };
}

/**
 * Bursts in a series of per-bucket counts, oldest first: the buckets whose score, against a
 * baseline of the buckets before them only, reaches `threshold` with at least `minCount`
 * occurrences.
 */
export function detectBursts(series: number[], opts: BurstOptions = {}): Burst[] {
  const threshold = opts.threshold ?? DEFAULTS.threshold;
  const minCount = opts.minCount ?? DEFAULTS.minCount;
  const out: Burst[] = [];
  let b = emptyBaseline();
  series.forEach((count, index) => {
    const step = observeBucket(b, count, opts);
    if (step.score >= threshold && cleanCount(count) >= minCount) {
      out.push({ index, count: cleanCount(count), score: step.score });
    }
    b = step.baseline;
  });
  return out;
}
