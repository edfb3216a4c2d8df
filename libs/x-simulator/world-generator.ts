/**
 * Generates the demo world from a seed. Every random choice comes from a stream forked from the
 * seed per section, no clock or locale is read, and ids are derived from generated times, so the
 * same seed and options give byte-identical data.
 *
 * Posts are drafted first (author, time, text with t.co links, references by draft index), then
 * sorted by time and given snowflake ids, so ids increase with time and a reply or retweet is
 * always newer than what it refers to.
 */
import { Rng } from './random.js';
import { isoTime, snowflake, TWITTER_EPOCH_MS } from './snowflake.js';
import { URL_RE, displayUrl, extractEntities } from './text.js';
import { openingClosed } from './web.js';
import {
  AGENCIES,
  AUDIT_POSTS,
  DEAD_LINK_POSTS,
  DEAD_LINK_SLUGS,
  BRAND_POSTS,
  BURSTS,
  CAREERS_HIRING,
  CERTS,
  CHAT_ANSWERS,
  CHAT_HOST,
  CHATS,
  CITIES,
  COMPANY_SEEDS,
  CONF_AFTER,
  CONF_BEFORE,
  CONF_DURING,
  CONFERENCES,
  CULTURE_THEMES,
  EMPLOYEE_HIRING,
  EMPLOYEE_POSTS,
  EXEC_POSTS,
  FEATURES,
  FIRST_NAMES,
  INDUSTRY_TAGS,
  JOURNALIST_POSTS,
  LAST_NAMES,
  MENTOR_POSTS,
  MENTOR_QUOTES,
  MENTOR_REPLIES,
  NEWS_BY_INDUSTRY,
  NEWS_OUTLETS,
  NEWSWIRE,
  ORG_POSTS,
  ORG_TOPICS,
  ORGS,
  OTHER_LANGUAGE_POSTS,
  PEER_POSTS,
  PEER_QUESTIONS,
  PEER_THANKS,
  RECRUITER_HIRING,
  RECRUITER_POSTS,
  REGIONS,
  ROLE_FAMILIES,
  SENIORITIES,
  SEEKER_OLD_POSTS,
  STAGE_KEYS,
  STAGES,
  TEAMS,
  TRACKING_PARAMS,
  UNIVERSITIES,
  WEEKDAYS,
  WORK_MODES,
  type City,
  type CompanySeed,
  type Industry,
  type RoleFamily,
  type WorkMode,
} from './world-content.js';
import type {
  AccountKind,
  ReferenceType,
  SimBurst,
  SimCompany,
  SimConference,
  SimHashtagChat,
  SimList,
  SimTweet,
  SimUser,
  WorldData,
} from './world.js';

// Globals are slow to reach inside Jest's vm sandbox (its global object defeats V8's inline
// caches) and this code runs hundreds of thousands of times per world, so it reads them once.
const { floor, min, max, round } = Math;
const utc = Date.UTC;
const JsDate = Date;

/** Sizes and the reference time of a generated world; every field is optional. */
export interface WorldOptions {
  /** Reference time (ms since epoch); posts are generated before it. Default `utc(2026, 10, 26)`. */
  now?: number;
  /** How many days of posts to generate before `now`. Default 90. */
  days?: number;
  /** Number of companies (at most 36). Default 30. */
  companies?: number;
  /** Average employees per company (besides brand, careers and executives). Default 14. */
  employeesPerCompany?: number;
  /** Agency recruiters (in-house recruiters come with their company). Default 130. */
  recruiters?: number;
  /** Journalists (news outlets and the newswire are always there). Default 30. */
  journalists?: number;
  /**
   * Mentors: senior people who post advice and reply to early-career peers. Default 120. A sixth as
   * many again (at most 20) are planted twice over for ranking tests (see `SimUser.truth`).
   */
  mentors?: number;
  /** Early-career peers. Default 2400. */
  peers?: number;
  /** Job seekers with their own timelines, some with posts a profile audit should flag. Default 6. */
  seekers?: number;
  /**
   * Who the first job seekers are, in order (the rest are drawn at random), so an app's demo
   * seeker can connect an X account that is really theirs. Without it the world is unchanged.
   */
  seekerPersonas?: SeekerPersona[];
}

export interface SeekerPersona {
  /** Display name, e.g. "Amara Okafor". */
  name: string;
  /** Handle without the @ (1–15 letters, digits or _), unique in the world. */
  username: string;
  /** A role family's field ('data', 'design', …); their posts and bio follow it. */
  field?: string;
  /** A city of the world's list, e.g. "Boston". */
  city?: string;
}

export const DEFAULT_WORLD_NOW = utc(2026, 10, 26);

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

function resolveOptions(o: WorldOptions): Required<WorldOptions> {
  const int = (v: number | undefined, d: number, name: string, max = 1_000_000) => {
    const n = v ?? d;
    if (!Number.isInteger(n) || n < 0 || n > max) {
      throw new RangeError(`world option ${name} must be an integer from 0 to ${max}`);
    }
    return n;
  };
  const now = o.now ?? DEFAULT_WORLD_NOW;
  if (!Number.isFinite(now)) throw new RangeError('world option now must be a time in ms');
  return {
    now: floor(now),
    days: max(1, int(o.days, 90, 'days', 3650)),
    companies: max(1, int(o.companies, 30, 'companies', COMPANY_SEEDS.length)),
    employeesPerCompany: int(o.employeesPerCompany, 14, 'employeesPerCompany', 500),
    recruiters: int(o.recruiters, 130, 'recruiters'),
    journalists: int(o.journalists, 30, 'journalists'),
    mentors: int(o.mentors, 120, 'mentors'),
    peers: int(o.peers, 2400, 'peers'),
    seekers: max(1, int(o.seekers, 6, 'seekers', 1000)),
    seekerPersonas: (o.seekerPersonas ?? []).map((p) => {
      if (!/^\w{1,15}$/.test(p.username)) {
        throw new RangeError(`seeker persona username ${p.username} must be 1–15 of A–Z, 0–9, _`);
      }
      if (p.field && !ROLE_FAMILIES.some((f) => f.field === p.field)) {
        throw new RangeError(`seeker persona field ${p.field} is not a role family`);
      }
      return p;
    }),
  };
}

/* ---------------------------------- time ---------------------------------- */

const dstCache = new Map<number, readonly [number, number]>();

/** US Eastern daylight time: second Sunday of March 07:00 UTC to first Sunday of November 06:00 UTC. */
function dstBounds(year: number): readonly [number, number] {
  let b = dstCache.get(year);
  if (!b) {
    const march1 = new JsDate(utc(year, 2, 1)).getUTCDay();
    const nov1 = new JsDate(utc(year, 10, 1)).getUTCDay();
    const secondSundayMarch = 1 + ((7 - march1) % 7) + 7;
    const firstSundayNov = 1 + ((7 - nov1) % 7);
    b = [utc(year, 2, secondSundayMarch, 7), utc(year, 10, firstSundayNov, 6)];
    dstCache.set(year, b);
  }
  return b;
}

function etOffset(ms: number): number {
  const [start, end] = dstBounds(new JsDate(ms).getUTCFullYear());
  return ms >= start && ms < end ? 4 * HOUR : 5 * HOUR;
}

const etHour = (ms: number) => floor(((((ms - etOffset(ms)) % DAY) + DAY) % DAY) / HOUR);
const etWeekday = (ms: number) => new JsDate(ms - etOffset(ms)).getUTCDay();
/** 00:00 US Eastern of the Eastern calendar day containing `ms`, as a UTC instant. */
function etMidnight(ms: number): number {
  const local = ms - etOffset(ms);
  const midnightLocal = local - (((local % DAY) + DAY) % DAY);
  return midnightLocal + etOffset(midnightLocal + 5 * HOUR);
}
const isoDay = (ms: number) => new JsDate(ms).toISOString().slice(0, 10);

/** Relative posting activity by US Eastern hour. */
const HOUR_WEIGHTS = [
  1, 0.5, 0.3, 0.3, 0.3, 0.5, 1, 2, 4, 5, 5, 5, 5, 5, 5, 5, 4, 4, 3, 3, 3, 3, 2, 1.5,
];

/* ---------------------------------- drafts --------------------------------- */

interface UserDraft {
  kind: AccountKind;
  name: string;
  username: string;
  description: string;
  location: string;
  website?: string;
  createdMs: number;
  id: string;
  company?: number;
  city?: City;
  pinned?: number;
  /** A mentor's or peer's role family, drawn once so that bio and posts agree. */
  family?: RoleFamily;
  /** A peer's stage as its bio shows it: the words (a STAGES entry) and the key (STAGE_KEYS). */
  stage?: { label: string; key: string };
  /** Ground truth for planted accounts (see SimUser.truth). */
  truth?: string[];
}

type UrlDraft = { tco: string; expanded: string } | { tco: string; quoteOf: number };

interface TweetDraft {
  ms: number;
  author: number;
  text: string;
  lang: string;
  urls: UrlDraft[];
  type: 'post' | 'reply' | 'retweet' | 'quote';
  ref?: number;
  labels: string[];
}

interface OpeningDraft {
  id: string;
  title: string;
  family: RoleFamily;
  location: string;
  mode: WorkMode;
  url: string;
  postedMs: number;
  min: number;
  max: number;
}

interface CompanyDraft {
  seed: CompanySeed;
  id: string;
  domain: string;
  themes: string[];
  brand: number;
  careers: number;
  execs: number[];
  employees: number[];
  recruiters: number[];
  openings: OpeningDraft[];
}

interface ConferenceDraft {
  seed: (typeof CONFERENCES)[number];
  hashtag: string;
  account: number;
  startMs: number;
  endMs: number;
  speakers: number[];
}

type Slots = Record<string, string | number>;

