/**
 * Tone of voice for culture dossiers: is a company upbeat or grim, buttoned-up or chatty, dense or
 * plain? These are coarse, explainable measures from a small lexicon and surface features, not a
 * model: a coach can see why a post scored as it did, and the numbers never change between runs.
 * They are meant to be averaged over many posts; a single post's score is a hint.
 */
import { type Token, tokenize } from './tokenize.js';

/** Word valences from -3 to 3, tilted to what job seekers and companies post about. */
const LEXICON: ReadonlyMap<string, number> = new Map(
  Object.entries({
    // positive
    good: 2,
    great: 3,
    best: 3,
    better: 2,
    love: 3,
    loved: 3,
    loving: 3,
    enjoy: 2,
    enjoyed: 2,
    happy: 3,
    glad: 2,
    excited: 3,
    exciting: 3,
    thrilled: 3,
    delighted: 3,
    proud: 3,
    grateful: 3,
    thankful: 3,
    thank: 2,
    thanks: 2,
    appreciate: 2,
    appreciated: 2,
    congrats: 3,
    congratulations: 3,
    celebrate: 2,
    celebrating: 2,
    amazing: 3,
    awesome: 3,
    incredible: 3,
    fantastic: 3,
    wonderful: 3,
    brilliant: 3,
    excellent: 3,
    outstanding: 3,
    perfect: 3,
    nice: 2,
    cool: 1,
    fun: 2,
    joy: 3,
    win: 2,
    wins: 2,
    won: 2,
    success: 2,
    successful: 2,
    helpful: 2,
    generous: 2,
    supportive: 2,
    inspiring: 3,
    inspired: 2,
    welcome: 2,
    fair: 1,
    easy: 1,
    painless: 1,
    strong: 1,
    growth: 1,
    growing: 1,
    improve: 1,
    improved: 1,
    hope: 1,
    hopeful: 2,
    recommend: 2,
    landed: 2,
    promoted: 2,
    promotion: 2,
    superpowers: 2,
    undefeated: 2,
    worth: 1,
    // negative
    bad: -2,
    worse: -2,
    worst: -3,
    terrible: -3,
    awful: -3,
    horrible: -3,
    hate: -3,
    hated: -3,
    sad: -2,
    angry: -3,
    upset: -2,
    frustrated: -2,
    frustrating: -2,
    disappointed: -2,
    disappointing: -2,
    annoying: -2,
    toxic: -3,
    rough: -2,
    tough: -1,
    difficult: -1,
    struggle: -2,
    struggling: -2,
    stress: -2,
    stressed: -2,
    stressful: -2,
    burnout: -3,
    nervous: -1,
    worried: -2,
    worry: -2,
    afraid: -2,
    scary: -2,
    terrifying: -2,
    rejected: -2,
    rejection: -2,
    rejections: -2,
    ghosted: -2,
    ghosting: -2,
    layoff: -2,
    layoffs: -2,
    fired: -2,
    rescinded: -3,
    freeze: -1,
    hiringfreeze: -2,
    outage: -2,
    breach: -2,
    broken: -2,
    fail: -2,
    failed: -2,
    failing: -2,
    failure: -2,
    problem: -1,
    problems: -1,
    emergency: -2,
    emergencies: -2,
    lost: -1,
    lose: -1,
    messy: -1,
    painful: -2,
    unfair: -2,
    scam: -3,
    joke: -1,
    kill: -2,
    crap: -2,
    damn: -2,
    hell: -2,
    shitshow: -3,
    ignore: -1,
    overtime: -1,
    // Spanish, German, French, Portuguese: the commonest few
    gracias: 2,
    genial: 3,
    contenta: 2,
    contento: 2,
    bienvenido: 2,
    danke: 2,
    toll: 2,
    super: 2,
    merci: 2,
    incroyable: 3,
    incrível: 3,
    obrigado: 2,
    obrigada: 2,
  }),
);

const EMOJI_VALENCE: ReadonlyMap<string, number> = new Map(
  Object.entries({
    '🎉': 2,
    '🥳': 2,
    '🙏': 2,
    '❤': 3,
    '💙': 3,
    '💚': 3,
    '😀': 2,
    '😃': 2,
    '😄': 2,
    '😁': 2,
    '😊': 2,
    '🙂': 1,
    '😍': 3,
    '👏': 2,
    '💪': 2,
    '🚀': 2,
    '✨': 1,
    '🙌': 2,
    '👍': 1,
    '😢': -2,
    '😭': -2,
    '😞': -2,
    '😔': -2,
    '😡': -3,
    '😠': -3,
    '🤬': -3,
    '💔': -2,
    '😩': -2,
    '😫': -2,
    '🙄': -1,
    '👎': -2,
  }),
);

/** Words that flip the valence of the few words after them. */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'cannot',
  'without',
  'zero',
  'hardly',
  // other languages
  'nunca',
  'nada',
  'nicht',
  'kein',
  'keine',
  'nie',
  'pas',
  'jamais',
  'não',
]);

const INTENSIFIERS = new Set([
  'very',
  'really',
  'so',
  'super',
  'extremely',
  'incredibly',
  'totally',
  'absolutely',
  'truly',
  'way',
  'most',
]);

const NEGATION_SCOPE = 3;

const isNegator = (w: string) => NEGATORS.has(w) || w.endsWith("n't");

/** Strip variation selectors and skin tones so 👏🏽 and 👏 share a valence. */
const emojiBase = (e: string) => e.replace(/\uFE0E|\uFE0F|[\u{1F3FB}-\u{1F3FF}]/gu, '');

