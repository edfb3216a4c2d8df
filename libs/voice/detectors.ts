/**
 * What a recruiter scrolling a seeker's profile would stop at: profanity, hostility toward an
 * employer or colleague, and personal data anyone could copy. Each detector reports only what the
 * text literally contains, from fixed word lists and formats, so a finding can always be shown
 * next to the words that caused it. Nothing here guesses who the author is: no detector looks
 * for, or reports, health, religion, politics, sexuality, ethnicity, age, pregnancy or union
 * membership.
 *
 * Found values are masked before they leave this file (a phone number as "(512) …"), so a report
 * that is logged or shown to a coach does not spread the data it warns about.
 */

export type Severity = 'high' | 'medium' | 'low';

export interface ProfanityMatch {
  /** The word with a letter starred out: "d*mn". */
  masked: string;
  severity: Severity;
}

export interface HostilityMatch {
  /** The words from the target to the negative cue, as written: "management is a joke". */
  snippet: string;
  severity: Severity;
}

export type PersonalDataKind = 'phone' | 'address' | 'email' | 'birth_date' | 'government_id';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** Enough to find it in the post, not enough to use it: "(512) …", "j…@gmail.com". */
  masked: string;
  severity: Severity;
}

const URLS = /\b(?:https?:\/\/|www\.)\S+/gi;

const withoutUrls = (text: string) => text.replace(URLS, ' ');

// ---------------------------------------------------------------------------------------------
// Profanity

/**
 * Patterns over a whole word after undoing the usual disguises (sh1t, $hit, f*ck, a$$), so that
 * "Scunthorpe", "assess", "class" and "hello" never match: a profane root inside a longer word is
 * not profanity. Compound forms people actually write (bullshit, shitshow, dumbass) are listed.
 */
const PROFANITY: readonly { re: RegExp; severity: Severity }[] = [
  {
    re: /^(?:mother|motha)?(?:f|ph)(?:[uv]+|\*+)(?:c|\*)?k+(?:s|ed|er|ers|a|in|ing|ings|face|wit|wits|head|heads|tard|up|off)?$/,
    severity: 'high',
  },
  { re: /^f\*{2,3}(?:ing|in|ed|er|s)?$/, severity: 'high' },
  { re: /^fc?k(?:ing|in|n|ed|er|s)$|^fck$/, severity: 'high' },
  { re: /^c[u*]nts?$/, severity: 'high' },
  {
    re: /^(?:bull|horse|dip|chicken|ape|holy)?sh[i*]+te?(?:s|ty|tier|tiest|show|shows|head|heads|hole|holes|ting|ted|storm|post|posts|posting|load|faced)?$/,
    severity: 'medium',
  },
  { re: /^b[i*]tch(?:es|y|ing|ed)?$/, severity: 'medium' },
  {
    re: /^(?:dumb|jack|smart|kiss|lard|fat)?a[s*][s*](?:hole|holes|hat|hats|wipe|wipes|clown|clowns)?$/,
    severity: 'medium',
  },
  { re: /^bastards?$/, severity: 'medium' },
  { re: /^piss(?:ed|es|ing|y)?$/, severity: 'medium' },
  { re: /^dickheads?$|^douche(?:s|bag|bags)?$|^twats?$|^wankers?$|^bollocks$/, severity: 'medium' },
  { re: /^(?:god)?d[a*]mn(?:ed|it|s)?$|^god?dam+it$/, severity: 'low' },
  { re: /^hell$/, severity: 'low' },
  { re: /^crap(?:s|py|pier|piest|ola)?$/, severity: 'low' },
  { re: /^(?:wtf|stfu|fml|wth)$/, severity: 'low' },
];