/** Fills `{slot}` placeholders; a missing slot is a bug in the generator, so it throws. */
export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = slots[key];
    if (v === undefined) throw new Error(`template slot {${key}} missing in: ${template}`);
    return `${v}`;
  });
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

class WorldBuilder {
  readonly users: UserDraft[] = [];
  readonly drafts: TweetDraft[] = [];
  readonly companies: CompanyDraft[] = [];
  readonly conferences: ConferenceDraft[] = [];
  readonly chats: { seed: (typeof CHATS)[number]; host: number; participants: number[] }[] = [];
  readonly bursts: SimBurst[] = [];
  readonly lists: {
    name: string;
    description: string;
    owner: number;
    members: number[];
    createdMs: number;
  }[] = [];
  readonly byKind = new Map<AccountKind, number[]>();
  /** Where the planted accounts (see plantedMentors) and their posts begin; Infinity until then. */
  planted = { user: Infinity, draft: Infinity };
  /** Where the planted dead-link posts (see plantedLinks) begin; Infinity until then. */
  plantedLinks = Infinity;
  private readonly taken = new Set<string>();
  private readonly tco: Rng;
  readonly start: number;
  /** Posting volume relative to the default 90 days. */
  readonly volume: number;

  constructor(
    readonly rng: Rng,
    readonly cfg: Required<WorldOptions>,
  ) {
    this.tco = rng.fork('tco');
    this.start = cfg.now - cfg.days * DAY;
    this.volume = cfg.days / 90;
  }

  get now(): number {
    return this.cfg.now;
  }

  of(kind: AccountKind): number[] {
    return this.byKind.get(kind) ?? [];
  }

  /* -------------------------------- users -------------------------------- */

  username(base: string): string {
    let u = stripAccents(base)
      .replace(/[^A-Za-z0-9_]/g, '')
      .slice(0, 15);
    if (u.length < 3) u = `${u}_x`;
    let candidate = u;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) {
      const suffix = `${n}`;
      candidate = u.slice(0, 15 - suffix.length) + suffix;
    }
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }

  addUser(
    rng: Rng,
    d: Omit<UserDraft, 'id' | 'createdMs' | 'username'> & { handle: string; createdMs?: number },
  ): number {
    const idx = this.users.length;
    const createdMs =
      d.createdMs ?? utc(2009, 0, 1) + floor(rng.next() * (this.now - 400 * DAY - utc(2009, 0, 1)));
    const { handle, ...rest } = d;
    this.users.push({
      ...rest,
      username: this.username(handle),
      createdMs,
      // Accounts from before snowflakes (Nov 2010) have X's small sequential ids.
      id:
        createdMs < TWITTER_EPOCH_MS
          ? `${14_000_000 + idx * 1000 + (floor(createdMs / 1000) % 1000)}`
          : snowflake(createdMs, 7 + (idx >> 12), idx & 0xfff),
    });
    const group = this.byKind.get(d.kind);
    if (group) group.push(idx);
    else this.byKind.set(d.kind, [idx]);
    return idx;
  }

  person(rng: Rng): { first: string; last: string; name: string } {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    return { first, last, name: `${first} ${last}` };
  }

  personHandle(rng: Rng, first: string, last: string, extra: string): string {
    const f = first.toLowerCase();
    const l = last.toLowerCase();
    return rng.pick([
      `${f}${l}`,
      `${f}_${l}`,
      `${f[0]}${l}`,
      `${f}${l[0]}`,
      `${f}_${extra}`,
      `${f}${l}${extra}`,
      `${first}${last}`,
      `the${f}${l[0]}`,
      `${l}${f[0]}`,
    ]);
  }

  /* -------------------------------- posts -------------------------------- */

  private tcoLink(): string {
    let s = '';
    for (let i = 0; i < 10; i++) s += BASE62[floor(this.tco.next() * 62)];
    return `https://t.co/${s}`;
  }

  private shorten(raw: string): { text: string; urls: UrlDraft[] } {
    const urls: UrlDraft[] = [];
    const text = raw.replace(URL_RE, (expanded) => {
      const tco = this.tcoLink();
      urls.push({ tco, expanded });
      return tco;
    });
    return { text, urls };
  }

  /** A new original post; -1 (and nothing) when `ms` is not before the reference time. */
  post(author: number, ms: number, raw: string, labels: string[], lang = 'en'): number {
    if (ms >= this.now - MIN || author < 0) return -1;
    const { text, urls } = this.shorten(raw);
    this.drafts.push({ ms: floor(ms), author, text, lang, urls, type: 'post', labels });
    return this.drafts.length - 1;
  }

  retweet(author: number, ref: number, delayMs: number): number {
    const orig = this.drafts[ref];
    if (!orig || orig.type === 'retweet' || orig.author === author) return -1;
    const ms = orig.ms + max(1000, floor(delayMs));
    if (ms >= this.now - MIN) return -1;
    const labels = [
      'retweet',
      ...orig.labels.filter((l) => l === 'hiring' || l.startsWith('opening:')),
    ];
    this.drafts.push({
      ms,
      author,
      text: `RT @${this.users[orig.author].username}: ${orig.text}`,
      lang: orig.lang,
      urls: orig.urls,
      type: 'retweet',
      ref,
      labels,
    });
    return this.drafts.length - 1;
  }

  reply(author: number, ref: number, delayMs: number, raw: string, labels: string[]): number {
    const orig = this.drafts[ref];
    if (!orig || orig.type === 'retweet') return -1;
    const ms = orig.ms + max(1000, floor(delayMs));
    if (ms >= this.now - MIN) return -1;
    const { text, urls } = this.shorten(raw);
    this.drafts.push({ ms, author, text, lang: 'en', urls, type: 'reply', ref, labels });
    return this.drafts.length - 1;
  }

  quote(author: number, ref: number, delayMs: number, raw: string, labels: string[]): number {
    const orig = this.drafts[ref];
    if (!orig || orig.type === 'retweet') return -1;
    const ms = orig.ms + max(1000, floor(delayMs));
    if (ms >= this.now - MIN) return -1;
    const shortened = this.shorten(raw);
    const tco = this.tcoLink();
    this.drafts.push({
      ms,
      author,
      text: `${shortened.text} ${tco}`,
      lang: 'en',
      urls: [...shortened.urls, { tco, quoteOf: ref }],
      type: 'quote',
      ref,
      labels,
    });
    return this.drafts.length - 1;
  }

  /** A time in [lo, hi) weighted towards US daytime. */
  time(rng: Rng, lo: number, hi: number): number {
    if (hi <= lo) return lo;
    let t = lo;
    for (let i = 0; i < 8; i++) {
      t = lo + rng.next() * (hi - lo);
      if (rng.next() * 5 < HOUR_WEIGHTS[etHour(t)]) break;
    }
    return floor(t);
  }

  anyTime(rng: Rng): number {
    return this.time(rng, this.start, this.now - MIN);
  }

  count(rng: Rng, min: number, max: number): number {
    return round(rng.int(min, max) * this.volume);
  }
}

/* ------------------------------- sections ---------------------------------- */

function familyFor(rng: Rng): RoleFamily {
  return rng.weighted(ROLE_FAMILIES.map((f, i) => [f, i < 3 ? 3 : 1] as const));
}

function cityLabel(c: City): string {
  return `${c.city}, ${c.region}`;
}

function cityByName(name: string): City {
  return (
    CITIES.find((c) => c.city === name) ?? { city: name, region: '', tag: name.replace(/\W/g, '') }
  );
}

function pickCity(rng: Rng): City {
  // Mostly US cities, as most Perch seekers are.
  return rng.chance(0.8) ? rng.pick(CITIES.slice(0, 16)) : rng.pick(CITIES);
}

const EXEC_TITLES = [
  'CEO & co-founder',
  'CTO',
  'VP Engineering',
  'Chief People Officer',
  'Head of Talent',
  'COO',
];

