/**
 * Etiquette check for a seeker's outreach draft (a public reply or a DM to a mentor, peer,
 * recruiter or hiring manager), before it is sent. Cold messages that get answers share a shape:
 * they show the sender read something the recipient wrote, make one small, concrete ask, thank the
 * reader, and fit the channel. Messages that get ignored ask a stranger for a job, ask for an hour,
 * press for a reply, or are visibly the same text sent to ten people. Each of those is a finding
 * with a code, a severity and a message that says what to change, so the coach and the seeker see
 * why a draft scored as it did.
 *
 * Everything here is phrase patterns and term overlap over the shared tokenizer: deterministic,
 * offline and English-centred, like the rest of this library. A check that cannot tell (no recent
 * posts to compare with, no other messages) stays silent rather than guess.
 */
import { canonicalUrl } from './url.js';
import { hamming, simhash } from './simhash.js';
import { type Token, terms, tokenize } from './tokenize.js';
import { xLinkable, xWeightedLength } from './x-length.js';

export type ContactType = 'mentor' | 'peer' | 'recruiter' | 'hiring_manager';

/** A public reply (at most 280 weighted characters) or a direct message. */
export type OutreachChannel = 'reply' | 'dm';

export interface OutreachContext {
  contactType: ContactType;
  channel: OutreachChannel;
  /** No earlier exchange with this person. */
  firstContact: boolean;
  recipient: {
    /** X handle, with or without the `@`. */
    username: string;
    /** Display name, used to check the greeting. */
    name?: string;
    recentPosts: { id: string; text: string }[];
  };
  /** The seeker's other drafts and sent messages, to spot one text sent to many people. */
  otherMessages?: { recipient: string; text: string }[];
}

export type FindingSeverity = 'error' | 'warning' | 'tip';

export type OutreachCode =
  | 'NO_PERSONAL_REFERENCE'
  | 'NO_ASK'
  | 'MULTIPLE_ASKS'
  | 'ASK_TOO_BIG'
  | 'VAGUE_ASK'
  | 'JOB_REQUEST_FIRST_CONTACT'
  | 'UNSOLICITED_RESUME'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'NO_GRATITUDE'
  | 'NEAR_DUPLICATE'
  | 'GENERIC_OPENER'
  | 'WRONG_NAME'
  | 'UNFILLED_PLACEHOLDER'
  | 'PRESSURE'
  | 'ALL_CAPS'
  | 'LINK_ONLY';

export interface OutreachFinding {
  code: OutreachCode;
  severity: FindingSeverity;
  /** What to change, concretely. */
  message: string;
}

export interface OutreachCheck {
  /** No error findings: the draft can be sent as is. */
  ok: boolean;
  /** 0 to 100: 100 minus a penalty per finding by severity. */
  score: number;
  /** Errors first, then warnings, then tips. */
  findings: OutreachFinding[];
  /** The recent post the draft refers to (by link, quote or shared terms), if any. */
  referencedPostId: string | null;
  /** Requests in the draft: questions and "would you", "could we", "may I"... sentences. */
  asks: number;
  /** The longest time asked for, in minutes, or null when no duration is named. */
  minutesAsked: number | null;
  /** Length as X counts it: links 23, emoji and CJK 2, other characters 1. */
  length: number;
}

/** Score penalty per finding: one error alone keeps a draft under 80. */
const PENALTY: Record<FindingSeverity, number> = { error: 25, warning: 10, tip: 3 };
const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, tip: 2 };

const REPLY_MAX = 280;
// Longer than about five short sentences, a cold DM stops being read on a phone screen.
const DM_MAX = 700;
const MIN_LENGTH = 60;
// Coffee-chat etiquette: 15 to 20 minutes is what a stranger can say yes to without planning.
const MAX_MINUTES = 20;

/**
 * Checks a draft against outreach etiquette for its contact type and channel. Accepts any string
 * and never throws.
 */
