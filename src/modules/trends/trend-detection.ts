/**
 * Bursts in a topic: each term's posts per UTC day, scored against that term's own recent normal
 * (libs/text), so a steady #hiring is not news and a sudden "layoffs" is. Pure, for tests and
 * the benchmark; the counts come from what ingestion stored per source and hour.
 */
import { emptyBaseline, observeBucket, type BurstOptions } from '@libs/text';

export const BURST_OPTIONS: Required<BurstOptions> = {
  warmup: 3,
  threshold: 4,
  minCount: 5,
  alpha: 0.2,
};

export interface TrendBurst {
  term: string;
  day: string;
  count: number;
  /** The term's normal per day before this one. */
  baseline: number;
  score: number;
  /** Barely used before: a new term rather than a familiar one spiking. */
  emerging: boolean;
}

/** Days from `from` to `to` inclusive, as YYYY-MM-DD. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let t = Date.parse(`${from}T00:00:00Z`);
    t <= Date.parse(`${to}T00:00:00Z`);
    t += 86_400_000
  ) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/**
 * Every burst in the window. `counts` maps a term to its count per day of `days`. With `onlyDay`,
 * only bursts on that day (a briefing's question: what broke today).
 */
export function findBursts(
  days: string[],
  counts: Map<string, number[]>,
  opts: { onlyDay?: string; options?: BurstOptions } = {},
): TrendBurst[] {
  const o = { ...BURST_OPTIONS, ...opts.options };
  const out: TrendBurst[] = [];
  for (const [term, series] of counts) {
    let b = emptyBaseline();
    series.forEach((count, i) => {
      const before = b;
      const step = observeBucket(b, count, o);
      b = step.baseline;
      if (step.score < o.threshold || count < o.minCount) return;
      if (opts.onlyDay && days[i] !== opts.onlyDay) return;
      out.push({
        term,
        day: days[i],
        count,
        baseline: Math.round(before.mean * 100) / 100,
        score: Math.round(step.score * 100) / 100,
        emerging: before.mean < 0.5,
      });
    });
  }
  return out.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
}
