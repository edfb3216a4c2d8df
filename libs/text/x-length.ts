/**
 * Post length as X's counter (twitter-text v3) gives it: each link 23, each emoji 2, code points in
 * the Latin, Greek, Cyrillic, Hebrew, Arabic, Indic… blocks and common punctuation 1, others (CJK,
 * symbols) 2. Callers say which substrings are links, as they find links differently (the
 * outreach check by scheme, the voice check also by bare domain).
 */

/** Code point ranges X counts as one character; everything else (CJK, most symbols) counts 2. */
const LIGHT_RANGES: readonly [number, number][] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];
/** What a link counts for, whatever its length: X shortens it to t.co. */
export const X_URL_WEIGHT = 23;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const EMOJI_GRAPHEME = /\p{Extended_Pictographic}|\p{RI}/u;

/** Length of text without links. */
export function xPlainLength(s: string): number {
  let n = 0;
  for (const { segment } of graphemes.segment(s)) {
    if (EMOJI_GRAPHEME.test(segment)) {
      n += 2;
      continue;
    }
    for (const ch of segment) {
      const c = ch.codePointAt(0) ?? 0;
      n += LIGHT_RANGES.some(([lo, hi]) => c >= lo && c <= hi) ? 1 : 2;
    }
  }
  return n;
}

/** Length of NFC text whose `links` (substrings, in order) count 23 each. */
export function xWeightedLength(text: string, links: readonly string[]): number {
  const s = text.normalize('NFC');
  let n = 0;
  let rest = s;
  for (const link of links) {
    const i = rest.indexOf(link);
    if (i < 0) continue;
    n += xPlainLength(rest.slice(0, i)) + X_URL_WEIGHT;
    rest = rest.slice(i + link.length);
  }
  return n + xPlainLength(rest);
}

/**
 * Whether X would shorten this scheme link: its host must be an IPv4 address or a name ending in
 * a top-level domain of letters (twitter-text's rule, simplified). `https://aaaa…` or
 * `http://localhost/…` is plain text to X and counts at its full length.
 */
export function xLinkable(raw: string): boolean {
  let host: string;
  try {
    host = new URL(raw).hostname;
  } catch {
    return false;
  }
  if (raw.length > 4096) return false;
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || /^(?:[a-z0-9-]+\.)+[a-z]{2,63}$/i.test(host);
}
