/**
 * Cohort suggestions: small groups of seekers a coach could bring together because they are at
 * a compatible stage, in the same primary field and near each other (or all remote).
 *
 * Compatible stages form bands: student, exploring and early career are all "starting out";
 * career change and returning both restart a career; mid career and senior stand alone. Seekers
 * are bucketed by band, primary field and whether they have a place, so no work ever compares
 * two seekers who could not share a cohort. Inside a bucket with places, a 3-D grid on the globe
 * (cells one radius wide) finds neighbours without comparing all pairs; each cohort grows around
 * one seed and takes only seekers within the radius of it, so no two members are more than twice
 * the radius apart. A gathering larger than the maximum is cut in balanced pieces by recursive
 * median splits over geography and stage, so a large city's seekers at different stages end up
 * in different cohorts before those at the same stage are split by neighbourhood.
 *
 * `naiveSuggestCohorts` is the quadratic baseline (all-pairs similarity, greedy agglomerative
 * merging) kept for the benchmark and as a quality yardstick; the product uses `suggestCohorts`.
 *
 * Output depends only on the set of seekers, never on their order: everything is keyed and sorted
 * by id before any choice is made.
 */
import { distanceKm, type LatLng } from '@libs/people';

export type CohortStage =
  | 'student'
  | 'exploring'
  | 'early_career'
  | 'mid_career'
  | 'senior'
  | 'career_change'
  | 'returning';

export interface CohortSeeker {
  id: string;
  stage: CohortStage;
  /** Most relevant first; the first one is the seeker's primary field. May be empty. */
  fields: string[];
  /** Null when the seeker is remote or has not shared a place. */
  place: { name: string; lat: number; lng: number } | null;
}

export interface SuggestedCohort {
  /** Sorted. */
  memberIds: string[];
  /** The members' stage, or their stages joined by '/' (in career order) when the band mixes. */
  stage: string;
  /** Primary field shared by every member, lowercased; null when none of them listed one. */
  field: string | null;
  /** The place most members named; null for a remote cohort. */
  place: string | null;
  /** Cohesion in [0, 1]: closeness, one stage rather than several, overlap of all listed fields. */
  score: number;
  reasons: string[];
  suggestedName: string;
  /** Letters and digits only, e.g. `AustinDataCohort`. */
  suggestedHashtag: string;
}

export interface CohortOptions {
  /** Smallest cohort worth suggesting; 3 unless told. */
  minSize?: number;
  /** Largest cohort that still feels like a peer group; 8 unless told. */
  maxSize?: number;
  /** How far apart "near each other" may be; 150 km unless told. */
  radiusKm?: number;
}

interface Resolved {
  minSize: number;
  maxSize: number;
  radiusKm: number;
}

const STAGES: readonly CohortStage[] = [
  'student',
  'exploring',
  'early_career',
  'mid_career',
  'senior',
  'career_change',
  'returning',
];
const STAGE_INDEX = new Map(STAGES.map((s, i) => [s, i]));
/** Stages that learn well together share a band (0: starting out … 3: changing or returning). */
export const BAND: Readonly<Record<CohortStage, number>> = {
  student: 0,
  exploring: 0,
  early_career: 0,
  mid_career: 1,
  senior: 2,
  career_change: 3,
  returning: 3,
};
const BAND_LABEL = ['starting out', 'mid career', 'senior', 'changing or returning'];

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Whether two stages may share a cohort. */
export function stagesCompatible(a: CohortStage, b: CohortStage): boolean {
  return BAND[a] === BAND[b];
}

/** The primary field as cohorts compare it; null when there is none. */
export function primaryField(fields: readonly string[]): string | null {
  const f = fields[0]?.trim().toLowerCase();
  return f ? f : null;
}

/** A seeker prepared once: everything later steps compare, precomputed. */
interface Pt {
  s: CohortSeeker;
  stage: number;
  band: number;
  field: string | null;
  placed: boolean;
  /** Earth-centred coordinates in km; chord distance never exceeds the great-circle one. */
  x: number;
  y: number;
  z: number;
  /** Position inside its bucket, for per-bucket flags. */
  local: number;
}

