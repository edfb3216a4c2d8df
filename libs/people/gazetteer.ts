/**
 * Free-text locations as people write them on X ("Austin, TX", "NYC", "📍 London, Ontario",
 * "Remote") resolved against an offline gazetteer: city-timezones' 7,329 cities with coordinates,
 * population, country, province and time zone.
 *
 * A location is split into segments (commas, pipes, bullets, arrows). The first segment that names
 * a city wins; the segment after it, when there is one, is a hint (a US state code or name, a
 * Canadian province code, any province name, a country name or an ISO code) that picks among
 * cities with the same name. Without a usable hint the most populous city wins, which is what a
 * reader assumes too ("London" is the English one). A country or state alone is no place: a
 * distance from its largest city would be a guess.
 */
import cityTimezones from 'city-timezones';

/** A city from the gazetteer. */
export interface Place {
  /** The city's name as the gazetteer spells it, e.g. `Austin`, `Washington, D.C.`. */
  name: string;
  lat: number;
  lng: number;
  /** The country's name, e.g. `United States of America`. */
  country: string;
  /** ISO 3166-1 alpha-2, e.g. `US`, `GB`. */
  iso2: string;
  /** State, province or region, e.g. `Texas`, `Ontario`. */
  province: string;
  /** IANA time zone, e.g. `America/Chicago`; '' for the few cities without one. */
  timeZone: string;
  population: number;
}