/** Disguises: a digit or symbol standing in for the letter it looks like. */
const LEET: Readonly<Record<string, string>> = {
  '1': 'i',
  '!': 'i',
  '3': 'e',
  '0': 'o',
  $: 's',
  '5': 's',
  '@': 'a',
  '4': 'a',
  '7': 't',
  '+': 't',
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

export const worse = (a: Severity, b: Severity): Severity =>
  SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;

export const milder = (s: Severity): Severity => (s === 'high' ? 'medium' : 'low');

function profanitySeverity(candidate: string): Severity | null {
  if (!/\p{L}/u.test(candidate)) return null;
  // Only a word that mixes letters with stand-ins is a disguise; "2024" or "$100" is not.
  const plain = candidate.replace(/[10!35$@47+]/g, (c) => LEET[c] ?? c);
  for (const { re, severity } of PROFANITY) if (re.test(plain)) return severity;
  return null;
}

function maskWord(word: string): string {
  // Already starred by its author.
  if (word.includes('*')) return word;
  const chars = [...word];
  if (chars.length <= 1) return '*';
  let i = chars.findIndex((c, k) => k > 0 && /[aeiouy1!30@4]/i.test(c));
  if (i < 0) i = 1;
  chars[i] = '*';
  return chars.join('');
}

/** Profane words, whole words only, disguised spellings included; in order of appearance. */
export function findProfanity(text: string): ProfanityMatch[] {
  if (typeof text !== 'string') return [];
  const out: ProfanityMatch[] = [];
  for (const m of withoutUrls(text).matchAll(/[\p{L}\p{M}\p{N}*$@!#'’+_-]+/gu)) {
    let chunk = m[0];
    // Someone's handle is their name, not the author's language.
    if (/^[@＠][A-Za-z0-9_]/.test(chunk)) continue;
    chunk = chunk.replace(/^[#'’_-]+/, '').replace(/['’]s$/i, '');
    // "*damn*" is emphasis; a trailing star alone is more likely a disguise ("f***").
    if (/^\*+[^*]+\*+$/.test(chunk)) chunk = chunk.replace(/^\*+|\*+$/g, '');
    chunk = chunk.replace(/^!+|[!'’_-]+$/g, '');
    if (chunk.length === 0) continue;
    const lower = chunk.toLowerCase();
    const candidates = new Set([lower, lower.replace(/[-_]/g, ''), ...lower.split(/[-_]+/)]);
    let severity: Severity | null = null;
    for (const c of candidates) {
      const s = c.length > 0 ? profanitySeverity(c) : null;
      if (s !== null) severity = severity === null ? s : worse(severity, s);
    }
    if (severity !== null) out.push({ masked: maskWord(chunk), severity });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Hostility

/** People and organisations a seeker works for or with. */
const TARGETS = new Set(
  `boss bosses manager managers management mgmt employer employers company companies coworker
   coworkers co-worker co-workers colleague colleagues teammate teammates leadership ceo cto cfo
   execs executives supervisor supervisors hr recruiter recruiters interviewer interviewers
   workplace`.split(/\s+/),
);

/** Nouns that name an employer only with a determiner: "my job", not "job search tips". */
const TARGETS_AFTER_DETERMINER = new Set(['job', 'team', 'office', 'org', 'firm', 'employer']);
const DETERMINERS = new Set(
  'my our this that the current old former previous last ex their'.split(' '),
);
/** "my job search" is about the search, not the employer. */
const NOT_EMPLOYER_AFTER_JOB = new Set(
  'search searching hunt hunting market board boards fair application applications posting postings offer offers interview interviews'.split(
    ' ',
  ),
);

/** Insults aimed at people: high severity near a target. */
const INSULTS = new Set(
  `idiot idiots idiotic moron morons moronic stupid dumb useless incompetent incompetence clueless
   pathetic garbage trash clown clowns hate hated hates hating despise despised loathe disgusting
   liars liar scam scammers fraud frauds asshole assholes dick dicks bitch jerk jerks bully
   bullies cowards spineless`.split(/\s+/),
);

/** Complaints: medium severity near a target. */
const COMPLAINTS = new Set(
  `toxic worst terrible awful horrible joke sucks suck sucked lazy rude unprofessional nightmare
   exploitative disgrace shameful evil micromanager micromanagers micromanaging micromanage
   micromanages`.split(/\s+/),
);

/** Complaints that carry their own negation, so a "not" inside them must not cancel them. */
const COMPLAINT_PHRASES: readonly string[][] = [
  'zero respect',
  'no respect',
  'could not even',
  "couldn't even",
  'did not even',
  "didn't even",
  'never work for',
  'never work at',
  'never working for',
  'stay away from',
  'run away from',
  'glad to be out',
  'good riddance',
  'do not believe',
  "don't believe",
  'do not trust',
  "don't trust",
  'waste of time',
  'treat us like',
  'treated us like',
  'treated me like',
  'treats us like',
].map((p) => p.split(' '));

const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'hardly', 'zero']);
const isNegator = (w: string) => NEGATORS.has(w) || /n['’]t$/.test(w);

/** How far apart (in words, within a sentence) a target and a cue may be. */
const HOSTILITY_WINDOW = 6;

interface Word {
  value: string;
  raw: string;
  start: number;
  end: number;
}

function sentencesOf(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const part of text.split(/([.!?…]+(?=\s|$)|\n+)/)) {
    if (part.length > 0 && !/^[.!?…\n]+$/.test(part)) out.push({ text: part, offset });
    offset += part.length;
  }
  return out;
}

function wordsOf(sentence: string): Word[] {
  const out: Word[] = [];
  for (const m of sentence.matchAll(/[@＠]?[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*/gu)) {
    const raw = m[0].replace(/['’]s$/, '');
    out.push({
      value: raw.toLowerCase().replace(/’/g, "'"),
      raw,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

function isTarget(words: readonly Word[], i: number): boolean {
  const w = words[i].value;
  if (w.startsWith('@') || w.startsWith('＠')) return true;
  if (TARGETS.has(w)) return true;
  if (!TARGETS_AFTER_DETERMINER.has(w) || i === 0) return false;
  if (!DETERMINERS.has(words[i - 1].value)) return false;
  return !(w === 'job' && i + 1 < words.length && NOT_EMPLOYER_AFTER_JOB.has(words[i + 1].value));
}

interface Cue {
  start: number;
  end: number;
  severity: Severity;
}

function cuesOf(words: readonly Word[]): Cue[] {
  const cues: Cue[] = [];
  const covered = new Set<number>();
  for (const phrase of COMPLAINT_PHRASES) {
    outer: for (let i = 0; i + phrase.length <= words.length; i++) {
      for (let j = 0; j < phrase.length; j++) if (words[i + j].value !== phrase[j]) continue outer;
      cues.push({ start: i, end: i + phrase.length - 1, severity: 'medium' });
      for (let j = 0; j < phrase.length; j++) covered.add(i + j);
    }
  }
  words.forEach((w, i) => {
    if (covered.has(i)) return;
    const severity: Severity | null = INSULTS.has(w.value)
      ? 'high'
      : COMPLAINTS.has(w.value)
        ? 'medium'
        : null;
    if (severity === null) return;
    // "my manager is not an idiot", "I don't hate my job".
    for (let k = Math.max(0, i - 2); k < i; k++) if (isNegator(words[k].value)) return;
    cues.push({ start: i, end: i, severity });
  });
  return cues;
}

/**
 * Hostility toward an employer or colleague: a target (boss, manager, company, coworkers, "my
 * job", an @-mentioned account) and an insult or complaint within six words of it in the same
 * sentence. Either alone is ordinary: "worst week ever" names nobody, "my manager" is praise as
 * often as not.
 */
export function findHostility(text: string): HostilityMatch[] {
  if (typeof text !== 'string') return [];
  const plain = withoutUrls(text);
  const out: HostilityMatch[] = [];
  for (const sentence of sentencesOf(plain)) {
    const words = wordsOf(sentence.text);
    const targets = words.map((_, i) => i).filter((i) => isTarget(words, i));
    if (targets.length === 0) continue;
    for (const cue of cuesOf(words)) {
      let nearest = -1;
      let distance = Infinity;
      for (const t of targets) {
        const d = t < cue.start ? cue.start - t : t > cue.end ? t - cue.end : 0;
        if (d < distance) [nearest, distance] = [t, d];
      }
      if (nearest < 0 || distance > HOSTILITY_WINDOW) continue;
      const from = words[Math.min(nearest, cue.start)].start;
      const to = words[Math.max(nearest, cue.end)].end;
      out.push({ snippet: sentence.text.slice(from, to), severity: cue.severity });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Personal data

const MASK = '…';

/** Keeps the first digits of a number (with its punctuation) and drops the rest. */
function maskDigits(s: string, keep: number): string {
  let seen = 0;
  let i = 0;
  for (; i < s.length && seen < keep; i++) if (/\d/.test(s[i])) seen++;
  let head = s.slice(0, i);
  if (head.includes('(') && !head.includes(')') && s[i] === ')') head += ')';
  return `${head.replace(/[\s.-]+$/, '')} ${MASK}`;
}

const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}_+\-./])(?:\+|\(\+?)?\d[\d ().-]{5,22}\d(?![\p{L}\p{N}_]|[.\-/]\d)/gu;
const PHONE_CONTEXT =
  /\b(?:call|text|phone|tel|cell|mobile|whatsapp|signal|sms|ring|reach me|contact me|number)\b[^.!?\n]{0,24}$/i;

function phoneAt(text: string, candidate: string, index: number): string | null {
  const s = candidate.trim();
  if (/[\s.-]{2,}|[().]{2,}/.test(s.replace(/\) /g, ')').replace(/ \(/g, '('))) return null;
  if ((s.match(/\(/g) ?? []).length !== (s.match(/\)/g) ?? []).length) return null;
  const groups = s.split(/[^\d]+/).filter((g) => g.length > 0);
  const digits = groups.join('').length;
  if (digits < 7 || digits > 15) return null;
  const lens = groups.map((g) => g.length);
  // ISO dates, times and ranges of years are the commonest digit runs with dashes.
  if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(s)) return null;
  if (s.startsWith('+') || s.startsWith('(+')) {
    return digits >= 8 && (groups.length >= 2 || digits >= 10) ? s : null;
  }
  // North American: [1] (NXX) NXX-XXXX.
  const tail = lens.slice(-3).join(',');
  if (tail === '3,3,4' && (lens.length === 3 || (lens.length === 4 && groups[0] === '1'))) {
    const area = groups[groups.length - 3];
    if (/^[2-9]/.test(area)) return s;
  }
  // National formats with a trunk 0 (UK 07911 123456, FR 06 12 34 56 78, DE 030 1234567).
  if (/^\(?0/.test(s) && groups.length >= 2 && digits >= 10 && digits <= 11) return s;
  // A bare run of digits or a local 555-0123 is a phone number only when the post says so.
  const before = text.slice(Math.max(0, index - 40), index);
  if (PHONE_CONTEXT.test(before) && (digits >= 10 || (digits === 7 && tail.endsWith('3,4')))) {
    return s;
  }
  return null;
}

const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g;
const ID_KEYWORD =
  /\b(?:ssn|social security(?: number| no\.?)?|passport(?: number| no\.?| #)?|driver['’]?s? licen[cs]e(?: number| no\.?)?|national (?:id|insurance)(?: number| no\.?)?|id number|tax id|aadhaar(?: number)?)|\b(?:NINO|NIF|DNI|NIE|PESEL|BSN)\b/gi;
/** Case-sensitive, so that "is 12345678 and I lost it" ends at the number. */
const ID_VALUE = /\s*(?:is|:|#|=)?\s*([A-Z]{0,3}\d[\d -]{2,18}\d[A-Z]?)(?![\p{L}\p{N}])/uy;
const NINO = /\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;

const STREET_SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Way|Square|Sq|Trail|Trl|Crescent|Close';
const STREET_US = new RegExp(
  String.raw`(?<![\p{L}\p{N}$#.,:/-])(\d{1,6}[A-Za-z]?)\s+` +
    String.raw`((?:(?:N|S|E|W|North|South|East|West)\.?\s+)?(?:\d{1,3}(?:st|nd|rd|th)|\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3})` +
    String.raw`\s+(${STREET_SUFFIX})\b\.?(?!\p{L})`,
  'gu',
);
const STREET_NAME_FIRST = new RegExp(
  String.raw`(?<!\p{L})((?:Calle|Avenida|Rua|Via|Viale|Piazza)\s+(?:(?:de|del|da|do|la|dos|das)\s+)?\p{Lu}[\p{L}'’-]*|\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|gracht|straat))\s*,?\s+(\d{1,4}[a-z]?)(?![\p{L}\p{N}])`,
  'gu',
);

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}])/gu;
/** Addresses that reach a desk, not a person. */
const ROLE_MAILBOX =
  /^(?:info|hello|hi|jobs|careers|career|contact|support|team|press|media|hr|recruiting|talent|admin|sales|hiring|noreply|no-reply|office|help)$/i;
const MAIL_PROVIDERS = new Set(
  `gmail.com googlemail.com yahoo.com ymail.com hotmail.com outlook.com live.com msn.com icloud.com
   me.com mac.com aol.com proton.me protonmail.com gmx.com gmx.de gmx.net web.de mail.com
   yandex.com yandex.ru zoho.com fastmail.com hey.com tutanota.com qq.com 163.com naver.com`.split(
    /\s+/,
  ),
);

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const FULL_DATE =
  String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|` +
  String.raw`${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?,?\s+\d{4})`;
const BIRTH_DATE = new RegExp(
  String.raw`\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date of birth|birth ?date|birthday(?:\s+is)?)\s*[:\-–]?\s*(${FULL_DATE})(?![\p{N}])`,
  'giu',
);

const shape = (s: string) => s.replace(/\p{L}/gu, '•').replace(/\d/g, '•');

/**
 * Personal data a post exposes: phone numbers (North American, international with +, national
 * with a trunk 0, bare digits only after "call", "text"...), street addresses ("123 Main St",
 * "Hauptstraße 5"), e-mail addresses of people (not jobs@, hello@...), dates of birth after
 * "born", "DOB", "birthday", and government ids (SSN patterns, or a number after "passport",
 * "SSN", "national insurance"...). Values come back masked.
 */
export function findPersonalData(text: string): PersonalDataMatch[] {
  if (typeof text !== 'string') return [];
  const plain = withoutUrls(text);
  const out: PersonalDataMatch[] = [];
  // Spans already reported, so an SSN is not also a phone number and a date not also an id.
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (start: number, end: number, m: PersonalDataMatch) => {
    if (!free(start, end)) return;
    taken.push([start, end]);
    out.push(m);
  };

  for (const m of plain.matchAll(EMAIL)) {
    const [local, domain] = m[0].split('@') as [string, string];
    if (ROLE_MAILBOX.test(local)) continue;
    const d = domain.toLowerCase();
    const shownDomain = MAIL_PROVIDERS.has(d) ? d : `${MASK}${d.slice(d.lastIndexOf('.'))}`;
    add(m.index, m.index + m[0].length, {
      kind: 'email',
      masked: `${local[0]}${MASK}@${shownDomain}`,
      severity: 'medium',
    });
  }
  for (const m of plain.matchAll(BIRTH_DATE)) {
    const date = m[1];
    const start = m.index + m[0].length - date.length;
    add(start, start + date.length, {
      kind: 'birth_date',
      masked: `${m[0].slice(0, m[0].length - date.length).trim()} ${shape(date)}`,
      severity: 'medium',
    });
  }
  for (const m of plain.matchAll(SSN)) {
    add(m.index, m.index + m[0].length, {
      kind: 'government_id',
      masked: shape(m[0]),
      severity: 'high',
    });
  }
  for (const m of plain.matchAll(ID_KEYWORD)) {
    // Upper-case acronyms only: "nie" is German for "never".
    if (/^(?:nino|nif|dni|nie|pesel|bsn)$/i.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
    ID_VALUE.lastIndex = m.index + m[0].length;
    const v = ID_VALUE.exec(plain);
    if (v === null) continue;
    const id = v[1].trim();
    if ((id.match(/\d/g) ?? []).length < 4) continue;
    const start = v.index + v[0].length - v[1].length;
    add(start, start + v[1].length, {
      kind: 'government_id',
      masked: `${m[0]} ${shape(id)}`,
      severity: 'high',
    });
  }
  for (const m of plain.matchAll(NINO)) {
    add(m.index, m.index + m[0].length, {
      kind: 'government_id',
      masked: shape(m[0]),
      severity: 'high',
    });
  }
  for (const m of plain.matchAll(PHONE_CANDIDATE)) {
    const phone = phoneAt(plain, m[0], m.index);
    if (phone === null) continue;
    add(m.index, m.index + m[0].length, {
      kind: 'phone',
      masked: maskDigits(phone, phone.startsWith('+') || phone.startsWith('(+') ? 4 : 3),
      severity: 'high',
    });
  }
  for (const m of plain.matchAll(STREET_US)) {
    const [, , name, suffix] = m as unknown as [string, string, string, string];
    add(m.index, m.index + m[0].length, {
      kind: 'address',
      masked: `${MASK} ${[...name][0]}${MASK} ${suffix}`,
      severity: 'high',
    });
  }
  for (const m of plain.matchAll(STREET_NAME_FIRST)) {
    const name = m[1];
    add(m.index, m.index + m[0].length, {
      kind: 'address',
      masked: `${name.split(/\s+/)[0]} ${MASK}`,
      severity: 'high',
    });
  }
  return out;
}

const KIND_LABEL: Readonly<Record<PersonalDataKind, string>> = {
  phone: 'a phone number',
  address: 'a street address',
  email: 'an e-mail address',
  birth_date: 'a date of birth',
  government_id: 'a government id number',
};

/** 'a phone number "(512) …"' */
export function describePersonalData(m: PersonalDataMatch): string {
  return `${KIND_LABEL[m.kind]} "${m.masked}"`;
}
