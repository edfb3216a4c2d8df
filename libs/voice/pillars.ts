/**
 * Which of a seeker's content pillars a text is about. A pillar is a short list of terms agreed
 * with the coach ("dbt", "data pipelines", "#DataEngineering"); a post is on a pillar when it uses
 * one of them. Matching is deliberately literal (a light stemmer, no synonyms, no model) so that a
 * coach can always point at the word that put a post on a pillar, and so that adding a pillar term
 * to a post can only ever put it on more pillars, never fewer.
 */
import { tokenize } from '@libs/text';

/** A theme the seeker wants to be known for, set by the seeker and their coach. */
export interface Pillar {
  name: string;
  terms: string[];
}

/**
 * Folds plurals and the commonest verb endings so "pipeline" matches "pipelines" and "modeling"
 * matches "model". Short words are left alone: "sql", "dbt" and "ai" have nothing to strip, and
 * stripping "ing" from "bring" would invent a word.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6 && /[aeiouy]/.test(w.slice(0, -3))) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length >= 6 && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -2);
  // Collapsed on every word, not only after a suffix, so "install", "installed" and
  // "installing" all end up as "instal", and "modelling" meets "modeling".
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** A text as the pillar matcher sees it: stemmed words in order, and stemmed hashtags. */
export interface PillarText {
  words: string[];
  hashtags: Set<string>;
}

export function pillarText(text: string): PillarText {
  const words: string[] = [];
  const hashtags = new Set<string>();
  for (const t of tokenize(text)) {
    if (t.kind === 'word' || t.kind === 'number') words.push(stem(t.value));
    else if (t.kind === 'hashtag') {
      hashtags.add(stem(t.value));
      // #dbt in running text is also the word dbt, so a phrase may run through it.
      words.push(stem(t.value));
    }
  }
  return { words, hashtags };
}

interface CompiledTerm {
  /** The term as the coach wrote it, for messages. */
  raw: string;
  words: string[];
  /** The words run together and stemmed: "data engineering" as #DataEngineering. */
  joined: string;
}

export interface CompiledPillar {
  name: string;
  terms: CompiledTerm[];
}

/** Tokenizes pillar terms once, so matching many posts does not re-tokenize them. */
export function compilePillars(pillars: readonly Pillar[]): CompiledPillar[] {
  const out: CompiledPillar[] = [];
  // Pillars come from a coach's form: a missing list or term must not sink a whole profile.
  const given: readonly (Pillar | null | undefined)[] = Array.isArray(pillars) ? pillars : [];
  for (const p of given) {
    if (!p || typeof p.name !== 'string') continue;
    const raws: readonly unknown[] = Array.isArray(p.terms) ? p.terms : [];
    const terms: CompiledTerm[] = [];
    for (const raw of raws) {
      if (typeof raw !== 'string') continue;
      const words = tokenize(raw.replace(/^[#＃]/, ''))
        .filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'hashtag')
        .map((t) => stem(t.value));
      if (words.length === 0) continue;
      terms.push({ raw, words, joined: stem(words.join('')) });
    }
    out.push({ name: p.name, terms });
  }
  return out;
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The terms of a pillar that a text uses, as the coach wrote them. */
export function matchedTerms(text: PillarText, pillar: CompiledPillar): string[] {
  const out: string[] = [];
  for (const term of pillar.terms) {
    if (text.hashtags.has(term.joined) || containsSequence(text.words, term.words)) {
      out.push(term.raw);
    }
  }
  return out;
}

/** Names of the pillars a text is on, in the order the pillars were given. */
export function pillarsOf(text: PillarText, pillars: readonly CompiledPillar[]): string[] {
  return pillars.filter((p) => matchedTerms(text, p).length > 0).map((p) => p.name);
}

/** The pillar a text uses most terms of (first given on a tie), or null. */
export function bestPillar(text: PillarText, pillars: readonly CompiledPillar[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const p of pillars) {
    const n = matchedTerms(text, p).length;
    if (n > bestCount) {
      best = p.name;
      bestCount = n;
    }
  }
  return best;
}