export function checkOutreach(draft: string, ctx: OutreachContext): OutreachCheck {
  const text = typeof draft === 'string' ? draft.normalize('NFC') : '';
  const findings: OutreachFinding[] = [];
  const add = (code: OutreachCode, severity: FindingSeverity, message: string) =>
    findings.push({ code, severity, message });
  const { contactType, channel, firstContact } = ctx;
  const posts = ctx.recipient.recentPosts ?? [];
  const username = ctx.recipient.username.replace(/^[@＠]/, '');
  const name = ctx.recipient.name?.trim() || undefined;
  const firstName = name ? (name.split(/\s+/)[0] ?? name) : `@${username}`;

  const placeholder = PLACEHOLDER.exec(text);
  if (placeholder) {
    add(
      'UNFILLED_PLACEHOLDER',
      'error',
      `Fill in the placeholder "${placeholder[0]}" before sending; it reads as a mass message.`,
    );
  }

  // Length.
  const length = weightedLength(text);
  if (channel === 'reply' && length > REPLY_MAX) {
    add(
      'TOO_LONG',
      'error',
      `Cut ${length - REPLY_MAX} characters: a reply can be at most ${REPLY_MAX} (links count as 23). ` +
        'Keep the point about their post and the one ask; move the rest to a DM.',
    );
  } else if (channel === 'dm' && length > DM_MAX) {
    add(
      'TOO_LONG',
      'warning',
      `Trim to under ${DM_MAX} characters (now ${length}): keep why them, who you are in one ` +
        'sentence, and the ask; your background can wait for the reply.',
    );
  }
  if (length < MIN_LENGTH) {
    add(
      'TOO_SHORT',
      'warning',
      `Add a sentence (now ${length} characters): say what in their work made you write and what ` +
        'you are hoping for.',
    );
  }

  const tokens = tokenize(text);
  const words = tokens.filter((t) => t.kind === 'word');
  const urls = tokens.filter((t) => t.kind === 'url');
  if (urls.length > 0 && words.length < 4) {
    add(
      'LINK_ONLY',
      'warning',
      'Say in a sentence who you are and why you are sending this link; a bare link looks like spam.',
    );
  }

  // Personal reference.
  const ref = findReference(text, tokens, posts, [username, ...nameParts(name)]);
  if (ref === null && posts.length > 0) {
    const mentorFirst = contactType === 'mentor' && firstContact;
    const example = posts.find((p) => /\p{L}/u.test(p.text));
    add(
      'NO_PERSONAL_REFERENCE',
      mentorFirst ? 'error' : 'warning',
      `Refer to something ${firstName} posted recently` +
        (example ? `, e.g. "${excerpt(example.text)}"` : '') +
        ': link it or say what you took from it, so they see this was written for them.',
    );
  }

  // Asks.
  const sentences = splitSentences(text);
  const askSentences = sentences.filter(isAsk);
  const asks = askSentences.length;
  if (asks === 0 && firstContact) {
    add(
      'NO_ASK',
      channel === 'dm' ? 'warning' : 'tip',
      'End with one small, clear ask, e.g. "Would you be open to a 15-minute call next week?" ' +
        'or a specific question about their post.',
    );
  } else if (asks > 1) {
    const quoted = askSentences.map((s) => `"${excerpt(s, 50)}"`).join(', ');
    add(
      'MULTIPLE_ASKS',
      'warning',
      `Keep one ask: this draft makes ${asks} (${quoted}). Keep the one that matters most and ` +
        'save the others for after they reply.',
    );
  }

  let minutesAsked: number | null = null;
  for (const s of askSentences) {
    const m = parseMinutes(s);
    if (m !== null && (minutesAsked === null || m > minutesAsked)) minutesAsked = m;
  }
  const mentorship = BIG_COMMITMENT.exec(text);
  if (minutesAsked !== null && minutesAsked > MAX_MINUTES) {
    add(
      'ASK_TOO_BIG',
      'warning',
      `Ask for 15–20 minutes instead of ${formatMinutes(minutesAsked)}: a short call is easy to ` +
        'say yes to, and it can run longer if they want.',
    );
  } else if (mentorship) {
    add(
      'ASK_TOO_BIG',
      'warning',
      `Replace "${mentorship[0]}" with one 15–20 minute conversation; an ongoing commitment is a ` +
        'lot to ask of someone you have not spoken to.',
    );
  }

  const brain = VAGUE_BRAIN.exec(text);
  if (brain) {
    add(
      'VAGUE_ASK',
      'tip',
      `Replace "${brain[0]}" with the question you want answered, e.g. "how did you move from ` +
        'support into product?"',
    );
  }

  // Job requests.
  if (contactType === 'recruiter') {
    const vague = VAGUE_ROLE.exec(text);
    if (vague) {
      add(
        'VAGUE_ASK',
        'tip',
        `Name the role and level you want instead of "${vague[0]}", e.g. "senior backend roles, ` +
          'remote in the EU"; recruiters match people to specific requisitions.',
      );
    }
  } else if (firstContact) {
    const job = JOB_REQUEST.exec(text);
    if (job) {
      add(
        'JOB_REQUEST_FIRST_CONTACT',
        'error',
        `Drop "${job[0]}": asking a ${CONTACT_LABEL[contactType]} for a job or referral in a ` +
          'first message usually ends the conversation. Ask for their perspective now; a referral ' +
          'can come once they know your work.',
      );
    }
  }
  const resume = firstContact ? RESUME.exec(text) : null;
  if (resume) {
    add(
      'UNSOLICITED_RESUME',
      'tip',
      `Instead of "${resume[0]}", offer it: "Happy to send my resume if useful." An unrequested ` +
        'attachment in a first message is rarely opened.',
    );
  }

  if (!GRATITUDE.test(text)) {
    add(
      'NO_GRATITUDE',
      contactType === 'mentor' ? 'warning' : 'tip',
      'Thank them, e.g. "Thank you for sharing this" or "Thanks for reading either way".',
    );
  }

  // Greeting.
  const generic = GENERIC_ALWAYS.exec(text)?.[0] ?? greetsGenerically(text, username, name);
  if (generic) {
    add(
      'GENERIC_OPENER',
      'tip',
      `Open with their name instead of "${generic}", e.g. "Hi ${firstName},".`,
    );
  }
  const wrong = name ? wrongGreetingName(text, username, name) : null;
  if (wrong) {
    add(
      'WRONG_NAME',
      'warning',
      `The greeting says "${wrong}" but this goes to ${name}: check the name (copied from ` +
        'another message?).',
    );
  }

  const pressure = pressurePhrase(text);
  if (pressure) {
    add(
      'PRESSURE',
      'warning',
      `Remove "${pressure}": they owe you nothing, and pressure makes a reply less likely. ` +
        'A calm "no rush" works better.',
    );
  }

  if (isShouting(words)) {
    add('ALL_CAPS', 'warning', 'Write in sentence case; words in capitals read as shouting.');
  }

  const dupes = duplicateRecipients(text, ctx, username, name);
  if (dupes.length >= 2) {
    const shown = dupes.slice(0, 3).join(', ') + (dupes.length > 3 ? ', …' : '');
    add(
      'NEAR_DUPLICATE',
      'warning',
      `This is nearly the same message you wrote to ${dupes.length} other people (${shown}). ` +
        `Rewrite the opening around ${firstName}'s own work and say why you chose them.`,
    );
  }

  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  let score = 100;
  for (const f of findings) score -= PENALTY[f.severity];
  return {
    ok: !findings.some((f) => f.severity === 'error'),
    score: Math.max(0, score),
    findings,
    referencedPostId: ref,
    asks,
    minutesAsked,
    length,
  };
}

