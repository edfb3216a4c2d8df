/**
 * Ranking people on X as peers for a seeker: others starting out in the same field, near them,
 * best of all at the same stage and also looking for work. A peer must be early-stage by their
 * bio and name the seeker's field; within that:
 *
 *   score = field × stage × searching × proximity × recency, each in 0..1
 */
import { distanceKm } from './geo.js';
import { locate, type Place } from './gazetteer.js';
import { DEFAULT_RADIUS_KM } from './mentors.js';
import { bioSignals, FIELDS, type BioSignals, type CareerStage } from './profile.js';
import { TopK } from './top-k.js';

const DAY = 86_400_000;

export interface PeerCandidate {
  id: string;
  username: string;
  description: string;
  location: string;
  /** ms since epoch; null when they posted nothing in the window. */
  lastPostAt: number | null;
}

export interface PeerSeeker {
  field: string;
  /**
   * The seeker's stage: a bioSignals stage, or Perch's own career stages (`career_change`,
   * `early_career`, `student`, `returning`, …), which are mapped onto them.
   */
  stage?: string | null;
  /** With a place, only peers within radiusKm are returned; without one, location is ignored. */
  place: Place | null;
  /** Default 150. */
  radiusKm?: number;
}

export interface RankedPeer {
  id: string;
  username: string;
  /** 0..1 */
  score: number;
  stage: CareerStage;
  field: string;
  distanceKm: number | null;
  reasons: string[];
}

const STAGE_LABEL: Record<CareerStage, string> = {
  student: 'Student',
  new_grad: 'New grad',
  bootcamp: 'Bootcamp grad',
  career_switcher: 'Career switcher',
  self_taught: 'Self-taught',
  junior: 'Junior',
  returning: 'Returning to work',
};

/** Perch's seeker stages (and a few spellings) as bio stages. */
const SEEKER_STAGE: Record<string, CareerStage> = {
  career_change: 'career_switcher',
  career_switch: 'career_switcher',
  early_career: 'junior',
  entry_level: 'junior',
  returner: 'returning',
};

/** Stages that are all "looking for a first job in the field". */
const FIRST_JOB = new Set<CareerStage>(['new_grad', 'bootcamp', 'self_taught', 'junior']);

function asStage(stage: string | null | undefined): CareerStage | null {
  if (!stage) return null;
  const s = stage.toLowerCase().replace(/[\s-]+/g, '_');
  if (s in STAGE_LABEL) return s as CareerStage;
  return SEEKER_STAGE[s] ?? null;
}

interface Kept {
  id: string;
  score: number;
  c: PeerCandidate;
  bio: BioSignals;
  stage: CareerStage;
  place: Place | null;
  d: number | null;
  match: 'same' | 'close' | 'other';
  searching: boolean;
}

/** The best `limit` peers for a seeker, best first (ties by id). */
export function rankPeers(
  seeker: PeerSeeker,
  candidates: Iterable<PeerCandidate>,
  opts: { now: number; limit?: number; exclude?: ReadonlySet<string> },
): RankedPeer[] {
  const radius = seeker.radiusKm ?? DEFAULT_RADIUS_KM;
  const mine = asStage(seeker.stage);
  const bios = new Map<string, BioSignals>();
  const places = new Map<string, Place | null>();
  const top = new TopK<Kept>(opts.limit ?? 20);
  for (const c of candidates) {
    if (opts.exclude?.has(c.id)) continue;
    let bio = bios.get(c.description);
    if (!bio) bios.set(c.description, (bio = bioSignals(c.description)));
    const stage = bio.stage;
    if (!stage) continue;
    const i = bio.fields.indexOf(seeker.field);
    if (i < 0) continue;
    let place: Place | null = null;
    let d: number | null = null;
    let proximity = 1;
    if (seeker.place) {
      place = places.has(c.location) ? places.get(c.location)! : locate(c.location);
      places.set(c.location, place);
      if (!place) continue;
      d = distanceKm(seeker.place, place);
      if (d > radius) continue;
      proximity = 1 - (0.3 * d) / radius;
    }
    const match = !mine
      ? 'other'
      : stage === mine
        ? 'same'
        : FIRST_JOB.has(stage) && FIRST_JOB.has(mine)
          ? 'close'
          : 'other';
    // A junior with a job is a peer too, but one who is also looking shares the seeker's week.
    const searching =
      bio.openToWork || stage !== 'junior' || /\b(?:aspiring|in training)\b/i.test(c.description);
    const days = c.lastPostAt === null ? Infinity : (opts.now - c.lastPostAt) / DAY;
    const score =
      (i === 0 ? 1 : 0.6) *
      (match === 'same' ? 1 : match === 'close' ? 0.85 : 0.7) *
      (searching ? 1 : 0.6) *
      proximity *
      (days <= 30 ? 1 : c.lastPostAt === null ? 0.5 : 0.6);
    const rounded = Math.round(score * 10_000) / 10_000;
    if (!top.admits(rounded, c.id)) continue;
    top.push({ id: c.id, score: rounded, c, bio, stage, place, d, match, searching });
  }
  const label = FIELDS[seeker.field]?.label ?? seeker.field;
  return top.sorted().map((k) => {
    const reasons: string[] = [];
    if (k.match === 'same') reasons.push(`${STAGE_LABEL[k.stage]} like you`);
    else reasons.push(STAGE_LABEL[k.stage]);
    reasons.push(`Same field: ${label}`);
    if (k.place && k.d !== null) reasons.push(`${k.place.name} — ${Math.round(k.d)} km`);
    if (k.bio.openToWork) reasons.push('Also looking for work');
    if (k.c.lastPostAt !== null) {
      const days = Math.floor((opts.now - k.c.lastPostAt) / DAY);
      if (days > 30) reasons.push(`Quiet for ${days} days`);
    }
    return {
      id: k.id,
      username: k.c.username,
      score: k.score,
      stage: k.stage,
      field: seeker.field,
      distanceKm: k.d === null ? null : Math.round(k.d * 10) / 10,
      reasons,
    };
  });
}
