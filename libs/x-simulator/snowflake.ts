/**
 * Snowflake ids as X mints them: milliseconds since the Twitter epoch in the top bits, then a
 * worker and a sequence number. Ids are decimal strings that sort by time.
 */

// Globals are slow to reach inside Jest's vm sandbox (its global object defeats V8's inline
// caches) and this code runs hundreds of thousands of times per world, so it reads them once.
const { floor, max } = Math;
const big = BigInt;
export const TWITTER_EPOCH_MS = 1288834974657;

export function snowflake(ms: number, worker: number, sequence: number): string {
  const t = big(max(0, floor(ms) - TWITTER_EPOCH_MS));
  return ((t << 22n) | (big(worker & 0x3ff) << 12n) | big(sequence & 0xfff)).toString();
}

/** The creation time (ms) encoded in a snowflake id. */
export function snowflakeTime(id: string): number {
  return Number(big(id) >> 22n) + TWITTER_EPOCH_MS;
}

/** The smallest snowflake at `ms`, for turning a time into an id bound. */
export function snowflakeAt(ms: number): string {
  return snowflake(ms, 0, 0);
}

/** Numeric comparison of decimal id strings without leading zeros. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export const isNumericId = (s: string): boolean => /^[0-9]{1,19}$/.test(s);

/**
 * `new Date(ms).toISOString()` without the Date object (the generator formats tens of thousands
 * of times): days-from-civil arithmetic after Howard Hinnant's algorithm.
 */
export function isoTime(ms: number): string {
  const days = floor(ms / 86_400_000);
  let rem = ms - days * 86_400_000;
  const z = days + 719468;
  const era = floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const d = doy - floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const h = floor(rem / 3_600_000);
  rem -= h * 3_600_000;
  const min = floor(rem / 60_000);
  rem -= min * 60_000;
  const s = floor(rem / 1000);
  const milli = rem - s * 1000;
  const p2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  const p3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
  return `${y}-${p2(m)}-${p2(d)}T${p2(h)}:${p2(min)}:${p2(s)}.${p3(milli)}Z`;
}
