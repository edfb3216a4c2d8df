/**
 * Hiring signals in a post: whether it advertises a job, and which role, team, place and workplace
 * it names. Job posts on X are short and formulaic ("We're hiring a Senior Data Engineer in Austin
 * (hybrid) <link> #hiring", "Data Engineer | Acme | Austin | hybrid | <link>"), so patterns over
 * the raw text do well, and they can be read and fixed when they miss. Role titles are found as a
 * run of capitalized words ending in a role noun (Engineer, Designer, Manager, ...), or as plain
 * words after "hiring"/"looking for"; places only where a list of places or the post's layout
 * says they are places.
 */
import { PLACES, placeKey } from './places.js';
import { STOPWORDS } from './stopwords.js';

export type Workplace = 'remote' | 'hybrid' | 'onsite';

export interface HiringSignals {
  /** The post advertises an opening (not a seeker looking for one). */
  hiring: boolean;
  /** Role titles in title case, singular, in order of appearance, without duplicates. */
  roles: string[];
  /** Team names, lowercase ("on our data platform team" gives "data platform"). */
  teams: string[];
  /** Places as written ("Austin", "New York", "US"), plus "remote" for remote work. */
  locations: string[];
  /** The first workplace type the post names. */
  workplace: Workplace | null;
}

const ROLE_NOUNS = [
  'Engineer',
  'Developer',
  'Designer',
  'Manager',
  'Analyst',
  'Scientist',
  'Researcher',
  'Recruiter',
  'Marketer',
  'Writer',
  'Copywriter',
  'Editor',
  'Lead',
  'Advocate',
  'Executive',
  'Representative',
  'Architect',
  'Consultant',
  'Specialist',
  'Director',
  'Administrator',
  'Coordinator',
  'Strategist',
  'Producer',
  'Intern',
  'Officer',
  'Technician',
  'Electrician',
  'Accountant',
  'Counsel',
  'Attorney',
  'Owner',
  'Tester',
  'Programmer',
  'Associate',
  'Operator',
  'Journalist',
  'Reporter',
  'Economist',
  'Statistician',
  'Nurse',
  'Teacher',
  'Instructor',
  'Tutor',
  'Planner',
];
const NOUN_ALT = ROLE_NOUNS.join('|');
const NOUN_SET = new Set(ROLE_NOUNS.map((n) => n.toLowerCase()));