/**
 * Sentiment in [-1, 1]: lexicon valences summed over words, hashtags and emoji, a word after
 * "not", "no", "never" or a n't-contraction (within three words) flipped and damped by 0.75 as in
 * VADER, one after "very"/"really"/... raised by a quarter, then squashed as s / sqrt(s^2 + 15).
 * 0 for text with nothing in the lexicon.
 */
export function sentiment(text: string): number {
  let sum = 0;
  let negateFor = 0;
  let boost = 1;
  for (const t of tokenize(text)) {
    let valence: number;
    if (t.kind === 'emoji') valence = EMOJI_VALENCE.get(emojiBase(t.value)) ?? 0;
    else if (t.kind === 'word' || t.kind === 'hashtag') {
      const w = t.value;
      if (isNegator(w)) {
        negateFor = NEGATION_SCOPE;
        continue;
      }
      if (INTENSIFIERS.has(w) && !LEXICON.has(w)) {
        boost = 1.25;
        continue;
      }
      valence = LEXICON.get(w) ?? 0;
    } else continue;
    if (valence !== 0) {
      let v = valence * boost;
      if (negateFor > 0) v *= -0.75;
      sum += v;
    }
    boost = 1;
    if (negateFor > 0) negateFor--;
  }
  const s = sum / Math.sqrt(sum * sum + 15);
  return Number.isFinite(s) ? s : 0;
}

const SLANG = new Set([
  'lol',
  'lmao',
  'lmfao',
  'rofl',
  'omg',
  'omfg',
  'wtf',
  'tbh',
  'imo',
  'imho',
  'idk',
  'ngl',
  'smh',
  'fr',
  'af',
  'btw',
  'gonna',
  'wanna',
  'gotta',
  'kinda',
  'sorta',
  'dunno',
  'ya',
  'yall',
  "y'all",
  'yep',
  'yup',
  'nope',
  'yeah',
  'nah',
  'u',
  'ur',
  'thx',
  'pls',
  'plz',
  'cuz',
  "ain't",
  'dude',
  'haha',
  'hahaha',
  'lit',
  'vibes',
  'crap',
  'damn',
  'hell',
  'shitshow',
]);

interface Surface {
  words: Token[];
  emoji: number;
  sentences: number;
}

function surface(text: string): Surface {
  const tokens = tokenize(text);
  const words = tokens.filter((t) => t.kind === 'word');
  const emoji = tokens.filter((t) => t.kind === 'emoji').length;
  return { words, emoji, sentences: countSentences(text) };
}

const URL_ANYWHERE = /https?:\/\/\S+/gi;

/** Sentences: stretches ended by . ! ? … or a line break that contain a letter or digit. */
function countSentences(text: string): number {
  if (typeof text !== 'string') return 0;
  // Links and decimals contain dots that end nothing.
  const plain = text.replace(URL_ANYWHERE, ' ');
  let n = 0;
  for (const part of plain.split(/[.!?…。！？]+(?=\s|$)|\n+/u)) if (/[\p{L}\p{N}]/u.test(part)) n++;
  return n;
}

const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/**
 * Formality in [0, 1], 0.5 for text without words: a logistic of
 *   1.2 * (average word length - 4.6)  - 10 * contractions per word - 0.8 * '!' per sentence
 *   - 6 * emoji per word - 6 * shouted words per word - 8 * slang words per word
 *   - 1 if a letter or '!' / '?' repeats three times ("sooo", "!!!")
 * Longer words push towards 1; contractions, exclamations, emoji, ALL CAPS and slang towards 0.
 */
export function formality(text: string): number {
  if (typeof text !== 'string') return 0.5;
  const { words, emoji, sentences } = surface(text);
  if (words.length === 0 && emoji === 0) return 0.5;
  const n = Math.max(1, words.length);
  let letters = 0;
  let contractions = 0;
  let shouted = 0;
  let slang = 0;
  for (const w of words) {
    const len = codePoints(w.raw);
    letters += len;
    if (/['’]/.test(w.raw) && !/^(?:l|d|j|c|qu)['’]/i.test(w.raw)) contractions++;
    // Acronyms (SQL, NYC, GLP-1) are short; shouting is a whole word in capitals.
    if (len >= 5 && /\p{Lu}/u.test(w.raw) && !/\p{Ll}/u.test(w.raw)) shouted++;
    if (SLANG.has(w.value)) slang++;
  }
  const avgLen = words.length ? letters / words.length : 4.6;
  const plain = text.replace(URL_ANYWHERE, ' ');
  const exclaims = (plain.match(/[!！]/g) ?? []).length;
  const repeats = /(\p{L})\1\1|[!?]{3}/u.test(plain) ? 1 : 0;
  const z =
    1.2 * (avgLen - 4.6) -
    (10 * contractions) / n -
    (0.8 * Math.min(exclaims, 3 * Math.max(1, sentences))) / Math.max(1, sentences) -
    (6 * emoji) / n -
    (6 * shouted) / n -
    (8 * slang) / n -
    repeats;
  const f = 1 / (1 + Math.exp(-z));
  return Number.isFinite(f) ? f : 0.5;
}

export interface Readability {
  /** Word tokens (not numbers, hashtags, mentions, links or emoji). */
  words: number;
  /** Mean length of those words in characters (code points); 0 without words. */
  avgWordLength: number;
  sentences: number;
}

/** Words, their mean length and sentences: the inputs of the classic readability formulas. */
export function readability(text: string): Readability {
  const { words, sentences } = surface(text);
  let letters = 0;
  for (const w of words) letters += codePoints(w.raw);
  return {
    words: words.length,
    avgWordLength: words.length ? letters / words.length : 0,
    sentences,
  };
}