function resolve(opts: CohortOptions | undefined): Resolved {
  const minSize = opts?.minSize ?? 3;
  const maxSize = opts?.maxSize ?? 8;
  const radiusKm = opts?.radiusKm ?? 150;
  // A cohort of one is not a cohort, and a bad option should fail where it is passed.
  if (!Number.isInteger(minSize) || minSize < 2) throw new RangeError('minSize must be 2 or more');
  if (!Number.isInteger(maxSize) || maxSize < minSize) {
    throw new RangeError('maxSize must be an integer no smaller than minSize');
  }
  if (!(radiusKm > 0) || !Number.isFinite(radiusKm)) throw new RangeError('radiusKm must be > 0');
  return { minSize, maxSize, radiusKm };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function toXyz(lat: number, lng: number): [number, number, number] {
  const la = lat * RAD;
  const lo = lng * RAD;
  const c = Math.cos(la);
  return [
    EARTH_RADIUS_KM * c * Math.cos(lo),
    EARTH_RADIUS_KM * c * Math.sin(lo),
    EARTH_RADIUS_KM * Math.sin(la),
  ];
}

function toLatLng(x: number, y: number, z: number): LatLng {
  const h = Math.hypot(x, y);
  if (h === 0 && z === 0) return { lat: 0, lng: 0 };
  return { lat: Math.atan2(z, h) / RAD, lng: Math.atan2(y, x) / RAD };
}

/**
 * Seekers sorted by id, one per id. A repeated id keeps the copy that sorts first by its content,
 * so that even a careless caller gets an answer that does not depend on order.
 */
function prepare(seekers: readonly CohortSeeker[]): Pt[] {
  const byId = new Map<string, { s: CohortSeeker; key: string }>();
  for (const s of seekers) {
    const key = JSON.stringify([s.stage, s.fields, s.place]);
    const seen = byId.get(s.id);
    if (!seen || key < seen.key) byId.set(s.id, { s, key });
  }
  const ids = [...byId.keys()].sort(cmp);
  return ids.map((id) => {
    const s = byId.get(id)!.s;
    const placed = s.place !== null && Number.isFinite(s.place.lat) && Number.isFinite(s.place.lng);
    const [x, y, z] = placed ? toXyz(s.place!.lat, s.place!.lng) : [0, 0, 0];
    return {
      s,
      stage: STAGE_INDEX.get(s.stage) ?? 0,
      band: BAND[s.stage] ?? 0,
      field: primaryField(s.fields),
      placed,
      x,
      y,
      z,
      local: 0,
    };
  });
}

function latLngOf(p: Pt): LatLng {
  return { lat: p.s.place!.lat, lng: p.s.place!.lng };
}

function dist(a: Pt, b: Pt): number {
  return distanceKm(latLngOf(a), latLngOf(b));
}

/**
 * Cuts `members` into `k` pieces of sizes as equal as possible, each time at the median of the
 * dimension with the widest spread. Stage counts as a dimension (see STAGE_STEPS_PER_RADIUS), so
 * within a city seekers at the same stage stay together before neighbourhoods are split.
 */
function bisect(members: Pt[], sizes: number[], stageKm: number, out: Pt[][]): void {
  if (sizes.length === 1) {
    out.push(members);
    return;
  }
  const dims: ((p: Pt) => number)[] = [
    (p) => p.x,
    (p) => p.y,
    (p) => p.z,
    (p) => p.stage * stageKm,
  ];
  let best = 0;
  let bestSpread = -1;
  for (let d = 0; d < dims.length; d++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of members) {
      const v = dims[d](p);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (hi - lo > bestSpread + 1e-9) {
      bestSpread = hi - lo;
      best = d;
    }
  }
  const key = dims[best];
  const sorted = [...members].sort((a, b) => key(a) - key(b) || cmp(a.s.id, b.s.id));
  const half = Math.floor(sizes.length / 2);
  const left = sizes.slice(0, half);
  const n1 = left.reduce((a, b) => a + b, 0);
  bisect(sorted.slice(0, n1), left, stageKm, out);
  bisect(sorted.slice(n1), sizes.slice(half), stageKm, out);
}

/** Cohorts of allowed size from one gathering; members that fit in none are returned apart. */
function split(members: Pt[], o: Resolved): { groups: Pt[][]; rest: Pt[] } {
  const m = members.length;
  if (m < o.minSize) return { groups: [], rest: members };
  if (m <= o.maxSize) return { groups: [members], rest: [] };
  const stageKm = o.radiusKm / STAGE_STEPS_PER_RADIUS;
  let k = Math.ceil(m / o.maxSize);
  // A gathering just over full is usually one group plus a stray or two who live nearby: halving
  // it would break the group, so the strays are set aside (they may still fit another cohort).
  if (k > 1 && m - (k - 1) * o.maxSize <= Math.floor(o.maxSize / 4)) k--;
  // Only when minSize is more than half of maxSize can k even pieces fall below the minimum.
  if (k * o.minSize > m) k = Math.floor(m / o.minSize);
  let keep = members;
  let rest: Pt[] = [];
  if (k * o.maxSize < m) {
    const c = centroid(members);
    const modal = modalStage(members);
    const off = (p: Pt) => chord(p, c) + Math.abs(p.stage - modal) * stageKm;
    const byDistance = [...members].sort((a, b) => off(a) - off(b) || cmp(a.s.id, b.s.id));
    keep = byDistance.slice(0, k * o.maxSize);
    rest = byDistance.slice(k * o.maxSize);
  }
  const n = keep.length;
  const sizes = Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
  const groups: Pt[][] = [];
  bisect(keep, sizes, stageKm, groups);
  return { groups, rest };
}

/**
 * How many stage steps weigh as much as one radius of distance when a crowd is cut. Enough that
 * seekers of one city split by stage first, little enough that two nearby cities split apart.
 */
const STAGE_STEPS_PER_RADIUS = 6;

function centroid(ps: readonly Pt[]): { x: number; y: number; z: number } {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const p of ps) {
    x += p.x;
    y += p.y;
    z += p.z;
  }
  return { x: x / ps.length, y: y / ps.length, z: z / ps.length };
}