/** A word of a title: Capitalized, an acronym (UX, SRE), Sr/Jr, or hyphenated (Full-Stack). */
const TITLE_WORD = String.raw`(?:(?:Sr|Jr)\.?|\p{Lu}[\p{L}\p{N}+#]*(?:-[\p{L}\p{N}]+)*)`;
const TITLE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@#$_-])((?:${TITLE_WORD}[ \t]+){0,5})(${NOUN_ALT})s?(?![\p{L}\p{N}_-])`,
  'dgu',
);
const HEAD_OF_RE =
  /(?<![\p{L}\p{N}@#$_-])(?:(?:Head|VP|Vice President|Director) of \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?|Chief \p{Lu}\p{L}+ Officer)(?![\p{L}\p{N}_-])/gu;
/** A word that can sit inside a lowercase title: not a function word ("designer who can lead"). */
const PLAIN_WORD = String.raw`(?!(?:to|who|can|that|which|and|or|with|for|in|at|on|of|the|a|an|is|are|be|will|would|our|your|their|my|we|you|they|it|this|as|by|from|than|so|if|but|not|no)\b)[\p{L}][\p{L}\p{N}+#-]*`;
/** Lowercase titles, only right after a word that says someone is wanted. */
const ANCHORED_RE = new RegExp(
  String.raw`\b(hiring|looking for|seeking|searching for|in search of|needs?|wants?)[ \t]+(?:(?:an?|one|two|three|several|some|more|\d+)[ \t]+)?((?:${PLAIN_WORD}[ \t]+){0,4})(${NOUN_ALT})s?(?![\p{L}\p{N}_-])`,
  'dgiu',
);

/** Words that open a capitalized run without being part of the title. */
const NOT_TITLE = new Set([
  'hiring',
  'join',
  'new',
  'open',
  'now',
  'hot',
  'great',
  'know',
  'looking',
  'seeking',
  'wanted',
  'apply',
  'remote',
  'hybrid',
  'onsite',
  'on-site',
  'role',
  'job',
  'position',
  'dear',
  'hey',
  'hi',
  'hello',
  'urgent',
  'amazing',
  'awesome',
  'talented',
  'strong',
  'experienced',
  'passionate',
  'rockstar',
  'ninja',
  'few',
  'good',
  'next',
  'first',
  'become',
  'calling',
  'attention',
  'congrats',
  'congratulations',
  'meet',
  'welcome',
  'shoutout',
  'thanks',
]);
const SENIORITY = new Set(['senior', 'sr', 'sr.', 'junior', 'jr', 'jr.', 'staff', 'principal']);
const ACRONYMS = new Set([
  'ux',
  'ui',
  'qa',
  'ml',
  'ai',
  'sre',
  'it',
  'hr',
  'seo',
  'bi',
  'ios',
  'gtm',
]);

const HIRING_PHRASES: RegExp[] = [
  /\b(?:we['’]?re|we are|i['’]?m|i am|is|are|am|now|currently|still|actively|also)[ \t]+hiring\b(?![ \t]+(?:freeze|managers?)\b)/i,
  /\bjoin (?:our|my|the) (?:[\p{L}-]+ )?team\b/iu,
  /\bcome work with (?:me|us)\b/i,
  /\b(?:our|we have|i have|\d+)[ \t]+open[ \t]+(?:[\p{L}-]+[ \t]+)?(?:roles?|positions?|jobs?|reqs?)\b/iu,
  /\b(?:open|new) (?:roles?|positions?|openings?)[ \t]*:/i,
  /\bjob (?:alert|opening)s?\b/i,
  /\b(?:wir suchen|wir stellen ein|estamos contratando|estamos buscando|nous recrutons|on recrute)\b/i,
];
const HIRING_TAGS = new Set([
  'hiring',
  'nowhiring',
  'hiringnow',
  'wearehiring',
  'jobs',
  'techjobs',
  'jobalert',
  'jobopening',
  'joinourteam',
  'joinus',
]);
const WANTING = new Set([
  'looking for',
  'seeking',
  'searching for',
  'in search of',
  'need',
  'needs',
]);
const HASHTAG_RE = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/gu;
const SEEKER_RE =
  /#opentowork\b|\bopen to work\b|\b(?:looking for|seeking)[ \t]+(?:a |an |my )?(?:new |next |first )?(?:role|job|position|internship)\b/i;
/** A title named as the job someone wants ("looking for a Data Engineer role"). */
const SEEKER_TITLE_RE = new RegExp(
  String.raw`\b(?:looking for|seeking)[ \t]+(?:an?[ \t]+)?(?:${TITLE_WORD}[ \t]+){0,5}(?:${NOUN_ALT})s?[ \t]+(?:role|job|position|opportunit)`,
  'iu',
);

const WORKPLACES: [Workplace, RegExp][] = [
  ['remote', /\bremote|\bwork from (?:home|anywhere)\b|\bwfh\b/i],
  ['hybrid', /\bhybrid\b/i],
  ['onsite', /\bon[- ]?site\b|\bin[- ](?:office|person)\b/i],
];

const LAYOUT_MODE_RE =
  /[(,|][ \t]*(remote|hybrid|on-?site|in-office)\b|\b(remote|hybrid|on-?site|in-office)(?=[ \t]*(?:[),|]|in\b))/gi;
const workplaceOf = (mode: string): Workplace => {
  const m = mode.toLowerCase();
  return m === 'remote' ? 'remote' : m === 'hybrid' ? 'hybrid' : 'onsite';
};

const MODE = String.raw`(?:[Rr]emote|REMOTE|[Hh]ybrid|HYBRID|[Oo]n-?[Ss]ite|ON-?SITE|[Ii]n-[Oo]ffice)`;
/** A capitalized place name of up to four words, with Rio *de* Janeiro style connectors. */
const PLACE_SEQ = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:de|da|do|del|la|am|of)[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
const STATE = String.raw`(?:,[ \t]*[A-Z]{2}\b)?`;
const IN_PLACE_RE = new RegExp(
  String.raw`\b[Ii]n[ \t]+(?:the[ \t]+)?(${PLACE_SEQ})(${STATE})`,
  'gu',
);
/** A place the layout marks as one, even off the list: "(Lagos, hybrid)", "(remote, EMEA)". */
const LAID_OUT_RE: RegExp[] = [
  new RegExp(String.raw`\([ \t]*(${PLACE_SEQ})[ \t]*,[ \t]*${MODE}[ \t]*\)`, 'gu'),
  new RegExp(String.raw`\([ \t]*${MODE}[ \t]*,[ \t]*(${PLACE_SEQ})[ \t]*\)`, 'gu'),
];
const MODE_ONLY_RE = new RegExp(String.raw`^${MODE}$`, 'u');
const PLACE_ONLY_RE = new RegExp(String.raw`^${PLACE_SEQ}$`, 'u');
const ANYWHERE_RE = /\b(?:in|from)[ \t]+(?:anywhere|worldwide)\b/i;
/** Looser layouts ("Austin, hybrid", "Austin (hybrid)") count only for places on the list. */
const LOOSE_LAYOUT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${PLACE_SEQ})[ \t]*(?:,[ \t]*|\([ \t]*)${MODE}\b`,
  'gu',
);
const REMOTE_PLACE = new Set(['remote', 'anywhere', 'worldwide']);

const TEAM_RE =
  /\b(our|the|my|their|your|his|her|its|a|an)[ \t]+((?:[\p{L}][\p{L}\p{N}&+-]*[ \t]+){1,3}?)teams?\b/giu;
const GERMAN_TEAM_RE = /(?<![\p{L}\p{N}])(\p{L}+)-Team\b/gu;
const NOT_TEAM = new Set([
  'whole',
  'entire',
  'great',
  'small',
  'big',
  'amazing',
  'awesome',
  'best',
  'new',
  'remote',
  'growing',
  'distributed',
  'global',
  'same',
  'other',
  'every',
  'incredible',
  'fantastic',
  'talented',
  'strong',
  'core',
  'wonderful',
  'brilliant',
  'first',
  'next',
  'hiring',
  'dream',
  'winning',
  'world-class',
  'real',
  'different',
  'diverse',
  'fast',
  'young',
  'lean',
  'tight-knit',
  'happy',
  'passionate',
  'inclusive',
  'supportive',
  'collaborative',
  'friendly',
  'local',
  'international',
  'cross-functional',
]);

/** Reads a post for a job opening and what it says about it. Never throws. */
export function hiringSignals(text: string): HiringSignals {
  if (typeof text !== 'string' || text.length === 0) {
    return { hiring: false, roles: [], teams: [], locations: [], workplace: null };
  }
  // Links carry no signal and their paths are full of capitals and slashes.
  const t = text.replace(/https?:\/\/\S+/gi, ' ');
  const roles = findRoles(t);
  const locations = findLocations(t);
  let workplace = findWorkplace(t);
  // "in anywhere", "Remote" as the place: the opening is remote even if no mode is named.
  if (workplace === null && locations.includes('remote')) workplace = 'remote';
  if (workplace === 'remote' && !locations.includes('remote')) locations.push('remote');
  return { hiring: isHiring(t), roles, teams: findTeams(t), locations, workplace };
}

function isHiring(t: string): boolean {
  if (SEEKER_RE.test(t) || SEEKER_TITLE_RE.test(t)) return false;
  if (HIRING_PHRASES.some((re) => re.test(t))) return true;
  for (const m of t.matchAll(HASHTAG_RE)) if (HIRING_TAGS.has(m[1].toLowerCase())) return true;
  // "Looking for a Product Designer", "Acme needs a Data Engineer": a title in capitals after a
  // word of wanting; "everyone wants a manager who listens" is not an opening.
  for (const m of t.matchAll(ANCHORED_RE)) {
    if (WANTING.has(m[1].toLowerCase()) && /^\p{Lu}/u.test(m[3])) return true;
  }
  return false;
}

function findRoles(t: string): string[] {
  const found: { start: number; end: number; title: string }[] = [];
  /** Drops the words of a title run that are not part of the title, keeping the noun. */
  const add = (m: RegExpMatchArray, mods: number, noun: number, keep: (w: string) => boolean) => {
    const [modStart] = m.indices![mods];
    const kept: string[] = [];
    let start = m.indices![noun][0];
    for (const w of m[mods].matchAll(/\S+/g)) {
      if (kept.length === 0 && !keep(w[0])) continue;
      if (kept.length === 0) start = modStart + w.index;
      kept.push(w[0]);
    }
    return { start, end: m.indices![noun][1], kept };
  };
  for (const m of t.matchAll(TITLE_RE)) {
    const { start, end, kept } = add(m, 1, 2, (w) => !isNotTitle(w));
    // A bare noun in capitals is too often a sentence start ("Lead with that").
    if (kept.length) found.push({ start, end, title: [...kept, m[2]].join(' ') });
  }
  for (const m of t.matchAll(HEAD_OF_RE)) {
    found.push({ start: m.index, end: m.index + m[0].length, title: m[0] });
  }
  for (const m of t.matchAll(ANCHORED_RE)) {
    // "hiring managers" are the people who hire, not the job.
    if (m[1].toLowerCase() === 'hiring' && m[3].toLowerCase() === 'manager' && !m[2]) continue;
    const { start, end, kept } = add(m, 2, 3, (w) => !isNotTitle(w));
    found.push({ start, end, title: [...kept, m[3]].join(' ') });
  }
  // Longest first at each start, so that a title inside another ("Lead" in "Lead Software
  // Engineer", found by another pattern) ends before the one already kept and is dropped.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  const seen = new Set<string>();
  let coveredTo = -1;
  for (const { end, title } of found) {
    if (end <= coveredTo) continue;
    coveredTo = Math.max(coveredTo, end);
    const clean = titleCase(title);
    const key = clean.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

function isNotTitle(word: string): boolean {
  const w = word.toLowerCase();
  if (SENIORITY.has(w)) return false;
  return NOT_TITLE.has(w) || STOPWORDS.has(w) || PLACES.has(placeKey(word));
}

function titleCase(title: string): string {
  return title
    .split(/\s+/)
    .map((w, i, all) => {
      const l = w.toLowerCase();
      if (ACRONYMS.has(l)) return l.toUpperCase();
      // Singular noun: "Engineers" was matched as "Engineer" already; keep "of" lowercase.
      if (l === 'of' && i > 0 && i < all.length - 1) return 'of';
      if (w === w.toUpperCase() && w.length <= 4 && /\p{L}/u.test(w)) return w;
      return w
        .split('-')
        .map((p) => (p ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p))
        .join('-');
    })
    .join(' ');
}

function findWorkplace(t: string): Workplace | null {
  // A mode where a job post's layout puts it, "(hybrid)", ", remote", "| on-site |", "hybrid in",
  // is the opening's; a mode in running text may be about something else.
  // "Remote" is also a place ("Remote, hybrid", "| Remote | hybrid |"): next to another mode, it
  // is the place.
  const laid = [...t.matchAll(LAYOUT_MODE_RE)].map((m) => workplaceOf(m[1] ?? m[2]));
  if (laid.length) return laid.find((w) => w !== 'remote') ?? 'remote';
  let best: Workplace | null = null;
  let at = Infinity;
  for (const [kind, re] of WORKPLACES) {
    const m = re.exec(t);
    if (m && m.index < at) {
      at = m.index;
      best = kind;
    }
  }
  return best;
}

function findLocations(t: string): string[] {
  const found: { at: number; place: string }[] = [];
  for (const m of t.matchAll(IN_PLACE_RE)) {
    const place = knownPlace(m[1]);
    if (place) found.push({ at: m.index, place: place === m[1] ? place + m[2] : place });
    else if (m[2] && !hasRoleNoun(m[1])) found.push({ at: m.index, place: m[1] + m[2] });
  }
  for (const re of LAID_OUT_RE) {
    for (const m of t.matchAll(re)) {
      const seq = m[1];
      const place = knownPlace(seq) ?? knownSuffix(seq);
      if (place) found.push({ at: m.index, place });
      else if (!hasRoleNoun(seq) && !isNotTitle(seq.split(/[ \t]+/)[0])) {
        found.push({ at: m.index, place: seq });
      }
    }
  }
  // "Title | Company | Place | mode": the field before the last mode field is the place.
  if (t.includes('|')) {
    const fields = t.split('|').map((f) => f.trim());
    let i = fields.length - 1;
    while (i > 0 && !MODE_ONLY_RE.test(fields[i])) i--;
    const seq = fields[i - 1];
    if (i > 0 && PLACE_ONLY_RE.test(seq) && !hasRoleNoun(seq)) {
      found.push({ at: t.lastIndexOf(seq), place: knownPlace(seq) ?? seq });
    }
  }
  const anywhere = ANYWHERE_RE.exec(t);
  if (anywhere) found.push({ at: anywhere.index, place: 'remote' });
  for (const m of t.matchAll(LOOSE_LAYOUT_RE)) {
    const place = knownSuffix(m[1]);
    if (place) found.push({ at: m.index + m[1].length - place.length, place });
  }
  found.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { place } of found) {
    // "Austin." at the end of a sentence, but "U.S." as written.
    const p = REMOTE_PLACE.has(placeKey(place)) ? 'remote' : place.replace(/^([^.]*)\.$/, '$1');
    const key = placeKey(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

/** The longest leading run of words that is a known place (or "Remote"), as written. */
function knownPlace(seq: string): string | null {
  const words = seq.split(/[ \t]+/);
  for (let n = words.length; n > 0; n--) {
    const cand = words
      .slice(0, n)
      .join(' ')
      .replace(/[’'-]+$/, '');
    const key = placeKey(cand);
    if (PLACES.has(key) || REMOTE_PLACE.has(key)) return cand;
  }
  return null;
}

/** The longest trailing run of words that is a known place: "Acme Austin" gives "Austin". */
function knownSuffix(seq: string): string | null {
  const words = seq.split(/[ \t]+/);
  for (let i = 0; i < words.length; i++) {
    const cand = words.slice(i).join(' ');
    const key = placeKey(cand);
    if (PLACES.has(key) || REMOTE_PLACE.has(key)) return cand;
  }
  return null;
}

function hasRoleNoun(seq: string): boolean {
  return seq.split(/[ \t]+/).some((w) => NOUN_SET.has(w.toLowerCase().replace(/s$/, '')));
}

function findTeams(t: string): string[] {
  const found: { at: number; team: string }[] = [];
  for (const m of t.matchAll(TEAM_RE)) {
    const words = m[2].split(/[ \t]+/).filter(Boolean);
    // "the Acme team" is a company, not a team; "The data team" at a sentence start is a team.
    if (
      m[1].toLowerCase() === 'the' &&
      /^\p{Lu}/u.test(words[0]) &&
      words[0] !== words[0].toUpperCase()
    ) {
      continue;
    }
    while (words.length && NOT_TEAM.has(words[0].toLowerCase())) words.shift();
    // "a Denver team" says where, not which.
    if (words.length && PLACES.has(placeKey(words.join(' ')))) continue;
    if (words.length === 0 || words.some((w) => STOPWORDS.has(w.toLowerCase()))) continue;
    found.push({ at: m.index, team: words.join(' ').toLowerCase() });
  }
  for (const m of t.matchAll(GERMAN_TEAM_RE)) found.push({ at: m.index, team: m[1].toLowerCase() });
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.team))];
}
