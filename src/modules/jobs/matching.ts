/**
 * How well a job posting fits a seeker, with the reasons a coach can check: the title against the
 * roles they target, the level against their career stage, the place against where they can work
 * (offline gazetteer, no API), and the skills the post names.
 *
 * Titles are compared as sets of normalized words: lowercase, abbreviations spelled one way (SWE,
 * SDE → software engineer; PM → product manager; ML → machine learning; front end → frontend),
 * "developer" and "programmer" read as "engineer", and seniority words removed (level is scored on
 * its own). The role noun (engineer, manager, analyst) weighs less than the specialty (data,
 * frontend, security): "Data Engineer" and "Security Engineer" share a noun but not a job. A
 * posting is *related* to a target when they share a specialty word, or a field (libs/people
 * FIELDS: "Software Engineer" and "Backend Engineer" are both backend); an unrelated posting can
 * still be scored (a coach may push it) but never ranks as a good match.
 *
 * `matchAll` finds every related pair through an index from specialty words and fields to
 * postings, so each seeker scores only the postings that could fit; `naiveMatchAll` scores every
 * pair and gives the same answer.
 */
import { distanceKm, fieldOf, locate } from '@libs/people';

export type Workplace = 'remote' | 'hybrid' | 'on-site';
export type MatchCareerStage =
  | 'student'
  | 'exploring'
  | 'early_career'
  | 'mid_career'
  | 'senior'
  | 'career_change'
  | 'returning';
export type RemotePreference = 'remote_only' | 'open' | 'on_site_ok';

export interface MatchPosting {
  title: string;
  seniority: string | null;
  location: string | null;
  workplace: Workplace | null;
  /** The post's text, for skills. */
  text?: string | null;
}

export interface MatchSeeker {
  id: string;
  targetRoles: string[];
  skills: string[];
  careerStage: MatchCareerStage;
  /** Where the seeker can work, already resolved by the gazetteer. */
  places: { name: string; lat: number; lng: number }[];
  remote: RemotePreference;
}

export interface MatchResult {
  /** 0..1. */
  score: number;
  /** Why, good and bad, most telling first. */
  reasons: string[];
  /** What rules the posting out whatever the score: far away, on-site for a remote-only seeker. */
  blockers: string[];
}

export interface SeekerMatch {
  seekerId: string;
  postingIndex: number;
  score: number;
  reasons: string[];
}

export interface MatchAllOptions {
  /** Matches below this are left out. Default 0.5, the service's threshold. */
  minScore?: number;
  /** At most this many matches per seeker, best first. Default 20. */
  perSeeker?: number;
}

// ---- titles ----

/** Phrases spelled one way before splitting into words; order matters (longest first). */
const PHRASES: [RegExp, string][] = [
  [/\bfront[\s-]?end\b/g, 'frontend'],
  [/\bback[\s-]?end\b/g, 'backend'],
  [/\bfull[\s-]?stack\b/g, 'fullstack'],
  [/\bmachine learning\b/g, 'ml'],
  [/\bartificial intelligence\b/g, 'ai'],
  [/\buser experience\b/g, 'ux'],
  [/\buser interface\b/g, 'ui'],
  [/\bquality assurance\b/g, 'qa'],
  [/\bdev[\s-]?ops\b/g, 'devops'],
  [/\bdev[\s-]?rel\b/g, 'developer relations'],
  [/\bsite reliability\b/g, 'sre'],
  [/\bsre engineer\b/g, 'sre'],
];

/** Single-word abbreviations to what they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  swe: 'software engineer',
  sde: 'software engineer',
  sre: 'site reliability engineer',
  pm: 'product manager',
  tpm: 'technical program manager',
  em: 'engineering manager',
  dev: 'developer',
  devs: 'developer',
  eng: 'engineer',
  engr: 'engineer',
  mgr: 'manager',
  ae: 'account executive',
  sdr: 'sales development representative',
  bdr: 'business development representative',
  csm: 'customer success manager',
  fe: 'frontend engineer',
  ds: 'data scientist',
};

/** Words for one role noun: "React developer" is the same job as "React engineer". */
const NOUNS: Record<string, string> = {
  developer: 'engineer',
  developers: 'engineer',
  programmer: 'engineer',
  engineers: 'engineer',
  engineering: 'engineer',
  managers: 'manager',
  designers: 'designer',
  analysts: 'analyst',
  scientists: 'scientist',
};