function buildCompanies(b: WorldBuilder): void {
  const rng = b.rng.fork('companies');
  const [first, ...others] = COMPANY_SEEDS;
  const seeds = [first, ...rng.sample(others, b.cfg.companies - 1)];
  const themeKeys = CULTURE_THEMES.map((t) => t.key);
  seeds.forEach((seed, ci) => {
    const domain = `${seed.name.toLowerCase().replace(/[^a-z0-9]/g, '')}.example`;
    let themes = rng.sample(themeKeys, 3);
    if (seed.industry === 'climate tech' && !themes.includes('sustainability')) {
      themes = ['sustainability', ...themes.slice(0, 2)];
    }
    const city = cityByName(seed.city);
    const location = seed.city === 'Remote' ? 'Remote' : cityLabel(city);
    const brand = b.addUser(rng, {
      kind: 'brand',
      handle: seed.handle,
      name: seed.name,
      description: `We ${seed.mission}. Makers of ${seed.product}. Careers: @${seed.handle.slice(0, 8)}careers`,
      location,
      website: `https://${domain}`,
      company: ci,
      city,
      createdMs: utc(2010 + rng.int(0, 10), rng.int(0, 11), rng.int(1, 28)),
    });
    const careerHandles = [`${seed.handle}careers`, `lifeat${seed.handle}`, `${seed.handle}jobs`];
    const fitting = careerHandles.filter((h) => h.length <= 15);
    const careersHandle = fitting.length ? rng.pick(fitting) : `${seed.handle.slice(0, 8)}careers`;
    const careers = b.addUser(rng, {
      kind: 'careers',
      handle: careersHandle,
      name: rng.chance(0.5) ? `Life at ${seed.name}` : `${seed.name} Careers`,
      description: `Careers at @${b.users[brand].username}. We're hiring across engineering, product and design. ${domain}/careers`,
      location,
      website: `https://${domain}/careers`,
      company: ci,
      city,
    });
    // The brand bio points at the careers account by its real handle.
    b.users[brand].description =
      `We ${seed.mission}. Makers of ${seed.product}. Careers: @${b.users[careers].username}`;
    const brandHandle = b.users[brand].username;
    const execTitles = [EXEC_TITLES[0], ...rng.sample(EXEC_TITLES.slice(1), rng.int(1, 2))];
    const execs = execTitles.map((title) => {
      const p = b.person(rng);
      const bio = rng.pick([
        `${title} @${brandHandle}`,
        `${title} at ${seed.name}. We're on a mission to ${seed.mission}.`,
        `${title}, ${seed.name}. Building ${seed.product}. Hiring!`,
      ]);
      return b.addUser(rng, {
        kind: 'executive',
        handle: b.personHandle(rng, p.first, p.last, 'ceo'),
        name: p.name,
        description: bio,
        location,
        company: ci,
        city,
      });
    });
    const employees: number[] = [];
    const nEmployees = max(0, b.cfg.employeesPerCompany + rng.int(-4, 4));
    for (let i = 0; i < nEmployees; i++) {
      const p = b.person(rng);
      const family = familyFor(rng);
      const title = rng.weighted(SENIORITIES) + rng.pick(family.titles);
      const home = rng.chance(0.7) ? city : pickCity(rng);
      const prev = rng.pick(COMPANY_SEEDS);
      const bio = rng.pick([
        `${title} @${brandHandle}`,
        `Building ${seed.product} at ${seed.name}`,
        `${title} at ${seed.name}. Opinions my own.`,
        `${title} @${brandHandle} · previously ${prev.name} · ${home.city}`,
        `${family.field} nerd. ${title} at ${seed.name}. ${home.city}`,
      ]);
      employees.push(
        b.addUser(rng, {
          kind: 'employee',
          handle: b.personHandle(rng, p.first, p.last, family.field.slice(0, 4)),
          name: p.name,
          description: bio,
          location: cityLabel(home),
          company: ci,
          city: home,
        }),
      );
    }
    const recruiters: number[] = [];
    if (rng.chance(0.6)) {
      const p = b.person(rng);
      recruiters.push(
        b.addUser(rng, {
          kind: 'recruiter',
          handle: b.personHandle(rng, p.first, p.last, 'talent'),
          name: p.name,
          description: rng.pick([
            `Talent partner at ${seed.name}`,
            `Technical recruiter @${brandHandle}. We're hiring!`,
          ]),
          location,
          company: ci,
          city,
        }),
      );
    }
    const openings: OpeningDraft[] = [];
    const nOpenings = rng.int(3, 8);
    const usedNums = new Set<number>();
    for (let i = 0; i < nOpenings; i++) {
      let num = rng.int(100, 999);
      while (usedNums.has(num)) num = rng.int(100, 999);
      usedNums.add(num);
      const family = familyFor(rng);
      const seniority = rng.weighted(SENIORITIES);
      const base = seniority === 'Junior ' ? 70 : seniority === '' ? 100 : 140;
      const min = base + rng.int(0, 4) * 5;
      const mode = rng.pick(WORK_MODES);
      openings.push({
        id: `${seed.handle}-${num}`,
        title: seniority + rng.pick(family.titles),
        family,
        location:
          mode === 'remote'
            ? rng.pick(['US', 'North America', 'anywhere'])
            : rng.chance(0.7)
              ? seed.city
              : pickCity(rng).city,
        mode,
        url: `https://${domain}/careers/${num}`,
        postedMs: b.time(rng, b.start, b.now - 2 * HOUR),
        min,
        max: min + rng.int(3, 8) * 5,
      });
    }
    b.companies.push({
      seed,
      id: seed.handle,
      domain,
      themes,
      brand,
      careers,
      execs,
      employees,
      recruiters,
      openings,
    });
  });
}

function buildPeople(b: WorldBuilder): void {
  const rng = b.rng.fork('people');
  const industries = Object.keys(INDUSTRY_TAGS) as Industry[];
  for (let i = 0; i < b.cfg.recruiters; i++) {
    const p = b.person(rng);
    const city = pickCity(rng);
    const agency = rng.pick(AGENCIES);
    const [i1, i2] = rng.sample(industries, 2);
    b.addUser(rng, {
      kind: 'recruiter',
      handle: b.personHandle(rng, p.first, p.last, 'recruits'),
      name: p.name,
      description: rng.pick([
        `Tech recruiter | ${i1} & ${i2} | ${city.city}`,
        `Founder, ${agency}. Placing engineers in ${i1}.`,
        `Recruiter at ${agency}. I reply to every DM. #hiring`,
        `Talent partner for ${i1} startups. ${city.city}.`,
      ]),
      location: cityLabel(city),
      city,
    });
  }
  for (const o of NEWS_OUTLETS) {
    const industry = o.industry === 'jobs' ? 'tech jobs' : o.industry;
    b.addUser(rng, {
      kind: 'news',
      handle: o.handle,
      name: o.name,
      description: `${industry[0].toUpperCase()}${industry.slice(1)} news, funding and jobs. Daily.`,
      location: '',
      website: `https://${o.handle}.example`,
      createdMs: utc(2011 + rng.int(0, 10), rng.int(0, 11), rng.int(1, 28)),
    });
  }
  b.addUser(rng, {
    kind: 'news',
    handle: NEWSWIRE.handle,
    name: NEWSWIRE.name,
    description: 'Tech headlines every 30 minutes, around the clock.',
    location: '',
    website: `https://${NEWSWIRE.handle}.example`,
    createdMs: utc(2012, 5, 1),
  });
  for (let i = 0; i < b.cfg.journalists; i++) {
    const p = b.person(rng);
    const outlet = rng.pick(NEWS_OUTLETS);
    const industry = outlet.industry === 'jobs' ? 'the job market' : outlet.industry;
    b.addUser(rng, {
      kind: 'news',
      handle: b.personHandle(rng, p.first, p.last, 'news'),
      name: p.name,
      description: `Reporter covering ${industry} at @${outlet.handle}. Tips: DMs open.`,
      location: cityLabel(pickCity(rng)),
    });
  }
  for (let i = 0; i < b.cfg.mentors; i++) {
    const p = b.person(rng);
    const family = familyFor(rng);
    const city = pickCity(rng);
    const years = rng.int(8, 25);
    const prev = rng.pick(COMPANY_SEEDS);
    b.addUser(rng, {
      kind: 'mentor',
      handle: b.personHandle(rng, p.first, p.last, 'coach'),
      name: p.name,
      description: rng.pick([
        `${years} years in ${family.field}. I answer questions from career switchers.`,
        `Principal ${rng.pick(family.titles).toLowerCase()}. Mentor. DMs open for early-career folks.`,
        `Ex-${prev.name} VP. Now coaching new managers. ${city.city}.`,
        `Engineering manager, ${years} yrs. Helping juniors get hired. #mentorship`,
      ]),
      location: cityLabel(city),
      city,
      family,
    });
  }
  for (let i = 0; i < b.cfg.peers; i++) {
    const p = b.person(rng);
    const family = familyFor(rng);
    const city = pickCity(rng);
    const stage = rng.pick(STAGES);
    const title = rng.pick(family.titles);
    const handle = b.personHandle(rng, p.first, p.last, family.field.slice(0, 4));
    const bios = [
      `${stage} ${title.toLowerCase()} in ${city.city} | ${rng.pick(family.tech)} | open to work`,
      `${stage}. Aspiring ${title.toLowerCase()}. ${city.city}.`,
      `CS student @ ${rng.pick(UNIVERSITIES)}. Looking for ${family.field} internships.`,
      `Career switcher: teacher → ${title.toLowerCase()}. ${cityLabel(city)}.`,
      `${title} in training · ${city.city} · #opentowork`,
    ];
    // rng.int(0, n - 1) draws exactly as rng.pick would; the index says which stage the bio shows
    // (the last two name their own, and "in training" reads as junior).
    const bio = rng.int(0, bios.length - 1);
    const shown = [stage, stage, 'CS student', 'Career switcher', 'Junior'][bio];
    b.addUser(rng, {
      kind: 'peer',
      handle,
      name: p.name,
      description: bios[bio],
      location: cityLabel(city),
      city,
      family,
      stage: { label: shown, key: STAGE_KEYS[shown] },
      createdMs: utc(2014, 0, 1) + floor(rng.next() * (b.now - 120 * DAY - utc(2014, 0, 1))),
    });
  }
  for (const o of ORGS) {
    b.addUser(rng, {
      kind: 'organization',
      handle: o.handle,
      name: o.name,
      description: `${o.name}: a community for ${o.focus}. Events, mentorship and jobs. #${o.tag}`,
      location: '',
      website: `https://${o.handle.replace(/_/g, '')}.example`,
    });
  }
}