function chord(p: { x: number; y: number; z: number }, c: { x: number; y: number; z: number }) {
  return Math.hypot(p.x - c.x, p.y - c.y, p.z - c.z);
}

/**
 * Seed-and-gather over a 3-D grid. Cells are visited densest first so seeds start where people
 * are; each seed moves once to the member nearest its neighbourhood's centre, so a cohort forms
 * around a city rather than at its edge.
 */
function gather(points: Pt[], o: Resolved): { groups: Pt[][]; rest: Pt[] } {
  const r = o.radiusKm;
  const span = Math.ceil(EARTH_RADIUS_KM / r) + 2;
  const base = 2 * span + 1;
  const cellOf = (v: number) => Math.floor(v / r) + span;
  const keyOf = (i: number, j: number, k: number) => (i * base + j) * base + k;
  const grid = new Map<number, Pt[]>();
  points.forEach((p, i) => {
    p.local = i;
    const key = keyOf(cellOf(p.x), cellOf(p.y), cellOf(p.z));
    const cell = grid.get(key);
    if (cell) cell.push(p);
    else grid.set(key, [p]);
  });
  const taken = new Uint8Array(points.length);

  const near = (c: Pt): Pt[] => {
    const ci = cellOf(c.x);
    const cj = cellOf(c.y);
    const ck = cellOf(c.z);
    const found: Pt[] = [];
    for (let i = ci - 1; i <= ci + 1; i++)
      for (let j = cj - 1; j <= cj + 1; j++)
        for (let k = ck - 1; k <= ck + 1; k++) {
          const cell = grid.get(keyOf(i, j, k));
          if (!cell) continue;
          for (const p of cell) if (!taken[p.local] && dist(c, p) <= r) found.push(p);
        }
    // Cells are visited in a fixed order, but sorting keeps every later choice id-based.
    return found.sort((a, b) => cmp(a.s.id, b.s.id));
  };

  // Cells hold points in id order, so ties between equally dense cells go to the smaller id.
  const cells = [...grid.values()].sort((a, b) => b.length - a.length || cmp(a[0].s.id, b[0].s.id));
  const groups: Pt[][] = [];
  const rest: Pt[] = [];
  for (const cell of cells) {
    for (const p of cell) {
      if (taken[p.local]) continue;
      const around = near(p);
      const c = centroid(around);
      let seed = around[0];
      let bestD = Infinity;
      for (const q of around) {
        const d = chord(q, c);
        if (d < bestD) {
          bestD = d;
          seed = q;
        }
      }
      const members = seed === p ? around : near(seed);
      for (const q of members) taken[q.local] = 1;
      const cut = split(members, o);
      groups.push(...cut.groups);
      rest.push(...cut.rest);
    }
  }
  return { groups, rest };
}