/** Role nouns: shared alone, they do not make two titles the same job. */
const GENERIC = new Set([
  'engineer',
  'manager',
  'analyst',
  'designer',
  'scientist',
  'specialist',
  'consultant',
  'associate',
  'representative',
  'executive',
  'architect',
  'administrator',
  'coordinator',
  'officer',
  'director',
  'researcher',
  'writer',
  'advocate',
  'technician',
  'operator',
]);
const GENERIC_WEIGHT = 0.6;

/** Level words, scored as seniority and left out of the title. */
const LEVEL_WORDS: Record<string, number> = {
  intern: 0,
  internship: 0,
  trainee: 0,
  apprentice: 1,
  graduate: 1,
  grad: 1,
  entry: 1,
  junior: 1,
  jr: 1,
  associate: 1,
  mid: 2,
  intermediate: 2,
  senior: 3,
  sr: 3,
  staff: 4,
  principal: 4,
  lead: 4,
  distinguished: 5,
  head: 5,
  director: 5,
  vp: 5,
  chief: 5,
};
const FILLER = new Set([
  'of',
  'and',
  'the',
  'a',
  'an',
  'for',
  'to',
  'in',
  'level',
  'i',
  'ii',
  'iii',
  'iv',
  'v',
]);

interface NormalizedTitle {
  /** Words with weights: specialty 1, role noun 0.6. */
  words: Map<string, number>;
  total: number;
  /** Specialty words (empty for a bare "Engineer"). */
  specific: string[];
  field: string | null;
  /** Level the title names (0 intern … 5 head of), or null. */
  level: number | null;
}

function normalizeTitle(title: string): NormalizedTitle {
  let s = ` ${title.toLowerCase().replace(/[^a-z0-9+#&/]+/g, ' ')} `;
  for (const [re, to] of PHRASES) s = s.replace(re, to);
  const raw = s.split(/[\s/&]+/).filter(Boolean);
  const expanded: string[] = [];
  for (const w of raw) expanded.push(...(ABBREVIATIONS[w] ?? w).split(' '));
  const words = new Map<string, number>();
  const specific: string[] = [];
  let level: number | null = null;
  for (const w of expanded) {
    // "Associate Product Manager" is a junior PM; "Account Executive" keeps its noun.
    if (w in LEVEL_WORDS && !(w === 'associate' && expanded.length === 1)) {
      level = Math.max(level ?? 0, LEVEL_WORDS[w]);
      continue;
    }
    if (FILLER.has(w)) continue;
    const noun = NOUNS[w] ?? w;
    const weight = GENERIC.has(noun) ? GENERIC_WEIGHT : 1;
    if (!words.has(noun)) {
      words.set(noun, weight);
      if (weight === 1) specific.push(noun);
    }
  }
  // Fields are read from the spelled-out phrase, which is how FIELDS spells titles.
  const field = fieldOf(expanded.join(' '));
  let total = 0;
  for (const w of words.values()) total += w;
  return { words, total, specific, field, level };
}

/** Weighted Jaccard of two titles' words. */
function titleSimilarity(a: NormalizedTitle, b: NormalizedTitle): number {
  let shared = 0;
  for (const [w, weight] of a.words) if (b.words.has(w)) shared += weight;
  const union = a.total + b.total - shared;
  return union > 0 ? shared / union : 0;
}

/** Title credit for a posting in the same field as a target but with other words. */
const SAME_FIELD = 0.35;

// ---- seniority ----

const STAGE_LABEL: Record<MatchCareerStage, string> = {
  student: 'a student',
  exploring: 'exploring',
  early_career: 'early career',
  mid_career: 'mid career',
  senior: 'senior',
  career_change: 'changing careers',
  returning: 'returning to work',
};

