/**
 * Text helpers shared by the world generator, the search matcher and POST /2/tweets: entity
 * extraction with X's code-point offsets, word tokenization for keyword search, and the weighted
 * length that X counts against the 280-character limit.
 */

export interface HashtagEntity {
  start: number;
  end: number;
  tag: string;
}

export interface MentionEntity {
  start: number;
  end: number;
  username: string;
  id?: string;
}

export interface UrlEntity {
  start: number;
  end: number;
  url: string;
  expanded_url: string;
  display_url: string;
}

export interface TweetEntities {
  hashtags?: HashtagEntity[];
  cashtags?: HashtagEntity[];
  mentions?: MentionEntity[];
  urls?: UrlEntity[];
}

const HASHTAG_RE = /(^|[^\p{L}\p{N}_&/])#([\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*)/gu;
const CASHTAG_RE = /(^|\s)\$([A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?)(?![\p{L}\p{N}_])/gu;
const MENTION_RE = /(^|[^\p{L}\p{N}_@!#$%&*])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])/gu;
/** URLs end before whitespace and before trailing punctuation. */
export const URL_RE = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'…]/g;

/** Code-point offset of a UTF-16 index (X's entity offsets count code points). */
function codePointOffsets(text: string): (i: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

export function displayUrl(expanded: string): string {
  const bare = expanded.replace(/^https?:\/\/(www\.)?/, '');
  return bare.length > 26 ? `${bare.slice(0, 25)}…` : bare;
}

/**
 * Finds hashtags, cashtags, mentions and URLs. `resolveUrl` maps a URL in the text (a t.co link)
 * to its expanded form; `resolveMention` gives a user id for a username when the user exists.
 */
export function extractEntities(
  text: string,
  resolveUrl: (url: string) => string | undefined,
  resolveMention: (username: string) => string | undefined,
): TweetEntities | undefined {
  const cp = codePointOffsets(text);
  const out: TweetEntities = {};
  const urlSpans: [number, number][] = [];
  const scan = (re: RegExp, sigil: string) => (text.includes(sigil) ? text.matchAll(re) : []);
  for (const m of scan(URL_RE, '://')) {
    const start = m.index;
    const end = start + m[0].length;
    urlSpans.push([start, end]);
    const expanded = resolveUrl(m[0]) ?? m[0];
    (out.urls ??= []).push({
      start: cp(start),
      end: cp(end),
      url: m[0],
      expanded_url: expanded,
      display_url: displayUrl(expanded),
    });
  }
  const insideUrl = (i: number) => urlSpans.some(([s, e]) => i >= s && i < e);
  for (const m of scan(HASHTAG_RE, '#')) {
    const start = m.index + m[1].length;
    if (insideUrl(start)) continue;
    const tag = m[2];
    (out.hashtags ??= []).push({ start: cp(start), end: cp(start + 1 + tag.length), tag });
  }
  for (const m of scan(CASHTAG_RE, '$')) {
    const start = m.index + m[1].length;
    if (insideUrl(start)) continue;
    const tag = m[2];
    (out.cashtags ??= []).push({ start: cp(start), end: cp(start + 1 + tag.length), tag });
  }
  for (const m of scan(MENTION_RE, '@')) {
    const start = m.index + m[1].length;
    if (insideUrl(start)) continue;
    const username = m[2];
    const id = resolveMention(username);
    const entity: MentionEntity = {
      start: cp(start),
      end: cp(start + 1 + username.length),
      username,
    };
    if (id !== undefined) entity.id = id;
    (out.mentions ??= []).push(entity);
  }
  return out.urls || out.hashtags || out.cashtags || out.mentions ? out : undefined;
}

/** Lower-cased word tokens: what a keyword in a search query is matched against. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The length X checks against 280: twitter-text v3 weights (Latin and common punctuation count
 * one, other code points two) and every URL counts as 23 characters.
 */
export function weightedLength(text: string): number {
  let units = 0;
  const withoutUrls = text.replace(URL_RE, () => {
    units += 23;
    return '';
  });
  for (const ch of withoutUrls) {
    const c = ch.codePointAt(0)!;
    const light =
      c <= 4351 || (c >= 8192 && c <= 8205) || (c >= 8208 && c <= 8223) || (c >= 8242 && c <= 8247);
    units += light ? 1 : 2;
  }
  return units;
}
