/**
 * One tokenizer for every text feature (keywords, bursts, near duplicates, tone, hiring), so they
 * all agree on what a word, a hashtag or a link is. It is a single regular expression over the
 * post: no dictionary, no locale, no I/O, so the same text gives the same tokens on every machine.
 * Entities follow X's own rules closely enough (a hashtag needs a letter, a mention is at most 15
 * characters and not part of an e-mail address) that counts agree with the API's entities.
 */
import { STOPWORDS } from './stopwords.js';

export { STOPWORDS };

export type TokenKind = 'word' | 'hashtag' | 'mention' | 'cashtag' | 'url' | 'emoji' | 'number';

export interface Token {
  kind: TokenKind;
  /** Normalized: words, hashtags and mentions lowercased without their sigil, URLs as written. */
  value: string;
  /** The text as it appears in the post. */
  raw: string;
}

// Symbols that are emoji only when a variation selector asks for it: a plain © or ™ in a press
// release is not a sign of informality.
const TEXT_STYLE = String.raw`\u00A9\u00AE\u203C\u2049\u2122\u2139`;
const EMOJI =
  String.raw`\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|` +
  String.raw`(?:[${TEXT_STYLE}]\uFE0F|(?![${TEXT_STYLE}])\p{Extended_Pictographic})` +
  String.raw`\p{EMod}?\uFE0F?(?:\u200D\p{Extended_Pictographic}\p{EMod}?\uFE0F?)*[\u{E0020}-\u{E007F}]*`;

/**
 * Alternatives are tried in order at each position, so a link is a link before its letters can
 * be a word, and a keycap emoji before its `#` can start a hashtag. Anything no alternative
 * matches (punctuation, spaces, stray marks) is skipped.
 */
const TOKEN_RE = new RegExp(
  [
    // Trailing punctuation ends a sentence, not the link.
    String.raw`(?<url>[hH][tT][tT][pP][sS]?:\/\/[^\s<>"]*[^\s<>"'.,;:!?)\]}…”’»])`,
    `(?<emoji>${EMOJI})`,
    // X does not link `a#b` or `&#39;`, and a tag of digits only is not a hashtag.
    String.raw`(?<![\p{L}\p{N}\p{M}_&])[#＃](?=[\p{N}_]*[\p{L}_])(?<tag>[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*)`,
    // Not inside an e-mail address; a name longer than 15 characters is not a mention either.
    String.raw`(?<![\p{L}\p{N}_@!#$%&*])[@＠](?<user>[A-Za-z0-9_]{1,15})(?![\p{L}\p{N}_@])`,
    String.raw`(?<![\p{L}\p{N}_$])\$(?<cash>[A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?)(?![\p{L}\p{N}_])`,
    // 401k, 2nd, 3pm and 30% are numbers with a unit, not words.
    String.raw`(?<num>\p{Nd}+(?:[.,:]\p{Nd}+)*(?:%|[\p{L}\p{M}]+)?)`,
    // Inner apostrophes (we're, l'équipe) and hyphens (first-class, GLP-1) stay in the word.
    String.raw`(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+|[-‐][\p{L}\p{M}\p{N}]+)*)`,
  ].join('|'),
  'gu',
);

/** Splits a post into words, hashtags, mentions, cashtags, links, emoji and numbers. */
export function tokenize(text: string): Token[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const g = m.groups!;
    const raw = m[0];
    if (g.url !== undefined) out.push({ kind: 'url', value: raw, raw });
    else if (g.emoji !== undefined) out.push({ kind: 'emoji', value: raw, raw });
    else if (g.tag !== undefined) out.push({ kind: 'hashtag', value: fold(g.tag), raw });
    else if (g.user !== undefined) out.push({ kind: 'mention', value: g.user.toLowerCase(), raw });
    else if (g.cash !== undefined) out.push({ kind: 'cashtag', value: g.cash.toUpperCase(), raw });
    else if (g.num !== undefined) out.push({ kind: 'number', value: fold(raw), raw });
    else out.push({ kind: 'word', value: fold(raw).replace(/’/g, "'"), raw });
  }
  return out;
}

/** Composed form, lowercased: `é` typed as e + accent counts as the same word as `é`. */
function fold(s: string): string {
  return s.normalize('NFC').toLowerCase();
}

// French and Italian elision (l'équipe, d'un, qu'il): the article is not part of the term.
const ELISION = /^(?:l|d|j|c|m|n|s|t|qu)'(?=\p{L})/u;

/** The content word a word token counts as, or null for stopwords and fragments. */
export function contentWord(value: string): string | null {
  const w = value.replace(ELISION, '').replace(/'s$/, '');
  if (STOPWORDS.has(w) || STOPWORDS.has(value)) return null;
  let n = 0;
  for (const _ of w) if (++n >= 3) break;
  if (n < 3) return null;
  return w;
}

/**
 * Content terms in order of appearance, for counting: words of three or more characters that are
 * not stopwords, and hashtags as `#tag` (a hashtag is a deliberate topic marker, so it counts
 * separately from the same word in running text). Links, mentions, numbers and emoji are left out:
 * they identify things, not themes.
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'hashtag') out.push(`#${t.value}`);
    else if (t.kind === 'word') {
      const w = contentWord(t.value);
      if (w !== null) out.push(w);
    }
  }
  return out;
}