/** Fit of a posting level (index: 0 intern … 5 head of) to a career stage. */
const LEVEL_FIT: Record<MatchCareerStage, readonly number[]> = {
  student: [1, 0.9, 0.3, 0, 0, 0],
  exploring: [0.9, 1, 0.5, 0.1, 0, 0],
  early_career: [0.6, 1, 0.6, 0.1, 0, 0],
  career_change: [0.6, 1, 0.6, 0.1, 0, 0],
  returning: [0.3, 0.8, 1, 0.8, 0.4, 0.2],
  mid_career: [0, 0.5, 1, 0.7, 0.3, 0.1],
  senior: [0, 0.1, 0.5, 1, 1, 0.7],
};
const LEVEL_NAME = [
  'Internship',
  'Junior role',
  'Mid-level role',
  'Senior role',
  'Staff or lead role',
  'Leadership role',
];

function postingLevel(seniority: string | null, title: NormalizedTitle): number {
  if (seniority) {
    const words = seniority.toLowerCase().split(/[^a-z]+/);
    let level: number | null = null;
    for (const w of words) if (w in LEVEL_WORDS) level = Math.max(level ?? 0, LEVEL_WORDS[w]);
    if (level !== null) return level;
  }
  // A title without a level word is the company's ordinary, mid-level opening.
  return title.level ?? 2;
}

// ---- places ----

const NEAR_KM = 40;
const COMMUTE_KM = 100;
const FAR_KM = 250;

interface Located {
  /** Index of the distinct location string, for per-seeker distance caches. */
  id: number;
  lat: number;
  lng: number;
}

/** Resolves each distinct location string once. */
class PlaceCache {
  private readonly cache = new Map<string, Located | null>();
  size = 0;

  get(location: string | null): Located | null {
    if (!location) return null;
    let hit = this.cache.get(location);
    if (hit === undefined) {
      const p = locate(location);
      hit = p ? { id: this.size++, lat: p.lat, lng: p.lng } : null;
      this.cache.set(location, hit);
    }
    return hit;
  }
}

// ---- skills ----