function modalStage(ps: readonly Pt[]): number {
  const counts = new Map<number, number>();
  for (const p of ps) counts.set(p.stage, (counts.get(p.stage) ?? 0) + 1);
  let best = ps[0].stage;
  for (const [s, n] of counts) {
    const bn = counts.get(best)!;
    if (n > bn || (n === bn && s < best)) best = s;
  }
  return best;
}

/**
 * Seekers left over join the most similar cohort of their bucket that has room and keeps every
 * pair within twice the radius: same stage as most members first, then the nearest.
 */
function placeLeftovers(groups: Pt[][], rest: Pt[], o: Resolved): void {
  if (groups.length === 0) return;
  const sorted = [...rest].sort((a, b) => cmp(a.s.id, b.s.id));
  for (const p of sorted) {
    let best = -1;
    let bestCost = Infinity;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      if (group.length >= o.maxSize) continue;
      let sum = 0;
      let fits = true;
      if (p.placed) {
        for (const q of group) {
          const d = dist(p, q);
          if (d > 2 * o.radiusKm) {
            fits = false;
            break;
          }
          sum += d;
        }
      }
      if (!fits) continue;
      const cost = sum / group.length / o.radiusKm + (modalStage(group) === p.stage ? 0 : 1);
      if (cost < bestCost - 1e-12) {
        bestCost = cost;
        best = g;
      }
    }
    if (best >= 0) groups[best].push(p);
  }
}

function bucketKey(p: Pt): string {
  return `${p.band}|${p.placed ? 'p' : 'r'}|${p.field === null ? '' : `=${p.field}`}`;
}

function bucketize(points: Pt[]): Pt[][] {
  const buckets = new Map<string, Pt[]>();
  for (const p of points) {
    const key = bucketKey(p);
    const b = buckets.get(key);
    if (b) b.push(p);
    else buckets.set(key, [p]);
  }
  return [...buckets.entries()].sort((a, b) => cmp(a[0], b[0])).map(([, b]) => b);
}

/**
 * Suggested cohorts, best first. Seekers who fit no cohort of at least `minSize` are left out; no
 * seeker is in two cohorts. Runs in about O(n log n) for seekers spread over many places.
 */
export function suggestCohorts(
  seekers: readonly CohortSeeker[],
  opts?: CohortOptions,
): SuggestedCohort[] {
  const o = resolve(opts);
  const out: SuggestedCohort[] = [];
  for (const bucket of bucketize(prepare(seekers))) {
    if (bucket.length < o.minSize) continue;
    if (!bucket[0].placed) {
      // Remote seekers have no geography: pieces differ only by stage.
      const { groups, rest } = split(bucket, o);
      placeLeftovers(groups, rest, o);
      for (const g of groups) out.push(describe(g, o));
      continue;
    }
    const first = gather(bucket, o);
    // Stragglers from different seeds may still be near one another.
    const second = gather(first.rest, o);
    const groups = [...first.groups, ...second.groups];
    placeLeftovers(groups, second.rest, o);
    for (const g of groups) out.push(describe(g, o));
  }
  return sortCohorts(out);
}

