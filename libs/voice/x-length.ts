/**
 * Post length as X counts it (the weighting is libs/text's `xWeightedLength`). Links are found the
 * way X finds them: with a scheme, or as a bare domain on a common top-level domain
 * ("acme.dev/jobs"), which X also shortens to a 23-character t.co link and bills as a post with
 * a link.
 */
import { X_URL_WEIGHT, tokenize, xLinkable, xWeightedLength } from '@libs/text';

export const URL_WEIGHT = X_URL_WEIGHT;
export const MAX_POST_LENGTH = 280;

const BARE_DOMAIN =
  /(?<![\p{L}\p{N}@._/:-])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|ai|co|app|me|ly|gg|xyz|info|biz|edu|gov|us|uk|de|fr|es|ca|au|in|jobs|tech|so|sh|site|page|link)(?:\/[^\s]*[^\s.,;:!?)\]'"”’])?(?![\p{L}\p{N}@-])/giu;

/** The links X would shorten in a text, as written, in order. */
export function linksIn(text: string): string[] {
  if (typeof text !== 'string') return [];
  const out: { at: number; raw: string }[] = [];
  let rest = text;
  let offset = 0;
  for (const t of tokenize(text)) {
    if (t.kind !== 'url' || !xLinkable(t.raw)) continue;
    const i = rest.indexOf(t.raw);
    if (i < 0) continue;
    out.push({ at: offset + i, raw: t.raw });
    offset += i + t.raw.length;
    rest = rest.slice(i + t.raw.length);
  }
  const masked = out.reduce(
    (s, u) => s.slice(0, u.at) + ' '.repeat(u.raw.length) + s.slice(u.at + u.raw.length),
    text,
  );
  for (const m of masked.matchAll(BARE_DOMAIN)) out.push({ at: m.index, raw: m[0] });
  return out.sort((a, b) => a.at - b.at).map((u) => u.raw);
}

/** Weighted length: NFC text, each link 23, each emoji 2, CJK and other wide characters 2. */
export function xLength(text: string): number {
  if (typeof text !== 'string') return 0;
  return xWeightedLength(text, linksIn(text.normalize('NFC')));
}