const SKILL_TOKEN = /[a-z0-9](?:[a-z0-9+#.]*[a-z0-9+#])?/g;
const skillTokens = (s: string) => s.toLowerCase().match(SKILL_TOKEN) ?? [];

// ---- prepared inputs ----

interface PreparedPosting {
  title: NormalizedTitle;
  /** Index of the distinct title string, so a seeker compares each title once. */
  titleId: number;
  level: number;
  place: Located | null;
  location: string | null;
  workplace: Workplace | null;
  /** Words of the title and text, for skills; null without text. */
  words: Set<string> | null;
}

interface PreparedSeeker {
  seeker: MatchSeeker;
  roles: { name: string; title: NormalizedTitle }[];
  /** Fields of the target roles, or of the skills when there are no roles. */
  fields: Set<string>;
  skills: { name: string; tokens: string[] }[];
  levelFit: readonly number[];
  /** Neither roles nor a field: every posting is related, none by much. */
  open: boolean;
}

class Postings {
  readonly list: PreparedPosting[] = [];
  readonly titles: NormalizedTitle[] = [];
  private readonly titleIds = new Map<string, number>();
  readonly places = new PlaceCache();

  add(p: MatchPosting): PreparedPosting {
    let titleId = this.titleIds.get(p.title);
    if (titleId === undefined) {
      titleId = this.titles.length;
      this.titles.push(normalizeTitle(p.title));
      this.titleIds.set(p.title, titleId);
    }
    const title = this.titles[titleId];
    const prepared: PreparedPosting = {
      title,
      titleId,
      level: postingLevel(p.seniority, title),
      place: p.workplace === 'remote' ? null : this.places.get(p.location),
      location: p.location,
      workplace: p.workplace,
      words: p.text ? new Set(skillTokens(`${p.title} ${p.text}`)) : null,
    };
    this.list.push(prepared);
    return prepared;
  }
}

function prepareSeeker(s: MatchSeeker): PreparedSeeker {
  const roles = s.targetRoles
    .map((name) => ({ name, title: normalizeTitle(name) }))
    .filter((r) => r.title.words.size > 0);
  const fields = new Set(roles.flatMap((r) => (r.title.field ? [r.title.field] : [])));
  if (!roles.length && s.skills.length) {
    const f = fieldOf(s.skills.join(', '));
    if (f) fields.add(f);
  }
  const skills = new Map<string, { name: string; tokens: string[] }>();
  for (const name of s.skills) {
    const tokens = skillTokens(name);
    if (tokens.length && !skills.has(tokens.join(' ')))
      skills.set(tokens.join(' '), { name, tokens });
  }
  return {
    seeker: s,
    roles,
    fields,
    skills: [...skills.values()],
    levelFit: LEVEL_FIT[s.careerStage] ?? LEVEL_FIT.returning,
    open: roles.length === 0 && fields.size === 0,
  };
}

// ---- scoring ----

const W_TITLE = 0.5;
const W_LEVEL = 0.15;
const W_PLACE = 0.25;
const W_SKILLS = 0.1;
/** Unrelated postings keep only this share of their other points, so they never rank high. */
const UNRELATED = 0.5;
/** Marks a blocked pair in the hot path, where no reasons are built. */
const BLOCKED = -1;

interface TitleFit {
  value: number;
  role: string | null;
  how: 'exact' | 'close' | 'field' | 'none';
}

function titleFit(title: NormalizedTitle, s: PreparedSeeker): TitleFit {
  if (s.open) return { value: 0.3, role: null, how: 'none' };
  let best = 0;
  let role: string | null = null;
  let how: TitleFit['how'] = 'none';
  for (const r of s.roles) {
    const sim = titleSimilarity(r.title, title);
    // Sharing only a role noun relates titles only when the target names nothing more specific.
    const specific =
      r.title.specific.length === 0 ? sim > 0 : r.title.specific.some((w) => title.words.has(w));
    if (specific && sim > best) {
      best = sim;
      role = r.name;
      how = sim >= 0.999 ? 'exact' : 'close';
    }
  }
  if (title.field && s.fields.has(title.field) && best < SAME_FIELD) {
    best = SAME_FIELD;
    how = 'field';
    role = s.roles.find((r) => r.title.field === title.field)?.name ?? null;
  }
  return { value: best, role, how };
}

const related = (t: TitleFit, s: PreparedSeeker) => s.open || t.how !== 'none';

/** Distance to the seeker's nearest place. */
function nearestKm(place: Located, s: PreparedSeeker): number {
  let km = Infinity;
  for (const q of s.seeker.places) km = Math.min(km, distanceKm(place, q));
  return km;
}

/** How well the place suits the seeker, or BLOCKED. `km` is the distance when there is one. */
function placeFit(p: PreparedPosting, s: PreparedSeeker, km: number): number {
  const remote = s.seeker.remote;
  if (p.workplace === 'remote') return remote === 'remote_only' ? 1 : 0.9;
  if (remote === 'remote_only' && p.workplace !== null) return BLOCKED;
  if (p.place && s.seeker.places.length) {
    if (km > FAR_KM) return BLOCKED;
    return km <= NEAR_KM ? 1 : km <= COMMUTE_KM ? 0.7 : 0.3;
  }
  // Unknown place, or a seeker without places: neither a reason for nor against.
  return remote === 'remote_only' ? 0.2 : 0.5;
}

function skillsFound(p: PreparedPosting, s: PreparedSeeker): number {
  let found = 0;
  for (const k of s.skills) {
    let all = true;
    for (const w of k.tokens) if (!p.words!.has(w)) all = false;
    if (all) found++;
  }
  return found;
}

/** The score from its parts; the one formula every entry point uses. */
function combine(p: PreparedPosting, s: PreparedSeeker, t: TitleFit, place: number): number {
  let weights = W_TITLE + W_LEVEL + W_PLACE;
  let total = W_TITLE * t.value + W_LEVEL * (s.levelFit[p.level] ?? 0.5) + W_PLACE * place;
  if (p.words && s.skills.length) {
    weights += W_SKILLS;
    total += W_SKILLS * Math.min(1, skillsFound(p, s) / Math.min(3, s.skills.length));
  }
  let value = total / weights;
  if (!related(t, s)) value *= UNRELATED;
  return Math.round(value * 1000) / 1000;
}

function explain(p: PreparedPosting, s: PreparedSeeker, t: TitleFit): MatchResult {
  const reasons: string[] = [];
  const blockers: string[] = [];
  const seeker = s.seeker;
  switch (t.how) {
    case 'exact':
      reasons.push(`Title matches the target role '${t.role}'`);
      break;
    case 'close':
      reasons.push(`Title is close to the target role '${t.role}'`);
      break;
    case 'field':
      reasons.push(
        t.role
          ? `Same field as the target role '${t.role}' (${p.title.field})`
          : `In a chosen field (${p.title.field})`,
      );
      break;
    case 'none':
      if (!s.open) reasons.push('Not one of the target roles');
      break;
  }
  const fit = s.levelFit[p.level] ?? 0.5;
  const stage = STAGE_LABEL[seeker.careerStage];
  if (fit >= 0.9) reasons.push(`${LEVEL_NAME[p.level]}; fits ${stage}`);
  else if (fit <= 0.3) reasons.push(`${LEVEL_NAME[p.level]}; unusual for ${stage}`);

  const km = p.place && seeker.places.length ? nearestKm(p.place, s) : NaN;
  const place = placeFit(p, s, km);
  if (p.workplace === 'remote') reasons.push('Remote');
  else if (seeker.remote === 'remote_only' && p.workplace !== null) {
    blockers.push(`${p.workplace === 'hybrid' ? 'Hybrid' : 'On-site'}; remote only wanted`);
  }
  if (!Number.isNaN(km) && p.workplace !== 'remote') {
    const mode =
      p.workplace === 'hybrid' ? ' (hybrid)' : p.workplace === 'on-site' ? ' (on-site)' : '';
    const line = `${p.location ?? 'This posting'}${mode} — ${Math.round(km).toLocaleString('en-US')} km from the nearest preferred place`;
    if (km > FAR_KM) blockers.push(line);
    else if (seeker.remote !== 'remote_only' || p.workplace === null) reasons.push(line);
  }
  if (p.words && s.skills.length) {
    const found = s.skills.filter((k) => k.tokens.every((w) => p.words!.has(w)));
    if (found.length)
      reasons.push(`Mentions profile skills: ${found.map((k) => k.name).join(', ')}`);
  }
  return { score: combine(p, s, t, Math.max(0, place)), reasons, blockers };
}

/** Scores one posting for one seeker. Pure; looks up the posting's place in the gazetteer. */
export function scoreMatch(posting: MatchPosting, seeker: MatchSeeker): MatchResult {
  const p = new Postings().add(posting);
  const s = prepareSeeker(seeker);
  return explain(p, s, titleFit(p.title, s));
}

// ---- many at once ----

/** The best `k` by score, then by posting index, kept in a sorted array (k is small). */
class Best {
  readonly items: { index: number; score: number }[] = [];

  constructor(private readonly k: number) {}

  /** Whether a posting with this score would be kept; cheap, so the caller checks first. */
  admits(score: number, index: number): boolean {
    if (this.items.length < this.k) return this.k > 0;
    const last = this.items[this.items.length - 1];
    return score > last.score || (score === last.score && index < last.index);
  }

  offer(index: number, score: number): void {
    if (!this.admits(score, index)) return;
    const items = this.items;
    if (items.length === this.k) items.pop();
    let i = items.length;
    while (
      i > 0 &&
      (items[i - 1].score < score || (items[i - 1].score === score && items[i - 1].index > index))
    )
      i--;
    items.splice(i, 0, { index, score });
  }
}

function prepareAll(postings: readonly MatchPosting[]): Postings {
  const all = new Postings();
  for (const p of postings) all.add(p);
  return all;
}

function collect(best: Best, all: Postings, s: PreparedSeeker, out: SeekerMatch[]): void {
  for (const { index, score } of best.items) {
    const p = all.list[index];
    out.push({
      seekerId: s.seeker.id,
      postingIndex: index,
      score,
      reasons: explain(p, s, titleFit(p.title, s)).reasons,
    });
  }
}

function options(opts: MatchAllOptions) {
  return { minScore: opts.minScore ?? 0.5, perSeeker: opts.perSeeker ?? 20 };
}

/**
 * The best related, unblocked postings for each seeker, best first (ties by posting index).
 * Postings are indexed by title words and fields, so a seeker meets only related titles, and each
 * distinct title and place is compared once per seeker.
 */
export function matchAll(
  postings: readonly MatchPosting[],
  seekers: readonly MatchSeeker[],
  opts: MatchAllOptions = {},
): SeekerMatch[] {
  const { minScore, perSeeker } = options(opts);
  const all = prepareAll(postings);
  const byTitle: number[][] = all.titles.map(() => []);
  all.list.forEach((p, i) => byTitle[p.titleId].push(i));
  const byWord = new Map<string, number[]>();
  const byField = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, id: number) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  all.titles.forEach((t, id) => {
    for (const w of t.words.keys()) add(byWord, w, id);
    if (t.field) add(byField, t.field, id);
  });

  const out: SeekerMatch[] = [];
  // A stamp per title marks it as seen for the current seeker without clearing a set.
  const stamp = new Int32Array(all.titles.length).fill(-1);
  const km = new Float64Array(all.places.size);
  seekers.forEach((seeker, si) => {
    const s = prepareSeeker(seeker);
    const titles: number[] = [];
    const take = (ids: number[] | undefined) => {
      for (const id of ids ?? []) {
        if (stamp[id] !== si) {
          stamp[id] = si;
          titles.push(id);
        }
      }
    };
    if (s.open) take(all.titles.map((_, id) => id));
    for (const r of s.roles) {
      for (const w of r.title.specific.length ? r.title.specific : r.title.words.keys()) {
        take(byWord.get(w));
      }
    }
    for (const f of s.fields) take(byField.get(f));
    km.fill(NaN);
    const best = new Best(perSeeker);
    for (const id of titles) {
      const t = titleFit(all.titles[id], s);
      if (!related(t, s)) continue;
      for (const i of byTitle[id]) {
        const p = all.list[i];
        let d = NaN;
        if (p.place && seeker.places.length) {
          d = km[p.place.id];
          if (Number.isNaN(d)) d = km[p.place.id] = nearestKm(p.place, s);
        }
        const place = placeFit(p, s, d);
        if (place === BLOCKED) continue;
        const score = combine(p, s, t, place);
        if (score >= minScore) best.offer(i, score);
      }
    }
    collect(best, all, s, out);
  });
  return out;
}

/** `matchAll` by scoring every pair from scratch: the reference for tests and the benchmark. */
export function naiveMatchAll(
  postings: readonly MatchPosting[],
  seekers: readonly MatchSeeker[],
  opts: MatchAllOptions = {},
): SeekerMatch[] {
  const { minScore, perSeeker } = options(opts);
  const all = prepareAll(postings);
  const out: SeekerMatch[] = [];
  for (const seeker of seekers) {
    const s = prepareSeeker(seeker);
    const best = new Best(perSeeker);
    all.list.forEach((p, i) => {
      const t = titleFit(p.title, s);
      const d = p.place && seeker.places.length ? nearestKm(p.place, s) : NaN;
      const place = placeFit(p, s, d);
      const score = combine(p, s, t, Math.max(0, place));
      if (related(t, s) && place !== BLOCKED && score >= minScore) best.offer(i, score);
    });
    collect(best, all, s, out);
  }
  return out;
}