function companyPosts(b: WorldBuilder): void {
  const rng = b.rng.fork('company-posts');
  const year = new JsDate(b.now).getUTCFullYear();
  for (const c of b.companies) {
    const brandHandle = b.users[c.brand].username;
    const culture = (author: number) => {
      const key = rng.weighted(c.themes.map((t, i) => [t, 3 - i] as const));
      const theme = CULTURE_THEMES.find((t) => t.key === key)!;
      const colleague = c.employees.length ? b.users[rng.pick(c.employees)].name : 'our CTO';
      const text = fill(rng.pick(theme.templates), {
        company: c.seed.name,
        handle: brandHandle,
        city: c.seed.city === 'Remote' ? 'Lisbon' : c.seed.city,
        n: rng.int(2, 9),
        m: rng.int(6, 9),
        team: rng.pick(TEAMS),
        feature: rng.pick(FEATURES),
        year,
        colleague,
      });
      return b.post(author, b.anyTime(rng), text, [`culture:${key}`]);
    };
    for (let i = b.count(rng, 35, 60); i > 0; i--) {
      if (rng.chance(0.4)) {
        culture(c.brand);
        continue;
      }
      const text = fill(rng.pick(BRAND_POSTS), {
        company: c.seed.name,
        handle: brandHandle,
        product: c.seed.product,
        feature: rng.pick(FEATURES),
        n: rng.int(2, 9),
        city: rng.pick(CITIES).city,
        mission: c.seed.mission,
        year,
      });
      const d = b.post(c.brand, b.anyTime(rng), text, ['product']);
      if (d >= 0 && rng.chance(0.05)) b.users[c.brand].pinned = d;
    }
    for (let i = b.count(rng, 15, 30); i > 0; i--) culture(c.careers);
    for (const e of c.execs) {
      for (let i = b.count(rng, 15, 35); i > 0; i--) {
        if (rng.chance(0.15)) {
          culture(e);
          continue;
        }
        const text = fill(rng.pick(EXEC_POSTS), {
          company: c.seed.name,
          handle: brandHandle,
          industry: c.seed.industry,
          industryTag: INDUSTRY_TAGS[c.seed.industry],
          n: rng.int(2, 9),
          mission: c.seed.mission,
          year,
          title: 'engineer',
        });
        b.post(e, b.anyTime(rng), text, ['leadership']);
      }
    }
    for (const e of c.employees) {
      const family = familyFor(rng);
      for (let i = b.count(rng, 3, 14); i > 0; i--) {
        if (rng.chance(0.2)) {
          culture(e);
          continue;
        }
        const others = c.employees.filter((x) => x !== e);
        const text = fill(rng.pick(EMPLOYEE_POSTS), {
          company: c.seed.name,
          handle: brandHandle,
          team: rng.pick(TEAMS),
          tech: rng.pick(family.tech),
          colleague: others.length ? b.users[rng.pick(others)].username : brandHandle,
          feature: rng.pick(FEATURES),
          city: c.seed.city === 'Remote' ? 'Lisbon' : c.seed.city,
        });
        b.post(e, b.anyTime(rng), text, ['employee']);
      }
    }
  }
}

function hexString(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)];
  return s;
}

function openingPosts(b: WorldBuilder): void {
  const rng = b.rng.fork('openings');
  const agency = b.of('recruiter').filter((r) => b.users[r].company === undefined);
  const peers = b.of('peer');
  for (const c of b.companies) {
    const brandHandle = b.users[c.brand].username;
    let latestHiring = -1;
    for (const o of c.openings) {
      const slots = (url: string): Slots => ({
        title: o.title,
        company: c.seed.name,
        handle: brandHandle,
        location: o.location,
        mode: o.mode,
        url,
        min: o.min,
        max: o.max,
        mission: c.seed.mission,
        industryTag: INDUSTRY_TAGS[c.seed.industry],
      });
      const tracked = (poster: number) =>
        o.url +
        fill(rng.pick(TRACKING_PARAMS), {
          handle: b.users[poster].username,
          hex: hexString(rng, 6),
        });
      const labels = () => ['hiring', `opening:${o.id}`];
      const main = b.post(
        c.careers,
        o.postedMs,
        fill(rng.pick(CAREERS_HIRING), slots(o.url)),
        labels(),
      );
      if (main < 0) continue;
      if (latestHiring < 0 || b.drafts[main].ms > b.drafts[latestHiring].ms) latestHiring = main;
      if (rng.chance(0.4)) b.retweet(c.brand, main, rng.int(1, 6) * HOUR);
      for (let k = rng.int(0, 2); k > 0 && c.employees.length; k--) {
        const e = rng.pick(c.employees);
        const url = rng.chance(0.5) ? o.url : `${o.url}?ref=${b.users[e].username}`;
        b.post(
          e,
          o.postedMs + rng.int(1, 72) * HOUR,
          fill(rng.pick(EMPLOYEE_HIRING), slots(url)),
          labels(),
        );
      }
      for (const r of c.recruiters) {
        if (rng.chance(0.7)) {
          b.post(
            r,
            o.postedMs + rng.int(1, 48) * HOUR,
            fill(rng.pick(RECRUITER_HIRING), slots(tracked(r))),
            labels(),
          );
        }
      }
      for (let k = rng.int(0, 5); k > 0 && agency.length; k--) {
        const r = rng.pick(agency);
        const url = rng.chance(0.7) ? tracked(r) : o.url;
        const d = b.post(
          r,
          o.postedMs + rng.int(2, 240) * HOUR,
          fill(rng.pick(RECRUITER_HIRING), slots(url)),
          labels(),
        );
        // Recruiters amplify each other: the same opening again, as a retweet.
        if (d >= 0 && rng.chance(0.3)) b.retweet(rng.pick(agency), d, rng.int(10, 600) * MIN);
      }
      for (let k = rng.int(0, 3); k > 0; k--) {
        const pool = rng.weighted([
          [c.employees, 2],
          [agency, 2],
          [peers, 1],
        ] as const);
        if (pool.length) b.retweet(rng.pick(pool), main, rng.int(10, 2880) * MIN);
      }
    }
    if (latestHiring >= 0) b.users[c.careers].pinned = latestHiring;
  }
  const fields = ROLE_FAMILIES.map((f) => f.field);
  for (const r of b.of('recruiter')) {
    for (let i = b.count(rng, 3, 10); i > 0; i--) {
      const text = fill(rng.pick(RECRUITER_POSTS), {
        field: rng.pick(fields),
        n: rng.int(2, 9),
        mode: rng.pick(WORK_MODES),
        city: b.users[r].city?.city ?? 'Austin',
      });
      b.post(r, b.anyTime(rng), text, ['recruiting']);
    }
  }
}

function newsSlots(b: WorldBuilder, rng: Rng, industry: Industry): Slots {
  const same = b.companies.filter((c) => c.seed.industry === industry);
  const company = () =>
    same.length && rng.chance(0.7) ? rng.pick(same).seed.name : rng.pick(COMPANY_SEEDS).name;
  return {
    company: company(),
    company2: company(),
    n: rng.int(2, 9),
    round: rng.pick(['A', 'B', 'C', 'D']),
    region: rng.pick(REGIONS),
    industry,
    industryTag: INDUSTRY_TAGS[industry],
    q: rng.int(1, 4),
    year: new JsDate(b.now).getUTCFullYear(),
    title: rng.pick(rng.pick(ROLE_FAMILIES).titles),
    city: rng.pick(CITIES).city,
  };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/#\w+/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
}

function newsPosts(b: WorldBuilder): void {
  const rng = b.rng.fork('news');
  const industries = Object.keys(NEWS_BY_INDUSTRY) as Industry[];
  const year = new JsDate(b.now).getUTCFullYear();
  const news = b.of('news');
  const byHandle = new Map(news.map((n) => [b.users[n].username, n]));
  for (const o of NEWS_OUTLETS) {
    const author = byHandle.get(o.handle);
    if (author === undefined) continue;
    for (let i = b.count(rng, 50, 100); i > 0; i--) {
      let text: string;
      if (o.industry === 'jobs') {
        const c1 = rng.pick(b.companies);
        const c2 = rng.pick(b.companies);
        const o1 = rng.pick(c1.openings);
        const o2 = rng.pick(c2.openings);
        text = `This week's top #techjobs: ${o1.title} at ${c1.seed.name} (${o1.mode}) and ${o2.title} at ${c2.seed.name} (${o2.mode}). Full list: https://${o.handle}.example/${year}/week-${rng.int(1, 52)}`;
      } else {
        const headline = fill(
          rng.pick(NEWS_BY_INDUSTRY[o.industry]),
          newsSlots(b, rng, o.industry),
        );
        text = rng.chance(0.6)
          ? `${headline} https://${o.handle}.example/${year}/${slug(headline)}`
          : headline;
      }
      b.post(author, b.anyTime(rng), text, ['news']);
    }
  }
  const wire = byHandle.get(NEWSWIRE.handle);
  if (wire !== undefined) {
    for (let t = b.start + rng.int(0, 29) * MIN; t < b.now - MIN; t += 30 * MIN) {
      const industry = rng.pick(industries);
      const headline = fill(rng.pick(NEWS_BY_INDUSTRY[industry]), newsSlots(b, rng, industry));
      b.post(
        wire,
        t + rng.int(0, 120) * 1000,
        `${headline} https://${NEWSWIRE.handle}.example/${slug(headline)}`,
        ['news', 'newswire'],
      );
    }
  }
  const journalists = news.filter(
    (n) => !NEWS_OUTLETS.some((o) => o.handle === b.users[n].username) && n !== wire,
  );
  for (const j of journalists) {
    const outlet = b.users[j].description.match(/@(\w+)/)?.[1] ?? NEWS_OUTLETS[0].handle;
    const industry = rng.pick(industries);
    for (let i = b.count(rng, 15, 35); i > 0; i--) {
      const text = rng.chance(0.5)
        ? fill(rng.pick(JOURNALIST_POSTS), {
            industry,
            industryTag: INDUSTRY_TAGS[industry],
            outlet,
            n: rng.int(3, 9),
          })
        : `My story today: ${fill(rng.pick(NEWS_BY_INDUSTRY[industry]), newsSlots(b, rng, industry))}`;
      b.post(j, b.anyTime(rng), text, ['news']);
    }
  }
}