const CONTACT_LABEL: Record<ContactType, string> = {
  mentor: 'mentor',
  peer: 'peer',
  recruiter: 'recruiter',
  hiring_manager: 'hiring manager',
};

// ---------------------------------------------------------------------------------------------
// Length

/** Length as X counts it; links are the ones the tokenizer finds (with a scheme). */
function weightedLength(text: string): number {
  return xWeightedLength(
    text,
    tokenize(text)
      .filter((t) => t.kind === 'url' && xLinkable(t.raw))
      .map((t) => t.raw),
  );
}

// ---------------------------------------------------------------------------------------------
// Personal reference

const X_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com']);

/**
 * Outreach vocabulary that any draft and any post may share without one referring to the other
 * ("thanks for the great post on your career"): overlap on these words proves nothing.
 */
const GENERIC = new Set(
  `thank thanks love loved lovely great post posted thread tweet read reading advice chat call
   minute question career job role work working team company help hope appreciate time quick
   learn learning share sharing shared insight point today week people hello dear hiring open
   connect conversation happy interested experience day good nice awesome amazing interesting
   enjoyed enjoy recent recently lately journey path background field industry currently looking
   coffee forward reach reaching message reply sorry bother thought opinion perspective story
   congrats congratulations glad excited wanted want like know hear follow following year month
   new thing way make really better best lot much many well see saw`
    .split(/\s+/)
    .filter(Boolean),
);