/** A gazetteer row with its types made good (a few rows have -99 for a code, or no province). */
interface CityRow {
  city: string;
  names: string[];
  lat: number;
  lng: number;
  pop: number;
  country: string;
  iso2: string;
  iso3: string;
  province: string;
  /** normalized province, for matching hints */
  provinceKey: string;
  stateCode: string;
  timezone: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function cleanRow(r: Record<string, unknown>): CityRow | null {
  const lat = Number(r.lat);
  const lng = Number(r.lng);
  const city = str(r.city);
  if (!city || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  const code = (v: unknown, n: number) => {
    const c = str(v).toUpperCase();
    return c.length === n && /^[A-Z]+$/.test(c) ? c : '';
  };
  const province = str(r.province);
  return {
    city,
    names: [city, str(r.city_ascii), str(r.exactCity)].filter(Boolean),
    lat,
    lng,
    pop: Number(r.pop) || 0,
    country: str(r.country),
    iso2: code(r.iso2, 2),
    iso3: code(r.iso3, 3),
    province,
    provinceKey: normalizePlaceName(province),
    stateCode: code(r.state_ansi, 2),
    timezone: str(r.timezone),
  };
}

/** A hint narrows a name to a country, optionally to one of its provinces (normalized). */
interface Hint {
  iso2: string;
  province?: string;
}

interface Alias {
  name: string;
  hint: Hint;
}

/** Lowercase, accents stripped, punctuation to spaces; "Washington, D.C." becomes "washington dc". */
export function normalizePlaceName(s: string): string {
  let t = s.toLowerCase();
  // NFD is the slow part; most locations are plain ASCII.
  if (/[\u0080-\uffff]/.test(t)) t = t.normalize('NFD').replace(/\p{M}/gu, '');
  return t
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What people write instead of a place. */
const NOWHERE = new Set(
  [
    'remote',
    'remote first',
    'fully remote',
    'earth',
    'planet earth',
    'world',
    'worldwide',
    'global',
    'globe',
    'everywhere',
    'anywhere',
    'internet',
    'the internet',
    'online',
    'cyberspace',
    'metaverse',
    'the cloud',
    'cloud',
    'wfh',
    'home',
    'here',
    'somewhere',
    'nowhere',
    'digital nomad',
    'nomad',
    'traveling',
    'travelling',
    'on the road',
    'he him',
    'she her',
    'they them',
  ].map(normalizePlaceName),
);

const US: Hint = { iso2: 'US' };
const ALIASES: Record<string, Alias> = {
  nyc: { name: 'new york', hint: US },
  'new york city': { name: 'new york', hint: US },
  manhattan: { name: 'new york', hint: US },
  brooklyn: { name: 'new york', hint: US },
  sf: { name: 'san francisco', hint: US },
  'san fran': { name: 'san francisco', hint: US },
  'bay area': { name: 'san francisco', hint: US },
  'sf bay area': { name: 'san francisco', hint: US },
  'san francisco bay area': { name: 'san francisco', hint: US },
  'the bay': { name: 'san francisco', hint: US },
  'silicon valley': { name: 'san jose', hint: US },
  dc: { name: 'washington dc', hint: US },
  'washington dc': { name: 'washington dc', hint: US },
  'washington d c': { name: 'washington dc', hint: US },
  'dc metro': { name: 'washington dc', hint: US },
  dmv: { name: 'washington dc', hint: US },
  atx: { name: 'austin', hint: US },
  la: { name: 'los angeles', hint: US },
  pdx: { name: 'portland', hint: { iso2: 'US', province: 'oregon' } },
  msp: { name: 'minneapolis', hint: US },
  'twin cities': { name: 'minneapolis', hint: US },
  philly: { name: 'philadelphia', hint: US },
  nola: { name: 'new orleans', hint: US },
  chi: { name: 'chicago', hint: US },
  chitown: { name: 'chicago', hint: US },
  atl: { name: 'atlanta', hint: US },
  htx: { name: 'houston', hint: US },
  dfw: { name: 'dallas', hint: US },
  slc: { name: 'salt lake city', hint: US },
  vegas: { name: 'las vegas', hint: { iso2: 'US', province: 'nevada' } },
  'saint louis': { name: 'st louis', hint: US },
  stl: { name: 'st louis', hint: US },
  rtp: { name: 'raleigh', hint: US },
  ldn: { name: 'london', hint: { iso2: 'GB' } },
  yvr: { name: 'vancouver', hint: { iso2: 'CA' } },
  the6ix: { name: 'toronto', hint: { iso2: 'CA' } },
  'the 6ix': { name: 'toronto', hint: { iso2: 'CA' } },
  mtl: { name: 'montreal', hint: { iso2: 'CA' } },
  bangalore: { name: 'bengaluru', hint: { iso2: 'IN' } },
  blr: { name: 'bengaluru', hint: { iso2: 'IN' } },
  bombay: { name: 'mumbai', hint: { iso2: 'IN' } },
  madras: { name: 'chennai', hint: { iso2: 'IN' } },
  calcutta: { name: 'kolkata', hint: { iso2: 'IN' } },
  gurgaon: { name: 'delhi', hint: { iso2: 'IN' } },
  'new delhi': { name: 'delhi', hint: { iso2: 'IN' } },
  'tel aviv': { name: 'tel aviv yafo', hint: { iso2: 'IL' } },
  rio: { name: 'rio de janeiro', hint: { iso2: 'BR' } },
  sp: { name: 'sao paulo', hint: { iso2: 'BR' } },
  cdmx: { name: 'mexico city', hint: { iso2: 'MX' } },
  kiev: { name: 'kyiv', hint: { iso2: 'UA' } },
  munchen: { name: 'munich', hint: { iso2: 'DE' } },
  koln: { name: 'cologne', hint: { iso2: 'DE' } },
};

/** Country names the gazetteer spells differently, or not at all. */
const COUNTRY_ALIASES: Record<string, string> = {
  us: 'US',
  usa: 'US',
  'united states': 'US',
  america: 'US',
  uk: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  britain: 'GB',
  'great britain': 'GB',
  'northern ireland': 'GB',
  uae: 'AE',
  holland: 'NL',
  'the netherlands': 'NL',
  deutschland: 'DE',
  brasil: 'BR',
  espana: 'ES',
  korea: 'KR',
  'south korea': 'KR',
  russia: 'RU',
  'czech republic': 'CZ',
  czechia: 'CZ',
  vietnam: 'VN',
};

/** Province codes the gazetteer has no column for (US state codes come from its data). */
const PROVINCE_CODES: Record<string, Hint> = {
  ab: { iso2: 'CA', province: 'alberta' },
  bc: { iso2: 'CA', province: 'british columbia' },
  mb: { iso2: 'CA', province: 'manitoba' },
  nb: { iso2: 'CA', province: 'new brunswick' },
  nl: { iso2: 'CA', province: 'newfoundland and labrador' },
  ns: { iso2: 'CA', province: 'nova scotia' },
  nt: { iso2: 'CA', province: 'northwest territories' },
  nu: { iso2: 'CA', province: 'nunavut' },
  on: { iso2: 'CA', province: 'ontario' },
  pe: { iso2: 'CA', province: 'prince edward island' },
  qc: { iso2: 'CA', province: 'quebec' },
  sk: { iso2: 'CA', province: 'saskatchewan' },
  yt: { iso2: 'CA', province: 'yukon' },
  dc: { iso2: 'US', province: 'district of columbia' },
  nsw: { iso2: 'AU', province: 'new south wales' },
  vic: { iso2: 'AU', province: 'victoria' },
  qld: { iso2: 'AU', province: 'queensland' },
  wa: { iso2: 'AU', province: 'western australia' },
};

interface Indexes {
  byName: Map<string, CityRow[]>;
  hints: Map<string, Hint[]>;
  longestName: number;
}

let indexes: Indexes | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Built on first use: a few milliseconds, then every lookup is a handful of Map reads. */
function build(): Indexes {
  const rows = (cityTimezones.cityMapping as unknown as Record<string, unknown>[])
    .map(cleanRow)
    .filter((r): r is CityRow => r !== null);
  const byName = new Map<string, CityRow[]>();
  const hints = new Map<string, Hint[]>();
  const hintKeys = new Map<string, Set<string>>();
  const addHint = (key: string, hint: Hint) => {
    if (!key) return;
    const id = `${hint.iso2}|${hint.province ?? ''}`;
    const seen = hintKeys.get(key) ?? new Set<string>();
    if (seen.has(id)) return;
    seen.add(id);
    hintKeys.set(key, seen);
    push(hints, key, hint);
  };
  let longestName = 1;
  for (const r of rows) {
    for (const n of r.names) {
      const key = normalizePlaceName(n);
      push(byName, key, r);
      longestName = Math.max(longestName, key.split(' ').length);
    }
    const province = r.provinceKey;
    if (province && r.iso2) addHint(province, { iso2: r.iso2, province });
    if (r.iso2 === 'US' && r.stateCode)
      addHint(r.stateCode.toLowerCase(), { iso2: 'US', province });
  }
  // Countries after provinces: "Georgia" is a state before it is a country, for people in the US.
  for (const r of rows) {
    if (!r.iso2) continue;
    addHint(normalizePlaceName(r.country), { iso2: r.iso2 });
    addHint(r.iso2.toLowerCase(), { iso2: r.iso2 });
    if (r.iso3) addHint(r.iso3.toLowerCase(), { iso2: r.iso2 });
  }
  for (const [k, iso2] of Object.entries(COUNTRY_ALIASES)) addHint(k, { iso2 });
  for (const [k, hint] of Object.entries(PROVINCE_CODES)) addHint(k, hint);
  return { byName, hints, longestName };
}

function ix(): Indexes {
  return (indexes ??= build());
}

function matches(row: CityRow, hints: readonly Hint[]): boolean {
  for (const h of hints) {
    if (row.iso2 !== h.iso2) continue;
    if (!h.province || row.provinceKey === h.province) return true;
  }
  return false;
}

function mostPopulous(rows: readonly CityRow[]): CityRow {
  let best = rows[0];
  for (const r of rows) if (r.pop > best.pop) best = r;
  return best;
}

/** The city a normalized name stands for, narrowed by hints when any city fits them. */
function resolve(name: string, hints: readonly Hint[]): CityRow | null {
  const { byName } = ix();
  const alias = ALIASES[name];
  if (alias) {
    const rows = byName.get(alias.name) ?? [];
    const fit = rows.filter((r) => matches(r, [alias.hint]));
    return fit.length ? mostPopulous(fit) : null;
  }
  const rows = byName.get(name);
  if (!rows) return null;
  if (hints.length) {
    const fit = rows.filter((r) => matches(r, hints));
    if (fit.length) return mostPopulous(fit);
  }
  return mostPopulous(rows);
}

function hintsFor(segment: string | undefined): Hint[] {
  if (!segment) return [];
  const { hints } = ix();
  const direct = hints.get(segment);
  if (direct) return direct;
  // "Ontario, Canada" as one segment, or "TX 78701": any word that is a hint.
  const out: Hint[] = [];
  for (const w of segment.split(' ')) for (const h of hints.get(w) ?? []) out.push(h);
  return out;
}

const PREFIXES =
  /^(?:(?:based|living|located|currently|now|born|raised|home)\s+)?(?:in|near|around|at|from)\s+|^(?:greater|downtown|metro)\s+/;
const SUFFIXES = /\s+(?:metro(?:politan)?(?:\s+area)?|area|region|based|proper)$/;

function cleanSegment(s: string): string {
  let t = s;
  for (let i = 0; i < 3; i++) {
    const next = t.replace(PREFIXES, '').replace(SUFFIXES, '');
    if (next === t) break;
    t = next;
  }
  return t;
}

/** A city named by the whole segment, or by its first words with the rest as a hint ("austin tx"). */
function citySegment(segment: string, next: string | undefined): CityRow | null {
  const hints = hintsFor(next);
  for (const s of segment === cleanSegment(segment)
    ? [segment]
    : [segment, cleanSegment(segment)]) {
    if (NOWHERE.has(s)) return null;
    const whole = resolve(s, hints);
    if (whole) return whole;
    const words = s.split(' ');
    const longest = Math.min(words.length - 1, ix().longestName);
    for (let n = longest; n >= 1; n--) {
      const head = words.slice(0, n).join(' ');
      const rest = words.slice(n).join(' ');
      const restHints = hintsFor(rest);
      // Only when the rest is a place qualifier: "Austin coffee lover" is not Austin.
      if (!restHints.length) continue;
      const row = resolve(head, [...restHints, ...hints]);
      if (row) return row;
    }
  }
  return null;
}

// Emoji, pictographs, flags and the joiners between them: location fields are full of them.
const DECORATION = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{200D}|\u{20E3}/gu;
const SEPARATORS = /\s*(?:[,|·•;/()[\]]|\s[-–—]\s|→|->|<->|⇄|\s+&\s+|\s+(?:and|or)\s+)\s*/;

function toPlace(r: CityRow): Place {
  return {
    name: r.city,
    lat: r.lat,
    lng: r.lng,
    country: r.country,
    iso2: r.iso2,
    province: r.province,
    timeZone: r.timezone,
    population: Math.round(r.pop),
  };
}

/**
 * The city a free-text location names, or null for none ("Remote", "Earth", "", a country alone).
 * Pure and fast after the first call builds the indexes; callers that see the same strings often
 * should memoize per string.
 */
export function locate(text: string): Place | null {
  const raw = text.replace(DECORATION, ' ').trim();
  if (!raw) return null;
  const whole = normalizePlaceName(raw);
  if (!whole || NOWHERE.has(whole)) return null;
  // "Washington, D.C." and "San Francisco Bay Area" are names as a whole.
  const asWhole = resolve(whole, []);
  if (asWhole && (ALIASES[whole] || !raw.includes(','))) return toPlace(asWhole);
  // A city or province whose own name holds a separator word: "Truth or Consequences",
  // "Happy Valley - Goose Bay", "Perth, Perthshire and Kinross".
  const commaParts = raw.split(',');
  const joined = /\s(?:or|and|-|–|—)\s/i;
  if (commaParts.length > 1 && (joined.test(commaParts[0]) || joined.test(commaParts[1]))) {
    const named = resolve(
      normalizePlaceName(commaParts[0]),
      hintsFor(normalizePlaceName(commaParts[1])),
    );
    if (named) return toPlace(named);
  }
  const segments = raw
    .split(SEPARATORS)
    .map(normalizePlaceName)
    .filter((s) => s.length > 0);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (NOWHERE.has(s)) continue;
    // "Washington, DC, USA": two segments that are one name.
    const pair = i + 1 < segments.length ? `${s} ${segments[i + 1]}` : '';
    if (pair && ALIASES[pair]) {
      const r = resolve(pair, hintsFor(segments[i + 2]));
      if (r) return toPlace(r);
    }
    const r = citySegment(s, segments[i + 1]);
    if (r) return toPlace(r);
  }
  return null;
}