function mentorAndPeerPosts(b: WorldBuilder): void {
  const rng = b.rng.fork('mentors-peers');
  const year = new JsDate(b.now).getUTCFullYear();
  const mentors = b.of('mentor');
  const newsPostsIdx = b.drafts.flatMap((d, i) =>
    d.labels[0] === 'news' && d.labels.length === 1 ? [i] : [],
  );
  const industries = Object.keys(INDUSTRY_TAGS) as Industry[];
  for (const m of mentors) {
    // Still drawn, so that every later draw of this stream stays where it was.
    const drawn = familyFor(rng);
    const family = b.users[m].family ?? drawn;
    for (let i = b.count(rng, 15, 35); i > 0; i--) {
      const text = fill(rng.pick(MENTOR_POSTS), {
        field: family.field,
        tech: rng.pick(family.tech),
        title: rng.pick(family.titles),
        n: rng.int(8, 25),
        year,
        industry: rng.pick(industries),
      });
      b.post(m, b.anyTime(rng), text, ['advice']);
    }
    if (newsPostsIdx.length) {
      if (rng.chance(0.5)) {
        b.quote(
          m,
          rng.pick(newsPostsIdx),
          rng.int(30, 600) * MIN,
          fill(rng.pick(MENTOR_QUOTES), { industry: rng.pick(industries), field: family.field }),
          ['advice'],
        );
      }
      if (rng.chance(0.3)) b.retweet(m, rng.pick(newsPostsIdx), rng.int(10, 300) * MIN);
    }
  }
  const peers = b.of('peer');
  const langOf: Record<string, string> = {
    Berlin: 'de',
    Madrid: 'es',
    'São Paulo': 'pt',
    Paris: 'fr',
  };
  for (const p of peers) {
    const u = b.users[p];
    const drawn = familyFor(rng);
    const family = u.family ?? drawn;
    const [tech, tech2] = rng.sample(family.tech, 2);
    const company = rng.pick(b.companies);
    const lang = u.city ? langOf[u.city.city] : undefined;
    const heavy = rng.chance(0.05);
    const site = `https://${slug(u.name)}.example`;
    const slots = (): Slots => {
      const drawnStage = rng.pick(STAGES);
      return {
        stage: u.stage?.label ?? drawnStage,
        field: family.field,
        title: rng.pick(family.titles),
        city: u.city?.city ?? 'Austin',
        cityTag: u.city?.tag ?? 'ATX',
        tech: tech ?? 'SQL',
        tech2: tech2 ?? tech ?? 'Python',
        n: rng.int(2, 60),
        m: rng.int(1, 9),
        year,
        handle: b.users[company.brand].username,
        company: company.seed.name,
        cert: rng.pick(CERTS),
        url: site,
      };
    };
    for (let i = heavy ? b.count(rng, 20, 50) : b.count(rng, 2, 12); i > 0; i--) {
      if (lang && rng.chance(0.35)) {
        const options = OTHER_LANGUAGE_POSTS.filter((o) => o.lang === lang);
        b.post(p, b.anyTime(rng), rng.pick(options).text, ['personal'], lang);
        continue;
      }
      const d = b.post(p, b.anyTime(rng), fill(rng.pick(PEER_POSTS), slots()), ['personal']);
      if (d >= 0 && b.drafts[d].text.includes('#opentowork') && rng.chance(0.3)) u.pinned = d;
    }
    if (mentors.length && rng.chance(0.3)) {
      for (let q = rng.int(1, 2); q > 0; q--) {
        const question = b.post(p, b.anyTime(rng), fill(rng.pick(PEER_QUESTIONS), slots()), [
          'question',
        ]);
        if (question < 0) continue;
        let firstReply = -1;
        for (const m of rng.sample(mentors, rng.int(1, 3))) {
          const text = fill(rng.pick(MENTOR_REPLIES), {
            peer: u.username,
            field: family.field,
            tech: tech ?? 'SQL',
            title: rng.pick(family.titles),
            n: rng.int(2, 9),
          });
          const r = b.reply(m, question, rng.int(10, 300) * MIN, text, ['advice']);
          if (firstReply < 0) firstReply = r;
        }
        if (firstReply >= 0 && rng.chance(0.4)) {
          const mentor = b.users[b.drafts[firstReply].author].username;
          b.reply(p, firstReply, rng.int(30, 600) * MIN, fill(rng.pick(PEER_THANKS), { mentor }), [
            'thanks',
          ]);
        }
      }
    }
  }
}

function orgPosts(b: WorldBuilder): void {
  const rng = b.rng.fork('orgs');
  const peers = b.of('peer');
  for (const idx of b.of('organization')) {
    const org =
      ORGS.find((o) => o.handle.toLowerCase() === b.users[idx].username.toLowerCase()) ?? ORGS[0];
    for (let i = b.count(rng, 20, 40); i > 0; i--) {
      const text = fill(rng.pick(ORG_POSTS), {
        org: org.name,
        orgTag: org.tag,
        topic: rng.pick(ORG_TOPICS),
        day: rng.pick(WEEKDAYS),
        city: rng.pick(CITIES).city,
        peer: peers.length ? b.users[rng.pick(peers)].username : org.handle,
        n: rng.int(2, 9),
      });
      b.post(idx, b.anyTime(rng), text, ['community']);
    }
  }
}

/** Conference start offsets in days from the reference time: past, in the search window, upcoming. */
const CONF_OFFSETS = [-72, -58, -45, -33, -23, -14, -4, 4, 12, 24];

function conferences(b: WorldBuilder): void {
  const rng = b.rng.fork('conferences');
  const year = new JsDate(b.now).getUTCFullYear();
  const attendeesPool = [...b.of('peer'), ...b.of('mentor'), ...b.of('employee')];
  const speakerPool = [...b.of('mentor'), ...b.of('executive'), ...b.of('employee')];
  CONFERENCES.forEach((seed, i) => {
    const hashtag = `${seed.name}${year}`;
    const city = cityByName(seed.city);
    const startDay = etMidnight(
      b.now + (CONF_OFFSETS[i % CONF_OFFSETS.length] + rng.int(-1, 1)) * DAY,
    );
    const startMs = startDay + 9 * HOUR;
    const endMs = startDay + (rng.int(2, 3) - 1) * DAY + 18 * HOUR;
    const account = b.addUser(rng, {
      kind: 'conference',
      handle: seed.handle,
      name: `${seed.name} ${year}`,
      description: `${seed.name} ${year} · ${seed.city} · ${isoDay(startMs)}. Use #${hashtag}`,
      location: cityLabel(city),
      website: `https://${seed.handle.replace(/_/g, '')}.example`,
      city,
    });
    const speakers = speakerPool.length ? rng.sample(speakerPool, rng.int(3, 6)) : [];
    b.conferences.push({ seed, hashtag, account, startMs, endMs, speakers });
    const url = `https://${seed.handle.replace(/_/g, '')}.example/${year}`;
    const slots = (): Slots => ({
      tag: hashtag,
      city: seed.city,
      topic: rng.pick(seed.topics),
      speaker: speakers.length ? b.users[rng.pick(speakers)].username : seed.handle,
      n: rng.int(1, 3),
      day: rng.pick(WEEKDAYS),
      url,
    });
    const label = (phase: string) => [`conference:${hashtag}:${phase}`];
    for (let k = rng.int(6, 10); k > 0; k--) {
      b.post(
        account,
        b.time(rng, startMs - 21 * DAY, startMs),
        fill(rng.pick(CONF_BEFORE), slots()),
        label('before'),
      );
    }
    for (const s of speakers) {
      b.post(
        s,
        b.time(rng, startMs - 14 * DAY, startMs),
        `Excited to speak at #${hashtag} in ${seed.city} about ${rng.pick(seed.topics)}!`,
        label('before'),
      );
    }
    for (let k = rng.int(20, 60); k > 0 && attendeesPool.length; k--) {
      const author = rng.chance(0.1) ? account : rng.pick(attendeesPool);
      b.post(
        author,
        startMs + rng.next() * (endMs - startMs),
        fill(rng.pick(CONF_DURING), slots()),
        label('during'),
      );
    }
    for (let k = rng.int(5, 15); k > 0 && attendeesPool.length; k--) {
      const author = rng.chance(0.3)
        ? account
        : rng.pick(speakers.length && rng.chance(0.5) ? speakers : attendeesPool);
      b.post(
        author,
        b.time(rng, endMs, endMs + 7 * DAY),
        fill(rng.pick(CONF_AFTER), slots()),
        label('after'),
      );
    }
  });
}

function chats(b: WorldBuilder): void {
  const rng = b.rng.fork('chats');
  const pool = [...b.of('peer'), ...b.of('mentor')];
  const techs = ROLE_FAMILIES.flatMap((f) => f.tech);
  for (const seed of CHATS) {
    const host = b.addUser(rng, {
      kind: 'chat_host',
      handle: seed.hostHandle,
      name: seed.hostName,
      description: `#${seed.hashtag} every ${WEEKDAYS[seed.weekday]} at ${seed.hourEt - 12}pm ET. Join the conversation!`,
      location: '',
    });
    const participants = pool.length ? rng.sample(pool, rng.int(15, 30)) : [];
    b.chats.push({ seed, host, participants });
    const label = [`chat:${seed.hashtag}`];
    // Walk Eastern calendar days backwards from the reference time.
    for (let day = etMidnight(b.now); day > b.start - DAY; day = etMidnight(day - 12 * HOUR)) {
      if (etWeekday(day + 12 * HOUR) !== seed.weekday) continue;
      const t0 = day + seed.hourEt * HOUR;
      if (t0 < b.start || t0 + HOUR > b.now) continue;
      const topic = rng.pick(seed.topics);
      const hostSlots = (n: number): Slots => ({ n, topic, tag: seed.hashtag });
      b.post(host, t0 + rng.int(0, 60) * 1000, fill(CHAT_HOST[0], hostSlots(0)), label);
      const questionTimes = [8, 22, 38];
      const questions = questionTimes.map((m, qi) =>
        b.post(
          host,
          t0 + m * MIN,
          fill(CHAT_HOST[1 + ((qi + rng.int(0, 3)) % 4)], hostSlots(qi + 1)),
          label,
        ),
      );
      b.post(host, t0 + 58 * MIN, fill(CHAT_HOST[5], hostSlots(0)), label);
      for (const p of rng.sample(participants, rng.int(8, 15))) {
        for (const qi of rng.sample([0, 1, 2], rng.int(1, 3))) {
          const text = fill(rng.pick(CHAT_ANSWERS), {
            n: qi + 1,
            topic,
            tag: seed.hashtag,
            tech: rng.pick(techs),
          });
          const q = questions[qi];
          const from = questionTimes[qi] * MIN;
          const to = (questionTimes[qi + 1] ?? 57) * MIN;
          const at = rng.int(from + 30_000, to - 1000);
          if (q >= 0 && rng.chance(0.5)) b.reply(p, q, at - from, text, label);
          else b.post(p, t0 + at, text, label);
        }
      }
    }
  }
}