/** Plural and possessive folded, so "interviews" in a draft matches "interview" in a post. */
function termKey(term: string): string {
  if (term.startsWith('#')) return term;
  if (term.length > 4 && term.endsWith('s') && !term.endsWith('ss')) return term.slice(0, -1);
  return term;
}

function contentKeys(text: string, exclude: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const t of terms(text)) {
    const k = termKey(t);
    if (!GENERIC.has(k) && !exclude.has(k)) out.add(k);
  }
  return out;
}

/** Lowercased, accents removed: "José" in a greeting matches "Jose" in a display name. */
function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function nameParts(name: string | undefined): string[] {
  if (!name) return [];
  return name
    .split(/[^\p{L}\p{M}'-]+/u)
    .filter((p) => p.length > 0)
    .map(foldName);
}

const QUOTED = /["“”«»]([^"“”«»]{6,200})["“”«»]/gu;

/** Word-level text for phrase matching: the same words however they are cased or punctuated. */
function wordLine(text: string): string {
  return ` ${tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'hashtag')
    .map((t) => t.value)
    .join(' ')} `;
}

/**
 * The recent post the draft refers to: one it links to (its status URL, or a link the post
 * shared), one it quotes (three words or more), or the one sharing the most content terms, if
 * they weigh at least 2 (a shared hashtag weighs 2, a shared word 1, generic outreach words 0).
 */
function findReference(
  text: string,
  tokens: Token[],
  posts: { id: string; text: string }[],
  names: string[],
): string | null {
  if (posts.length === 0) return null;
  const links = new Set<string>();
  const statusIds = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'url') continue;
    const c = canonicalUrl(t.raw);
    if (c === null) continue;
    links.add(c);
    const u = new URL(c);
    const m = /\/status(?:es)?\/(\d+)/.exec(u.pathname);
    if (m && X_HOSTS.has(u.hostname)) statusIds.add(m[1]);
  }
  for (const p of posts) if (statusIds.has(p.id)) return p.id;
  if (links.size > 0) {
    for (const p of posts) {
      for (const t of tokenize(p.text)) {
        if (t.kind !== 'url') continue;
        const c = canonicalUrl(t.raw);
        if (c !== null && links.has(c)) return p.id;
      }
    }
  }

  const quotes: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const line = wordLine(m[1]);
    if (line.trim().split(' ').length >= 3) quotes.push(line);
  }
  if (quotes.length > 0) {
    for (const p of posts) {
      const line = wordLine(p.text);
      if (quotes.some((q) => line.includes(q))) return p.id;
    }
  }

  const exclude = new Set(names.filter((n) => n.length > 0).map(termKey));
  const mine = contentKeys(text, exclude);
  if (mine.size === 0) return null;
  let best: string | null = null;
  let bestWeight = 1;
  for (const p of posts) {
    let w = 0;
    for (const k of contentKeys(p.text, exclude)) if (mine.has(k)) w += k.startsWith('#') ? 2 : 1;
    if (w > bestWeight) {
      best = p.id;
      bestWeight = w;
    }
  }
  return best;
}