function pairSimilarity(a: Pt, b: Pt, o: Resolved): number {
  if (a.band !== b.band || a.field !== b.field || a.placed !== b.placed) return 0;
  const stage = a.stage === b.stage ? 1 : 0.5;
  if (!a.placed) return 0.3 + 0.4 * stage;
  const d = dist(a, b);
  if (d > o.radiusKm) return 0;
  return 0.6 * (1 - d / o.radiusKm) + 0.4 * stage;
}

/**
 * The baseline: similarity of every pair in one condensed matrix, then greedy agglomerative
 * merging (best pair first, complete linkage: every cross pair compatible, size within the
 * maximum). Cohorts below the minimum are dissolved and their members join the most similar
 * cohort with room. Quadratic time and memory by design.
 */
export function naiveSuggestCohorts(
  seekers: readonly CohortSeeker[],
  opts?: CohortOptions,
): SuggestedCohort[] {
  const o = resolve(opts);
  const pts = prepare(seekers);
  const n = pts.length;
  const at = (i: number, j: number) => {
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    return a * n - (a * (a + 1)) / 2 + (b - a - 1);
  };
  const sim = new Float32Array((n * (n - 1)) / 2);
  const pi: number[] = [];
  const pj: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = pairSimilarity(pts[i], pts[j], o);
      sim[at(i, j)] = s;
      if (s > 0) {
        pi.push(i);
        pj.push(j);
      }
    }
  }
  const order = pi.map((_, k) => k);
  order.sort((a, b) => sim[at(pi[b], pj[b])] - sim[at(pi[a], pj[a])] || a - b);

  const clusterOf = Int32Array.from({ length: n }, (_, i) => i);
  const members: number[][] = pts.map((_, i) => [i]);
  for (const k of order) {
    const a = clusterOf[pi[k]];
    const b = clusterOf[pj[k]];
    if (a === b || members[a].length + members[b].length > o.maxSize) continue;
    let linked = true;
    for (const x of members[a]) {
      for (const y of members[b])
        if (sim[at(x, y)] <= 0) {
          linked = false;
          break;
        }
      if (!linked) break;
    }
    if (!linked) continue;
    const [into, from] = a < b ? [a, b] : [b, a];
    for (const y of members[from]) clusterOf[y] = into;
    members[into].push(...members[from]);
    members[from] = [];
  }

  const groups = members.filter((m) => m.length >= o.minSize);
  const rest = members
    .filter((m) => m.length > 0 && m.length < o.minSize)
    .flat()
    .sort((a, b) => a - b);
  for (const x of rest) {
    let best = -1;
    let bestSim = 0;
    for (let g = 0; g < groups.length; g++) {
      if (groups[g].length >= o.maxSize) continue;
      let sum = 0;
      let ok = true;
      for (const y of groups[g]) {
        const s = sim[at(x, y)];
        if (s <= 0) {
          ok = false;
          break;
        }
        sum += s;
      }
      if (ok && sum / groups[g].length > bestSim) {
        bestSim = sum / groups[g].length;
        best = g;
      }
    }
    if (best >= 0) groups[best].push(x);
  }
  return sortCohorts(
    groups.map((g) =>
      describe(
        g.map((i) => pts[i]),
        o,
      ),
    ),
  );
}

function sortCohorts(cs: SuggestedCohort[]): SuggestedCohort[] {
  return cs.sort(
    (a, b) =>
      b.score - a.score ||
      b.memberIds.length - a.memberIds.length ||
      cmp(a.memberIds[0], b.memberIds[0]),
  );
}

const stageLabel = (s: number) => STAGES[s].replace('_', ' ');