function bursts(b: WorldBuilder): void {
  const rng = b.rng.fork('bursts');
  const maxAgo = max(2, b.cfg.days - 1);
  // Two spikes fall inside the 7-day search window; the rest are spread over the period.
  const candidates = Array.from({ length: max(0, maxAgo - 8) }, (_, i) => i + 8);
  const daysAgo = [2, 5, ...rng.sample(candidates, BURSTS.length - 2)];
  const news = b.of('news');
  const people = [...b.of('peer'), ...b.of('mentor'), ...b.of('employee'), ...b.of('recruiter')];
  BURSTS.forEach((seed, i) => {
    const ago = min(daysAgo[i] ?? 10, maxAgo);
    const dayStart = utc(
      new JsDate(b.now - ago * DAY).getUTCFullYear(),
      new JsDate(b.now - ago * DAY).getUTCMonth(),
      new JsDate(b.now - ago * DAY).getUTCDate(),
    );
    const slots = (): Slots => ({
      company: rng.pick(b.companies).seed.name,
      n: rng.int(2, 9),
      city: rng.pick(CITIES).city,
      region: rng.pick(REGIONS),
    });
    const label = [`burst:${seed.term}`];
    let count = 0;
    for (let k = rng.int(50, 140); k > 0; k--) {
      const author = rng.chance(0.35) && news.length ? rng.pick(news) : rng.pick(people);
      const d = b.post(
        author,
        b.time(rng, dayStart, dayStart + DAY),
        fill(rng.pick(seed.templates), slots()),
        label,
      );
      if (d < 0) continue;
      count++;
      if (rng.chance(0.1)) {
        if (b.retweet(rng.pick(people), d, rng.int(5, 240) * MIN) >= 0) count++;
      }
    }
    // A low baseline on other days, so the spike stands out against something.
    for (let k = rng.int(2, 6); k > 0; k--) {
      b.post(rng.pick(people), b.anyTime(rng), fill(rng.pick(seed.templates), slots()), label);
    }
    b.bursts.push({
      term: seed.term,
      hashtag: seed.hashtag,
      industry: seed.industry,
      day: isoDay(dayStart),
      postCount: count,
    });
  });
}

function seekers(b: WorldBuilder): void {
  const rng = b.rng.fork('seekers');
  const year = new JsDate(b.now).getUTCFullYear();
  for (let s = 0; s < b.cfg.seekers; s++) {
    // A persona replaces what is drawn, but the draws still happen, so the rest of the world is
    // the same with or without personas.
    const persona = b.cfg.seekerPersonas[s];
    const drawn = b.person(rng);
    const drawnFamily = familyFor(rng);
    const drawnCity = rng.pick(CITIES.slice(0, 16));
    const family = ROLE_FAMILIES.find((f) => f.field === persona?.field) ?? drawnFamily;
    const city = persona?.city ? cityByName(persona.city) : drawnCity;
    const target = rng.pick(family.titles);
    const drawnHandle = b.personHandle(rng, drawn.first, drawn.last, family.field.slice(0, 4));
    const p = persona ? { name: persona.name } : drawn;
    const idx = b.addUser(rng, {
      kind: 'seeker',
      handle: persona?.username ?? drawnHandle,
      name: p.name,
      description: `${target} in ${city.city} · ${rng.sample(family.tech, 2).join(' and ')} · open to work`,
      location: cityLabel(city),
      city,
      createdMs: utc(2014 + rng.int(0, 5), rng.int(0, 11), rng.int(1, 28)),
    });
    const u = b.users[idx];
    const company = rng.pick(b.companies);
    const slots = (): Slots => ({
      stage: 'Job seeker',
      field: family.field,
      title: target,
      city: city.city,
      cityTag: city.tag,
      tech: rng.pick(family.tech),
      tech2: rng.pick(family.tech),
      n: rng.int(2, 40),
      m: rng.int(1, 9),
      year,
      handle: b.users[company.brand].username,
      company: company.seed.name,
      cert: rng.pick(CERTS),
      url: `https://${slug(u.name)}.example`,
    });
    for (let i = b.count(rng, 20, 40); i > 0; i--) {
      const d = b.post(idx, b.anyTime(rng), fill(rng.pick(PEER_POSTS), slots()), ['personal']);
      if (d >= 0 && u.pinned === undefined && b.drafts[d].text.includes('#opentowork'))
        u.pinned = d;
    }
    // Old posts from the years before, some of which a profile audit should flag. The last
    // seeker (when there are several) is clean, to test the "nothing to fix" case.
    const oldFrom = max(u.createdMs, b.start - 3 * 365 * DAY);
    const oldTo = b.start - DAY;
    for (let i = rng.int(10, 25); i > 0; i--) {
      b.post(idx, b.time(rng, oldFrom, oldTo), fill(rng.pick(SEEKER_OLD_POSTS), slots()), [
        'personal',
        'old',
      ]);
    }
    const clean = b.cfg.seekers > 1 && s === b.cfg.seekers - 1;
    if (!clean) {
      const formerEmployer = b.users[rng.pick(b.companies).brand].username;
      const audits = s === 0 ? AUDIT_POSTS : rng.sample(AUDIT_POSTS, rng.int(2, 5));
      for (const a of audits) {
        const phone = `(${rng.pick(['512', '303', '312', '206', '617'])}) 555-01${String(rng.int(0, 99)).padStart(2, '0')}`;
        const text = fill(a.template, { oldco: formerEmployer, phone, city: city.city });
        b.post(idx, b.time(rng, oldFrom, oldTo), text, ['old', `audit:${a.label}`]);
      }
    }
  }
}

/* ------------------------------- planted links ----------------------------- */

/**
 * Old seeker posts whose link no longer resolves (an old blog, since taken down), labelled
 * `audit:broken-link`; the simulator's web answers 404 for them (see web.ts). Generated last, from
 * a root of their own, so every other post keeps its id and metrics. The clean last seeker gets
 * none.
 */
function plantedLinks(b: WorldBuilder, rng: Rng): void {
  b.plantedLinks = b.drafts.length;
  const seekerIdx = b.of('seeker');
  const year = new JsDate(b.now).getUTCFullYear();
  seekerIdx.forEach((idx, s) => {
    if (seekerIdx.length > 1 && s === seekerIdx.length - 1) return;
    const u = b.users[idx];
    const oldFrom = max(u.createdMs, b.start - 3 * 365 * DAY);
    const oldTo = b.start - DAY;
    for (let k = s === 0 ? 2 : rng.int(1, 2); k > 0; k--) {
      const postYear = year - rng.int(2, 4);
      const url = `https://${slug(u.name)}-blog.example/${postYear}/${rng.pick(DEAD_LINK_SLUGS)}`;
      const text = fill(rng.pick(DEAD_LINK_POSTS), { url, city: u.city?.city ?? 'town' });
      b.post(idx, b.time(rng, oldFrom, oldTo), text, ['old', 'audit:broken-link']);
    }
  });
}

/* ------------------------------ planted openings -------------------------- */

/**
 * One open, remote role for every title of every family, posted by a careers account three to
 * eight days before `now`. The random openings land where the US-daytime weighting of the clock
 * puts them, so whether a given title is in the 7-day search window depended on the hour a world
 * was made; a seeker targeting any title now always has a fresh match to find (the demo's, and
 * the console's browser test, relied on luck before). Their own stream, generated last, so every
 * other post keeps its id order.
 */
function plantedOpenings(b: WorldBuilder, rng: Rng): void {
  let k = 0;
  for (const family of ROLE_FAMILIES) {
    for (const title of family.titles) {
      const c = b.companies[k++ % b.companies.length];
      // Open means its careers page answers 200: skip ids the web would serve as filled.
      const taken = (n: number) => {
        const id = `${c.seed.handle}-${n}`;
        return c.openings.some((o) => o.id === id) || openingClosed({ id });
      };
      let num = rng.int(1000, 9999);
      while (taken(num)) num = rng.int(1000, 9999);
      const id = `${c.seed.handle}-${num}`;
      const min = 90 + rng.int(0, 6) * 5;
      const o: OpeningDraft = {
        id,
        title,
        family,
        location: 'US',
        mode: 'remote',
        url: `https://${c.domain}/careers/${num}`,
        postedMs: b.time(rng, b.now - 8 * DAY, b.now - 3 * DAY),
        min,
        max: min + rng.int(3, 8) * 5,
      };
      c.openings.push(o);
      b.post(
        c.careers,
        o.postedMs,
        fill(rng.pick(CAREERS_HIRING), {
          title: o.title,
          company: c.seed.name,
          handle: b.users[c.brand].username,
          location: o.location,
          mode: o.mode,
          url: o.url,
          min: o.min,
          max: o.max,
          mission: c.seed.mission,
          industryTag: INDUSTRY_TAGS[c.seed.industry],
        }),
        ['hiring', `opening:${o.id}`],
      );
    }
  }
}

/* ------------------------------ planted mentors --------------------------- */

/**
 * Accounts planted for tests of mentor ranking, labelled in `SimUser.truth`. They are generated
 * after every other section from a stream of their own (`rng`, not forked from the builder's, so
 * the later sections' streams stay put), and the accounts generated before them neither follow
 * them nor list them: adding them leaves the rest of the world as it was, except for the reply
 * counts of the questions the prolific ones answer.
 *
 * - `mentor:inactive`: a senior bio in their field and a few posts in it, all older than 45 days;
 *   no replies. Ranking must not put a dormant expert first.
 * - `mentor:prolific`: a senior bio naming their field, many posts in it and answers to many
 *   peers' questions. Fields cycle through every family, so for any seeker most of them are
 *   strong mentors in another field.
 */