function excerpt(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  const chars = [...one];
  return chars.length <= max
    ? one
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------------
// Asks

/** Sentences: stretches ended by . ! ? … or a line break, with links masked so their dots end nothing. */
function splitSentences(text: string): string[] {
  const masked = text.replace(/https?:\/\/\S+/gi, 'LINK');
  return masked
    .split(/(?<=[.!?…？！])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const ASK_PHRASE = new RegExp(
  [
    String.raw`\b(?:would|could|can|will|might) (?:you|we|i)\b`,
    String.raw`\bwould it be (?:possible|ok|okay|alright)\b`,
    String.raw`\b(?:are|were) you (?:open|up|available|free|willing)\b`,
    String.raw`\b(?:would|'d) love (?:to|it if|your)\b`,
    String.raw`\bmay i\b`,
    String.raw`\b(?:do|did) you (?:have|mind)\b`,
    String.raw`\bis there (?:any )?(?:chance|way)\b`,
    String.raw`\blet me know (?:if|whether|what|when)\b`,
    String.raw`\bplease (?:let|send|share|refer|review|take|check|connect|consider|look|forward|pass|help|introduce)\b`,
    String.raw`\bmind if\b`,
    String.raw`\bwondering if\b`,
  ].join('|'),
  'iu',
);

// Pleasantries end in "?" without asking for anything.
const COURTESY =
  /^(?:(?:hi|hey|hello)\b[^?]*[,!]\s*)?(?:how are you|how's it going|how have you been|hope you(?:'re| are) (?:well|doing well))(?: doing)?(?: today)?\s*[?.!]*$/iu;

function isAsk(sentence: string): boolean {
  const s = sentence.replace(/’/g, "'");
  if (COURTESY.test(s)) return false;
  return /[?？]\s*\S{0,3}$/u.test(s) || ASK_PHRASE.test(s);
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  'forty-five': 45,
  forty: 40,
  sixty: 60,
  ninety: 90,
};
const NUM = String.raw`(\d+(?:[.,]\d+)?|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const DURATION_PATTERNS: [RegExp, (m: RegExpExecArray) => number][] = [
  // "15-20 minutes", "15 to 20 min": the upper bound is what the other person commits to.
  [
    new RegExp(String.raw`\b${NUM}\s*(?:-|–|to)\s*${NUM}[\s-]*(?:min(?:ute)?s?|m)\b`, 'giu'),
    (m) => toNumber(m[2]),
  ],
  [
    new RegExp(String.raw`\b${NUM}\s*(?:-|–|to)\s*${NUM}[\s-]*(?:h|hrs?|hours?)\b`, 'giu'),
    (m) => toNumber(m[2]) * 60,
  ],
  [new RegExp(String.raw`\b${NUM}[\s-]*(?:min(?:ute)?s?|m)\b`, 'giu'), (m) => toNumber(m[1])],
  [new RegExp(String.raw`\b${NUM}[\s-]*(?:h|hrs?|hours?)\b`, 'giu'), (m) => toNumber(m[1]) * 60],
  [/\b(?:a\s+)?quarter[\s-]+(?:of\s+)?an?\s+hour\b/giu, () => 15],
  [/\bhalf[\s-]+(?:an?\s+)?hour\b/giu, () => 30],
  [/\b(?:an|one)\s+hour\b|\bhour[\s-]+long\b/giu, () => 60],
  [/\b(?:a\s+)?couple\s+(?:of\s+)?hours\b/giu, () => 120],
  [/\blunch\b/giu, () => 60],
  [/\bcoffee(?:\s+chat)?\b|\bvirtual coffee\b/giu, () => 20],
];

function toNumber(s: string): number {
  const w = NUMBER_WORDS[s.toLowerCase()];
  return w ?? Number(s.replace(',', '.'));
}

/**
 * Minutes asked for in one sentence, the largest duration named. A coffee chat is about 20
 * minutes; "a quick call" with no duration is not a number. Only ask sentences are read, so "I
 * spent three hours on your course" asks nothing.
 */
function parseMinutes(sentence: string): number | null {
  let best: number | null = null;
  let rest = sentence;
  for (const [re, value] of DURATION_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(rest)) !== null) {
      const v = value(m);
      if (Number.isFinite(v) && v > 0 && (best === null || v > best)) best = v;
    }
    // Blank out what matched, so "15-20 minutes" is not read again as "20 minutes" by a looser
    // pattern, and "half an hour" not again as "an hour".
    rest = rest.replace(re, (s) => ' '.repeat(s.length));
  }
  return best;
}

function formatMinutes(m: number): string {
  if (m >= 60 && m % 60 === 0) return m === 60 ? 'an hour' : `${m / 60} hours`;
  return `${m} minutes`;
}

const BIG_COMMITMENT =
  /\b(?:(?:be|become) my mentor|mentor me|(?:weekly|monthly|regular|recurring) (?:calls?|meetings?|chats?|check-ins?|sessions?)|review my (?:whole |entire )?portfolio)\b/iu;

const VAGUE_BRAIN =
  /\bpick (?:your|ur) (?:brain|mind)\b|\bany (?:advice|tips)\s*\?|\b(?:get|hop on) a call\b(?! about| on| to)/iu;

// ---------------------------------------------------------------------------------------------
// Job requests, resumes, gratitude, greetings, pressure

const JOB_REQUEST = new RegExp(
  [
    String.raw`\brefer(?:ring)? me\b`,
    String.raw`\breferrals?\b`,
    String.raw`\bany (?:job |open )?(?:openings?|vacanc(?:y|ies))\b`,
    String.raw`\bany (?:open )?(?:roles?|positions?|jobs?) (?:open|available|on your team|at your company)\b`,
    String.raw`\b(?:are you|is your (?:team|company|org)) (?:currently )?hiring\b`,
    String.raw`\bhire me\b`,
    String.raw`\b(?:get|find|land) me (?:a |an )?(?:job|role|position|interview)\b`,
    String.raw`\bhelp me (?:get|land|find) (?:a |an )?(?:job|role|position|interview)\b`,
    String.raw`\b(?:looking for|seeking) (?:a |an )?(?:job|role|position) (?:at|with|on) your\b`,
    String.raw`\b(?:pass|forward|send|share|put)(?: along| on)? my (?:resume|résumé|cv)\b`,
    String.raw`\bput in a (?:good )?word\b`,
    String.raw`\brecommend me for\b`,
  ].join('|'),
  'iu',
);

const VAGUE_ROLE =
  /\b(?:any|anything)\s+(?:jobs?|roles?|positions?|openings?|opportunit(?:y|ies))\b|\banything (?:available|open|that fits)\b|\bopen to anything\b|\bany kind of (?:job|role|work)\b/iu;

const RESUME =
  /\b(?:attach(?:ed|ing)|enclos(?:ed|ing)|here(?:'s|’s| is) my|find (?:attached )?my|sending (?:you )?my)\s+(?:my\s+)?(?:resume|résumé|cv)\b|\b(?:resume|résumé|cv)\s+(?:is\s+)?(?:attached|enclosed|below)\b|\b(?:resume|résumé|cv)\s*[:-]\s*https?:/iu;

// No leading word boundary: adding "Thank you" to any text, even right after a letter, is seen.
const GRATITUDE =
  /thank|grateful|gratitude|appreciat|\b(?:thx|ty|tysm|cheers|kudos)\b|gracias|merci|danke|obrigad[oa]|🙏/iu;

const PLACEHOLDER =
  /\{[A-Za-z_][\w ]{0,30}\}|\[(?:name|first name|their name|your name|company|role|topic|post|field|insert[^\]]{0,30})\]|<(?:name|company|role)>/iu;

const GENERIC_ALWAYS =
  /\bdear (?:sir|madam)(?:\s*(?:\/|or)\s*madam)?\b|\bto whom it may concern\b|\bdear (?:hiring manager|recruiter|mentor|friend)\b/iu;

const GENERIC_GREETING =
  /^\s*((?:hi|hey|hello|greetings|good (?:morning|afternoon|evening))(?:\s+(?:there|all|everyone|folks|friend|team))?)\b/iu;

function mentionsRecipient(text: string, username: string, name: string | undefined): boolean {
  const folded = foldName(text);
  if (username && folded.includes(`@${username.toLowerCase()}`)) return true;
  return nameParts(name).some(
    (p) =>
      p.length >= 2 &&
      new RegExp(String.raw`(?<![\p{L}])${escapeRe(p)}(?![\p{L}])`, 'u').test(folded),
  );
}

/** "Hi there" / "Hello" / "Hi all" without their name anywhere in the draft. */
function greetsGenerically(text: string, username: string, name: string | undefined) {
  const m = GENERIC_GREETING.exec(text);
  if (!m) return null;
  const greeting = m[1];
  const afterGreeting = text.slice(m.index + m[0].length);
  const bare = /^\s*(?:[,!.:—-]|$)/u.test(afterGreeting);
  const generic = /\s/.test(greeting.trim()) || bare;
  if (!generic || mentionsRecipient(text, username, name)) return null;
  return greeting.trim();
}

const GREETING_NAME =
  /^\s*(?:hi|hey|hello|hiya|dear|good (?:morning|afternoon|evening))[\s,]+(?:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?([\p{L}][\p{L}\p{M}'’-]*)/iu;
const NOT_A_NAME = new Set(
  "there all everyone everybody folks friend friends team again sir madam i im i’m i'm and from".split(
    ' ',
  ),
);

/** The greeted name when it is plainly not the recipient's: a copy of another message. */
function wrongGreetingName(text: string, username: string, name: string): string | null {
  const m = GREETING_NAME.exec(text);
  if (!m) return null;
  const greeted = m[1];
  if (!/^\p{Lu}/u.test(greeted)) return null;
  const g = foldName(greeted);
  if (NOT_A_NAME.has(g)) return null;
  const parts = nameParts(name);
  const handle = foldName(username);
  const matches =
    parts.some((p) => p === g || (g.length >= 3 && (p.startsWith(g) || g.startsWith(p)))) ||
    (g.length >= 3 && handle.includes(g));
  return matches ? null : greeted;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PRESSURE_RE =
  /\basap\b|\burgent(?:ly)?\b|\bplease (?:reply|respond|answer|get back)\b|\breply (?:soon|quickly|asap)\b|\bas soon as (?:possible|you can)\b|\b(?:waiting|awaiting) (?:for )?your (?:reply|response|answer)\b|\bi need (?:an answer|a reply|a response|this) (?:by|today)\b|\b(?:by|before) (?:eod|end of (?:the )?day|tonight)\b|\bwhy (?:haven't|have not|didn't|did not) you (?:reply|respond|answer)/iu;

function pressurePhrase(text: string): string | null {
  const m = PRESSURE_RE.exec(text);
  if (m) return m[0];
  const bangs = /[!！]{3,}/u.exec(text);
  if (bangs) return bangs[0];
  return (text.match(/[!！]/gu) ?? []).length >= 4 ? 'the exclamation marks' : null;
}

/** Shouting: two capitalized words of five letters or more, or mostly capitals overall. */
function isShouting(words: Token[]): boolean {
  let shouted = 0;
  let upper = 0;
  let letters = 0;
  for (const w of words) {
    const raw = w.raw;
    const hasLower = /\p{Ll}/u.test(raw);
    const hasUpper = /\p{Lu}/u.test(raw);
    if (hasUpper && !hasLower && [...raw].length >= 5) shouted++;
    for (const ch of raw) {
      if (/\p{Lu}/u.test(ch)) upper++;
      if (/\p{L}/u.test(ch)) letters++;
    }
  }
  return shouted >= 2 || (letters >= 20 && upper / letters > 0.6);
}

// ---------------------------------------------------------------------------------------------
// Near duplicates

const GREETING_WORDS = new Set(['hi', 'hey', 'hello', 'hiya', 'dear']);

/**
 * Words, numbers and hashtags of a message without the parts a mail merge changes: mentions, the
 * greeted name and the recipient's own name and handle.
 */
function mergeInvariant(text: string, names: string[]): string[] {
  const drop = new Set(names.filter(Boolean).map(foldName));
  const tokens = tokenize(text).filter(
    (t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'hashtag',
  );
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i === 1 && GREETING_WORDS.has(tokens[0].value) && /^\p{Lu}/u.test(t.raw)) continue;
    if (drop.has(foldName(t.value))) continue;
    out.push(t.kind === 'hashtag' ? `#${t.value}` : t.value);
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const union = a.size + b.size - both;
  return union === 0 ? 0 : both / union;
}

/** Below this many words a short thank-you matches every other short thank-you. */
const DUP_MIN_WORDS = 6;
const DUP_JACCARD = 0.8;
// With names and mentions gone, a re-sent template differs only in a word or two.
const DUP_HAMMING = 6;

/** Other recipients (deduplicated, as written) who got nearly this text. */
function duplicateRecipients(
  text: string,
  ctx: OutreachContext,
  username: string,
  name: string | undefined,
): string[] {
  const others = ctx.otherMessages ?? [];
  if (others.length === 0) return [];
  const mine = mergeInvariant(text, [username, ...nameParts(name)]);
  if (mine.length < DUP_MIN_WORDS) return [];
  const mineSet = new Set(mine);
  const mineHash = simhash(mine.join(' '));
  const self = username.toLowerCase();
  const seen = new Map<string, string>();
  for (const o of others) {
    const who = o.recipient.replace(/^[@＠]/, '');
    const key = who.toLowerCase();
    if (key === self || seen.has(key)) continue;
    const theirs = mergeInvariant(o.text, [who]);
    if (theirs.length < DUP_MIN_WORDS) continue;
    const similar =
      jaccard(mineSet, new Set(theirs)) >= DUP_JACCARD ||
      hamming(mineHash, simhash(theirs.join(' '))) <= DUP_HAMMING;
    if (similar) seen.set(key, o.recipient);
  }
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------
// Templates

export interface OutreachTemplate {
  name: string;
  channel: OutreachChannel;
  /** With `{name}`, `{post_topic}`, `{your_goal}` and `{field}` slots. */
  text: string;
}

const TEMPLATES: Record<ContactType, OutreachTemplate[]> = {
  mentor: [
    {
      name: 'Short call after a post',
      channel: 'dm',
      text:
        'Hi {name}, your post on {post_topic} stuck with me. I am {your_goal}, and I am trying to ' +
        'learn how people grow in {field}. Would you be open to a 15-minute call in the next few ' +
        'weeks? Thank you either way for sharing what you know.',
    },
    {
      name: 'One question in reply',
      channel: 'reply',
      text:
        'Thank you for this, {name}. Your point on {post_topic} is what I am working through as ' +
        'I am {your_goal}. What would you tell someone starting out in {field}?',
    },
  ],
  peer: [
    {
      name: 'Compare notes',
      channel: 'dm',
      text:
        'Hi {name}, I enjoyed your post on {post_topic}. I am also {your_goal} in {field}, and ' +
        'it would be good to compare notes. Would you be up for a 15-minute chat next week? ' +
        'Thanks for sharing your progress.',
    },
    {
      name: 'Reply with a question',
      channel: 'reply',
      text:
        'Thanks for writing this up, {name}. Your take on {post_topic} helps a lot while I am ' +
        '{your_goal}. How did you decide where to start in {field}?',
    },
  ],
  recruiter: [
    {
      name: 'Role fit',
      channel: 'dm',
      text:
        'Hi {name}, thanks for your post on {post_topic}. I am {your_goal}, with a background in ' +
        '{field}. Would you be open to a 15-minute call about whether my experience fits the ' +
        'roles you recruit for? Happy to send my resume if useful.',
    },
    {
      name: 'Reply to an opening',
      channel: 'reply',
      text:
        'Thanks for sharing this, {name}. Your post on {post_topic} matches what I am looking ' +
        'for as I am {your_goal} in {field}. May I send you a DM with a short summary?',
    },
  ],
  hiring_manager: [
    {
      name: 'Learn about the team',
      channel: 'dm',
      text:
        'Hi {name}, your post on {post_topic} was a clear look at how your team works. I am ' +
        '{your_goal} in {field}, and I would value your view on what makes someone strong in ' +
        'that work. Would you be open to a 15-minute chat? Thank you for considering it.',
    },
    {
      name: 'Thoughtful reply',
      channel: 'reply',
      text:
        'Thank you for sharing this, {name}. Your point on {post_topic} is useful for me as I am ' +
        '{your_goal} in {field}. What skill do you see missing most often?',
    },
  ],
};

/**
 * Polite starting points for a contact type, each with one small ask and a thank-you, and short
 * enough for its channel once filled. Fresh copies: callers may edit them.
 */
export function outreachTemplates(contactType: ContactType): OutreachTemplate[] {
  return (TEMPLATES[contactType] ?? []).map((t) => ({ ...t }));
}

/**
 * Replaces `{slot}` with `slots.slot`. Slots without a value stay as written, so the check
 * reports them as unfilled instead of sending "Hi ,".
 */
export function fillTemplate(text: string, slots: Record<string, string>): string {
  return text.replace(/\{([A-Za-z_]\w*)\}/g, (whole, key: string) =>
    Object.hasOwn(slots, key) && typeof slots[key] === 'string' ? slots[key] : whole,
  );
}