/** Words joined PascalCase; accents dropped so the tag is easy to type. */
function pascal(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

function describe(group: Pt[], o: Resolved): SuggestedCohort {
  const ps = [...group].sort((a, b) => cmp(a.s.id, b.s.id));
  const n = ps.length;
  const field = ps[0].field;

  const stageCounts = new Map<number, number>();
  for (const p of ps) stageCounts.set(p.stage, (stageCounts.get(p.stage) ?? 0) + 1);
  const stages = [...stageCounts.keys()].sort((a, b) => a - b);
  const purity = Math.max(...stageCounts.values()) / n;
  const stageReason =
    stages.length === 1
      ? `All ${n} are ${stageLabel(stages[0])}`
      : `All ${n} are ${BAND_LABEL[ps[0].band]}: ${[...stageCounts]
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .map(([s, c]) => `${c} ${stageLabel(s)}`)
          .join(', ')}`;

  let place: string | null = null;
  let placeReason = 'All remote or without a shared location';
  let geo = 0.5;
  if (ps[0].placed) {
    const names = new Map<string, Pt[]>();
    for (const p of ps) {
      const at = names.get(p.s.place!.name);
      if (at) at.push(p);
      else names.set(p.s.place!.name, [p]);
    }
    const [name, there] = [...names].sort(
      (a, b) => b[1].length - a[1].length || cmp(a[0], b[0]),
    )[0];
    place = name;
    const c = centroid(there);
    const anchor = toLatLng(c.x, c.y, c.z);
    const far = Math.max(...ps.map((p) => distanceKm(anchor, latLngOf(p))));
    placeReason = `Within ${Math.max(10, Math.ceil(far / 10) * 10)} km of ${name}`;
    const mid = centroid(ps);
    const centre = toLatLng(mid.x, mid.y, mid.z);
    const mean = ps.reduce((sum, p) => sum + distanceKm(centre, latLngOf(p)), 0) / n;
    geo = Math.max(0, 1 - mean / o.radiusKm);
  }

  const sets = ps.map(
    (p) => new Set(p.s.fields.map((f) => f.trim().toLowerCase()).filter(Boolean)),
  );
  let overlap = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      overlap += jaccard(sets[i], sets[j]);
      pairs++;
    }
  overlap = pairs ? overlap / pairs : 1;
  const score = Math.round((0.5 * geo + 0.35 * purity + 0.15 * overlap) * 100) / 100;

  const stageText = stages.map(stageLabel).join(' & ');
  const nameParts = [field, stageText, place ?? 'remote'].filter((x): x is string => x !== null);
  const suggestedName = nameParts.join(' · ');
  return {
    memberIds: ps.map((p) => p.s.id),
    stage: stages.map((s) => STAGES[s]).join('/'),
    field,
    place,
    score,
    reasons: [stageReason, field ? `Field: ${field}` : 'No field listed yet', placeReason],
    suggestedName: suggestedName[0].toUpperCase() + suggestedName.slice(1),
    suggestedHashtag: `${pascal(place ?? 'remote')}${pascal(field ?? stageText)}Cohort`,
  };
}

/**
 * Pairwise precision and recall of co-membership against planted groups (seeker id → group):
 * of the pairs put together, how many belong together; of those that belong together, how many
 * were put together. Used by the quality tests and the benchmark.
 */
export function pairwiseQuality(
  cohorts: readonly SuggestedCohort[],
  truth: ReadonlyMap<string, number>,
): { precision: number; recall: number } {
  let predicted = 0;
  let correct = 0;
  for (const c of cohorts)
    for (let i = 0; i < c.memberIds.length; i++)
      for (let j = i + 1; j < c.memberIds.length; j++) {
        predicted++;
        const a = truth.get(c.memberIds[i]);
        if (a !== undefined && a === truth.get(c.memberIds[j])) correct++;
      }
  const sizes = new Map<number, number>();
  for (const g of truth.values()) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const actual = [...sizes.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  return {
    precision: predicted ? correct / predicted : 1,
    recall: actual ? correct / actual : 1,
  };
}