function plantedMentors(b: WorldBuilder, rng: Rng): void {
  const n = min(20, round(b.cfg.mentors / 6));
  b.planted = { user: b.users.length, draft: b.drafts.length };
  const year = new JsDate(b.now).getUTCFullYear();
  const industries = Object.keys(INDUSTRY_TAGS) as Industry[];
  const questions = b.drafts.flatMap((d, i) => (d.labels[0] === 'question' ? [i] : []));
  const add = (family: RoleFamily, truth: string): number => {
    const p = b.person(rng);
    const city = pickCity(rng);
    const title = rng.pick(family.titles).toLowerCase();
    const years = rng.int(9, 25);
    const prev = rng.pick(COMPANY_SEEDS);
    return b.addUser(rng, {
      kind: 'mentor',
      handle: b.personHandle(rng, p.first, p.last, 'mentor'),
      name: p.name,
      description: rng.pick([
        `Principal ${title}. ${years} years in ${family.field}. Mentor, DMs open.`,
        `Staff ${title} in ${city.city}. I answer questions about ${family.field} careers.`,
        `Head of ${family.field} at ${prev.name}. ${years} yrs. Happy to help early-career folks.`,
        `Senior ${title} · ${years} years · mentoring people new to ${family.field}`,
      ]),
      location: cityLabel(city),
      city,
      family,
      truth: [truth],
    });
  };
  const advice = (family: RoleFamily) =>
    fill(rng.pick(MENTOR_POSTS), {
      field: family.field,
      tech: rng.pick(family.tech),
      title: rng.pick(family.titles),
      n: rng.int(8, 25),
      year,
      industry: rng.pick(industries),
    });
  for (let i = 0; i < n; i++) {
    const family = ROLE_FAMILIES[i % ROLE_FAMILIES.length];
    const m = add(family, 'mentor:inactive');
    for (let k = rng.int(2, 5); k > 0; k--) {
      b.post(m, b.time(rng, b.now - 85 * DAY, b.now - 46 * DAY), advice(family), ['advice']);
    }
  }
  for (let i = 0; i < n; i++) {
    const family = ROLE_FAMILIES[i % ROLE_FAMILIES.length];
    const m = add(family, 'mentor:prolific');
    for (let k = b.count(rng, 30, 50); k > 0; k--) {
      b.post(m, b.anyTime(rng), advice(family), ['advice']);
    }
    for (const q of rng.sample(questions, rng.int(6, 14))) {
      const peer = b.users[b.drafts[q].author];
      const theirs = peer.family ?? family;
      const text = fill(rng.pick(MENTOR_REPLIES), {
        peer: peer.username,
        field: theirs.field,
        tech: rng.pick(theirs.tech),
        title: rng.pick(theirs.titles),
        n: rng.int(2, 9),
      });
      b.reply(m, q, rng.int(10, 300) * MIN, text, ['advice']);
    }
  }
}

/* ------------------------------- follows, lists ---------------------------- */

function buildFollows(b: WorldBuilder, plantedRng: Rng): number[][] {
  const rng = b.rng.fork('follows');
  const n = b.users.length;
  const sets: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  // Planted accounts are the last ones; leaving them out of every pool keeps this stream as it was.
  const K = (k: AccountKind) => b.of(k).filter((i) => i < b.planted.user);
  const peers = K('peer');
  const mentors = K('mentor');
  const news = K('news');
  const recruiters = K('recruiter');
  const orgs = K('organization');
  const confs = K('conference');
  const chatsHosts = K('chat_host');
  const brands = K('brand');
  const careers = K('careers');
  const execs = K('executive');
  const add = (who: number, pool: readonly number[], k: number) => {
    for (const x of rng.sample(pool, min(k, pool.length))) if (x !== who) sets[who].add(x);
  };
  const byCity = new Map<string, number[]>();
  for (const p of peers) {
    const c = b.users[p].city?.city ?? '';
    const list = byCity.get(c);
    if (list) list.push(p);
    else byCity.set(c, [p]);
  }
  const companyAccounts = (ci: number) => {
    const c = b.companies[ci];
    return [c.brand, c.careers];
  };
  const generated = min(n, b.planted.user);
  for (let i = 0; i < generated; i++) {
    const u = b.users[i];
    switch (u.kind) {
      case 'peer':
      case 'seeker': {
        const scale = u.kind === 'seeker' ? 3 : 1;
        for (const ci of rng.sample(
          b.companies.map((_, j) => j),
          rng.int(2, 8) * scale,
        )) {
          for (const a of companyAccounts(ci)) if (rng.chance(0.7)) sets[i].add(a);
        }
        add(i, mentors, rng.int(2, 6) * scale);
        add(i, byCity.get(u.city?.city ?? '') ?? peers, rng.int(3, 15) * scale);
        add(i, peers, rng.int(2, 15) * scale);
        add(i, news, rng.int(1, 4) * scale);
        add(i, orgs, rng.int(0, 2) * scale);
        add(i, confs, rng.int(0, 2) * scale);
        add(i, chatsHosts, rng.int(0, 1) * scale);
        add(i, recruiters, rng.int(0, 3) * scale);
        break;
      }
      case 'employee':
      case 'executive':
      case 'careers':
      case 'brand': {
        const c = b.companies[u.company ?? 0];
        const team = [c.brand, c.careers, ...c.execs, ...c.employees, ...c.recruiters];
        if (u.kind === 'brand') {
          add(i, [c.careers, ...c.execs], 4);
          break;
        }
        add(i, team, u.kind === 'careers' ? team.length : rng.int(4, 12));
        add(i, news, rng.int(1, 5));
        if (u.kind === 'executive') add(i, execs, rng.int(3, 10));
        else if (u.kind === 'employee') {
          add(i, peers, rng.int(0, 10));
          add(i, mentors, rng.int(0, 4));
        }
        break;
      }
      case 'recruiter':
        add(i, [...brands, ...careers], rng.int(10, 30));
        add(i, recruiters, rng.int(2, 10));
        add(i, peers, rng.int(5, 40));
        if (u.company !== undefined) add(i, companyAccounts(u.company), 2);
        break;
      case 'mentor':
        add(i, peers, rng.int(10, 60));
        add(i, mentors, rng.int(3, 15));
        add(i, news, rng.int(2, 6));
        add(i, orgs, rng.int(0, 3));
        break;
      case 'news':
        add(i, news, rng.int(2, 8));
        add(i, execs, rng.int(0, 10));
        break;
      case 'organization':
      case 'conference':
      case 'chat_host':
        add(i, mentors, rng.int(2, 10));
        add(i, orgs, rng.int(1, 4));
        break;
    }
    sets[i].delete(i);
  }
  // Planted mentors follow one another, so they have a few followers without touching anyone else.
  const planted = Array.from({ length: n - generated }, (_, k) => generated + k);
  for (const i of planted) {
    for (const x of plantedRng.sample(planted, plantedRng.int(3, 8))) if (x !== i) sets[i].add(x);
  }
  return sets.map((s) => [...s]);
}

function buildLists(b: WorldBuilder): void {
  const rng = b.rng.fork('lists');
  const created = () => b.now - rng.int(100, 1500) * DAY;
  for (const c of b.companies) {
    b.lists.push({
      name: `${c.seed.name} team`,
      description: `People building ${c.seed.name}`,
      owner: c.brand,
      members: [c.careers, ...c.execs, ...c.employees, ...c.recruiters],
      createdMs: created(),
    });
  }
  const recruiters = b.of('recruiter');
  if (recruiters.length) {
    for (const owner of rng.sample(recruiters, 3)) {
      b.lists.push({
        name: 'Tech recruiters',
        description: 'Recruiters I trust',
        owner,
        members: rng.sample(
          recruiters.filter((r) => r !== owner),
          rng.int(20, 50),
        ),
        createdMs: created(),
      });
    }
  }
  const news = b.of('news');
  const industries = Object.keys(INDUSTRY_TAGS) as Industry[];
  for (const industry of industries.slice(0, 6)) {
    if (!news.length) break;
    const owner = rng.pick(news);
    b.lists.push({
      name: `${industry[0].toUpperCase()}${industry.slice(1)} news`,
      description: `Who to follow for ${industry} news`,
      owner,
      members: [
        ...b.companies.filter((c) => c.seed.industry === industry).map((c) => c.brand),
        ...rng.sample(
          news.filter((x) => x !== owner),
          rng.int(5, 12),
        ),
      ],
      createdMs: created(),
    });
  }
  const generated = (i: number) => i < b.planted.user;
  const pool = [...b.of('peer'), ...b.of('mentor')].filter(generated);
  for (const o of b.of('organization')) {
    b.lists.push({
      name: `${b.users[o].name} members`,
      description: 'Community members',
      owner: o,
      members: rng.sample(pool, rng.int(20, 60)),
      createdMs: created(),
    });
  }
  for (const c of b.conferences) {
    b.lists.push({
      name: `Speakers at #${c.hashtag}`,
      description: `${c.seed.name} speakers`,
      owner: c.account,
      members: c.speakers,
      createdMs: c.startMs - 40 * DAY,
    });
  }
  for (const c of b.chats) {
    b.lists.push({
      name: `#${c.seed.hashtag} regulars`,
      description: `People who join #${c.seed.hashtag}`,
      owner: c.host,
      members: c.participants,
      createdMs: created(),
    });
  }
  const mentors = b.of('mentor').filter(generated);
  const seekers = b.of('seeker');
  if (seekers.length && mentors.length) {
    b.lists.push({
      name: 'Mentors I learn from',
      description: '',
      owner: seekers[0],
      members: rng.sample(mentors, 12),
      createdMs: b.now - 30 * DAY,
    });
  }
}

/* --------------------------------- finalize -------------------------------- */

function finalize(
  b: WorldBuilder,
  seed: number,
  followingIdx: number[][],
  plantedRng: Rng,
  linksRng: Rng,
): WorldData {
  const base = b.rng.fork('finalize');
  const drafts = b.drafts;
  const order = drafts.map((_, i) => i).sort((x, y) => drafts[x].ms - drafts[y].ms || x - y);
  const ids: string[] = new Array<string>(drafts.length);
  let lastMs = -1;
  let seq = 0;
  for (const i of order) {
    const ms = drafts[i].ms;
    seq = ms === lastMs ? seq + 1 : 0;
    lastMs = ms;
    ids[i] = snowflake(ms, 1, seq);
  }
  const rtCount = new Int32Array(drafts.length);
  const replyCount = new Int32Array(drafts.length);
  const quoteCount = new Int32Array(drafts.length);
  for (const d of drafts) {
    if (d.ref === undefined) continue;
    if (d.type === 'retweet') rtCount[d.ref]++;
    else if (d.type === 'reply') replyCount[d.ref]++;
    else if (d.type === 'quote') quoteCount[d.ref]++;
  }
  const rootOf = new Int32Array(drafts.length).fill(-1);
  const root = (i: number): number => {
    if (rootOf[i] >= 0) return rootOf[i];
    const d = drafts[i];
    const r = d.type === 'reply' && d.ref !== undefined ? root(d.ref) : i;
    rootOf[i] = r;
    return r;
  };

  const followerCount = new Int32Array(b.users.length);
  for (const f of followingIdx) for (const x of f) followerCount[x]++;
  const listedCount = new Int32Array(b.users.length);
  for (const l of b.lists) for (const m of new Set(l.members)) listedCount[m]++;
  const tweetCount = new Int32Array(b.users.length);
  for (const d of drafts) tweetCount[d.author]++;

  const idByName = new Map(b.users.map((u) => [u.username.toLowerCase(), u.id]));
  const resolveMention = (name: string) => idByName.get(name.toLowerCase());

  const tweets: SimTweet[] = new Array<SimTweet>(drafts.length);
  const metricsOf: SimTweet['public_metrics'][] = new Array<SimTweet['public_metrics']>(
    drafts.length,
  );
  for (const i of order) {
    const d = drafts[i];
    const author = b.users[d.author];
    const id = ids[i];
    let metrics: SimTweet['public_metrics'];
    if (d.type === 'retweet') {
      metrics = {
        retweet_count: metricsOf[d.ref!]?.retweet_count ?? 0,
        reply_count: 0,
        like_count: 0,
        quote_count: 0,
        bookmark_count: 0,
        impression_count: 0,
      };
    } else {
      // Planted posts draw from their own stream so the others' metrics stay as they were.
      const rng = i >= b.plantedLinks ? linksRng : i >= b.planted.draft ? plantedRng : base;
      const reach = 1 + followerCount[d.author] * 0.05;
      const like = floor(
        reach * rng.next() * 3 +
          rtCount[i] * 2 +
          (rng.chance(0.02) ? rng.pareto(20, 1.2, 5000) : 0),
      );
      metrics = {
        retweet_count: rtCount[i] + floor(like * rng.next() * 0.1),
        reply_count: replyCount[i],
        like_count: like,
        quote_count: quoteCount[i],
        bookmark_count: floor(like * rng.next() * 0.1),
        impression_count:
          like * rng.int(20, 80) + floor(followerCount[d.author] * rng.next()) + rng.int(5, 60),
      };
    }
    metricsOf[i] = metrics;
    const resolveUrl = (tco: string) => {
      const u = d.urls.find((x) => x.tco === tco);
      if (!u) return undefined;
      if ('expanded' in u) return u.expanded;
      return `https://x.com/${b.users[drafts[u.quoteOf].author].username}/status/${ids[u.quoteOf]}`;
    };
    const tweet: SimTweet = {
      id,
      text: d.text,
      author_id: author.id,
      created_at: isoTime(d.ms),
      conversation_id: ids[root(i)],
      lang: d.lang,
      edit_history_tweet_ids: [id],
      possibly_sensitive: false,
      reply_settings: 'everyone',
      public_metrics: metrics,
      labels: d.labels,
    };
    const entities = extractEntities(d.text, resolveUrl, resolveMention);
    if (entities) tweet.entities = entities;
    if (d.ref !== undefined) {
      const type: ReferenceType =
        d.type === 'retweet' ? 'retweeted' : d.type === 'quote' ? 'quoted' : 'replied_to';
      tweet.referenced_tweets = [{ type, id: ids[d.ref] }];
      if (type === 'replied_to') tweet.in_reply_to_user_id = b.users[drafts[d.ref].author].id;
    }
    tweets[i] = tweet;
  }
  const newestFirst = order.map((i) => tweets[i]).reverse();

  const users: SimUser[] = b.users.map((d, i) => {
    const rng = i >= b.planted.user ? plantedRng : base;
    const u: SimUser = {
      id: d.id,
      name: d.name,
      username: d.username,
      description: d.description,
      location: d.location,
      url: '',
      created_at: new JsDate(d.createdMs).toISOString(),
      verified: false,
      protected: false,
      profile_image_url: `https://pbs.twimg.com/profile_images/${d.id}/avatar_normal.jpg`,
      public_metrics: {
        followers_count: followerCount[i],
        following_count: followingIdx[i].length,
        tweet_count: tweetCount[i],
        listed_count: listedCount[i],
        like_count: rng.pareto(5, 1.1, 50_000),
      },
      kind: d.kind,
    };
    if (d.website) {
      let tco = '';
      for (let k = 0; k < 10; k++) tco += BASE62[rng.int(0, 61)];
      u.url = `https://t.co/${tco}`;
      u.entities = {
        url: {
          urls: [
            {
              start: 0,
              end: 23,
              url: u.url,
              expanded_url: d.website,
              display_url: displayUrl(d.website),
            },
          ],
        },
      };
    }
    const desc = extractEntities(d.description, () => undefined, resolveMention);
    if (desc) u.entities = { ...u.entities, description: desc };
    if (d.pinned !== undefined) u.pinned_tweet_id = ids[d.pinned]!;
    if (d.company !== undefined) u.companyId = b.companies[d.company].id;
    if (d.city) u.city = d.city.city;
    if (d.family) u.field = d.family.field;
    if (d.stage) u.stage = d.stage.key;
    if (d.truth) u.truth = d.truth;
    return u;
  });
  const idOf = (i: number) => b.users[i].id;

  const lists: SimList[] = b.lists.map((l, i) => ({
    id: snowflake(l.createdMs, 3, i),
    name: l.name,
    description: l.description,
    owner_id: idOf(l.owner),
    created_at: new JsDate(l.createdMs).toISOString(),
    private: false,
    follower_count: base.pareto(3, 1.3, 5000),
    member_ids: [...new Set(l.members)].map(idOf),
  }));
  const companies: SimCompany[] = b.companies.map((c, ci) => ({
    id: c.id,
    name: c.seed.name,
    domain: c.domain,
    industry: c.seed.industry,
    city: c.seed.city,
    mission: c.seed.mission,
    product: c.seed.product,
    themes: c.themes,
    brandId: idOf(c.brand),
    careersId: idOf(c.careers),
    executiveIds: c.execs.map(idOf),
    employeeIds: c.employees.map(idOf),
    recruiterIds: c.recruiters.map(idOf),
    teamListId: lists[ci].id,
    openings: c.openings.map((o) => ({
      id: o.id,
      companyId: c.id,
      title: o.title,
      location: o.location,
      workMode: o.mode,
      url: o.url,
      postedAt: new JsDate(o.postedMs).toISOString(),
    })),
  }));
  const conferences: SimConference[] = b.conferences.map((c) => ({
    name: c.seed.name,
    hashtag: c.hashtag,
    accountId: idOf(c.account),
    city: c.seed.city,
    industry: c.seed.industry,
    startDate: isoDay(c.startMs),
    endDate: isoDay(c.endMs),
    speakerIds: c.speakers.map(idOf),
    topics: [...c.seed.topics],
  }));
  const chatsOut: SimHashtagChat[] = b.chats.map((c) => ({
    hashtag: c.seed.hashtag,
    hostId: idOf(c.host),
    weekday: c.seed.weekday,
    hourEt: c.seed.hourEt,
    participantIds: c.participants.map(idOf),
  }));
  return {
    seed,
    now: b.now,
    users,
    tweets: newestFirst,
    lists,
    following: followingIdx.map((f) => f.map(idOf)),
    companies,
    conferences,
    chats: chatsOut,
    bursts: b.bursts,
  };
}

/** Generates the plain data of a world; see {@link generateWorld} for the indexed view. */
export function generateWorldData(seed: number, options: WorldOptions = {}): WorldData {
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
  const b = new WorldBuilder(new Rng(seed), resolveOptions(options));
  // A fresh root for the planted accounts: forking the builder's stream would move every later
  // section's stream.
  const planted = new Rng(seed);
  buildCompanies(b);
  buildPeople(b);
  companyPosts(b);
  openingPosts(b);
  newsPosts(b);
  mentorAndPeerPosts(b);
  orgPosts(b);
  conferences(b);
  chats(b);
  bursts(b);
  seekers(b);
  plantedMentors(b, planted.fork('planted-mentors'));
  const following = buildFollows(b, planted.fork('planted-follows'));
  buildLists(b);
  // Their own root again, so the posts above keep their ids' order and metrics.
  plantedLinks(b, new Rng(seed).fork('planted-links'));
  plantedOpenings(b, new Rng(seed).fork('planted-openings'));
  return finalize(
    b,
    seed,
    following,
    planted.fork('planted-finalize'),
    new Rng(seed).fork('planted-links-finalize'),
  );
}
