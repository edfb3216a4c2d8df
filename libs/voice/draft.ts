/**
 * A check of a post before the seeker publishes it: will X accept it, what will it cost through
 * the API, and does it sound like the voice the seeker and their coach agreed on. The same
 * detectors as the audit make profanity, hostility and personal data errors here, since a draft
 * is the cheapest place to catch them.
 */
import { canonicalUrl, formality, sentiment, terms, tokenize } from '@libs/text';
import {
  describePersonalData,
  findHostility,
  findPersonalData,
  findProfanity,
} from './detectors.js';
import { type Pillar, bestPillar, compilePillars, pillarText } from './pillars.js';
import { type VoiceProfile } from './profile.js';
import { MAX_POST_LENGTH, linksIn, xLength } from './x-length.js';

export type DraftCode =
  | 'TOO_LONG'
  | 'OFF_PILLAR'
  | 'TONE_SHIFT'
  | 'TOO_MANY_HASHTAGS'
  | 'LINK_COST'
  | 'BROKEN_LINK'
  | 'PROFANITY'
  | 'HOSTILITY'
  | 'PERSONAL_DATA'
  | 'EMPTY';

export interface DraftFinding {
  code: DraftCode;
  severity: 'error' | 'warning' | 'tip';
  /** What to change. */
  message: string;
}

export interface DraftCheck {
  /** No errors: X would accept it and nothing in it should never be posted. */
  ok: boolean;
  /** Length as X counts it: links 23, emoji and CJK 2. */
  length: number;
  findings: DraftFinding[];
  /** The pillar the draft uses most terms of, or null. */
  pillar: string | null;
}

/**
 * X API pay-per-use prices for creating a post (shared/reference/x-api.md, "Tiers and prices",
 * from docs.x.com pricing): a link raises the price more than tenfold.
 */
const POST_PRICE = '$0.015';
const POST_WITH_LINK_PRICE = '$0.20';
const MAX_HASHTAGS = 3;
/** Fewer content words than this and a draft is a greeting, not a topic. */
const OFF_PILLAR_MIN_TERMS = 3;
/** A profile from a handful of posts has no usual tone yet. */
const TONE_MIN_POSTS = 5;
const TONE_MIN_WORDS = 5;
const SENTIMENT_SHIFT = 0.6;
const FORMALITY_SHIFT = 0.3;

const SEVERITY_ORDER = { error: 0, warning: 1, tip: 2 } as const;

const signed = (x: number) => (x >= 0 ? `+${x.toFixed(2)}` : x.toFixed(2));

/** Checks a draft post against X's limits, the API's prices and the seeker's voice. */
export function checkDraft(
  text: string,
  profile: VoiceProfile | null,
  pillars: Pillar[],
  opts: { brokenUrls?: ReadonlySet<string> } = {},
): DraftCheck {
  const draft = typeof text === 'string' ? text : '';
  const length = xLength(draft);
  const compiled = compilePillars(pillars);
  const pillar = bestPillar(pillarText(draft), compiled);
  if (draft.trim().length === 0) {
    return {
      ok: false,
      length,
      pillar: null,
      findings: [{ code: 'EMPTY', severity: 'error', message: 'Write the post first.' }],
    };
  }
  const findings: DraftFinding[] = [];
  const add = (code: DraftCode, severity: DraftFinding['severity'], message: string) =>
    findings.push({ code, severity, message });

  if (length > MAX_POST_LENGTH) {
    add(
      'TOO_LONG',
      'error',
      `Cut ${length - MAX_POST_LENGTH} characters: X allows ${MAX_POST_LENGTH} (links count as 23, ` +
        'emoji as 2), or split it into a thread.',
    );
  }

  const pd = findPersonalData(draft);
  if (pd.length > 0) {
    add(
      'PERSONAL_DATA',
      'error',
      `Remove ${pd.map(describePersonalData).join(', ')}: anyone can read and copy it. Share ` +
        'contact details by DM instead.',
    );
  }
  const hostile = findHostility(draft);
  if (hostile.length > 0) {
    add(
      'HOSTILITY',
      'error',
      `Rephrase "${hostile[0].snippet}": criticism of an employer or colleague reads as how you ` +
        'would talk about the next one. Say what you learned or what you want instead.',
    );
  }
  const profane = findProfanity(draft);
  if (profane.length > 0) {
    add(
      'PROFANITY',
      'error',
      `Remove ${profane.map((m) => `"${m.masked}"`).join(', ')}: recruiters read every post as ` +
        'your professional voice.',
    );
  }

  const dead = linksIn(draft).filter((u) => {
    const c = canonicalUrl(/^https?:\/\//i.test(u) ? u : `https://${u}`);
    return c !== null && opts.brokenUrls?.has(c);
  });
  if (dead.length > 0) {
    add(
      'BROKEN_LINK',
      'warning',
      `This link does not load: ${dead.join(', ')}. Fix it before it posts; a dead link ` +
        'costs the post its point.',
    );
  }
  if (linksIn(draft).length > 0) {
    add(
      'LINK_COST',
      'warning',
      `A post with a link costs ${POST_WITH_LINK_PRICE} through the X API instead of ` +
        `${POST_PRICE}. Keep the link only if it is the point of the post.`,
    );
  }
  const hashtags = tokenize(draft).filter((t) => t.kind === 'hashtag').length;
  if (hashtags > MAX_HASHTAGS) {
    add(
      'TOO_MANY_HASHTAGS',
      'warning',
      `Keep at most ${MAX_HASHTAGS} hashtags (now ${hashtags}): more reads as spam and buries ` +
        'the message.',
    );
  }

  const shift = toneShift(draft, profile);
  if (shift !== null) add('TONE_SHIFT', 'warning', shift);

  if (pillar === null && compiled.some((p) => p.terms.length > 0)) {
    if (terms(draft).length >= OFF_PILLAR_MIN_TERMS) {
      const example = compiled.find((p) => p.terms.length > 0)!;
      add(
        'OFF_PILLAR',
        'tip',
        `Not on any of your pillars (${compiled.map((p) => p.name).join(', ')}). Tie it to one ` +
          `if you can, e.g. with "${example.terms[0].raw}" for ${example.name}.`,
      );
    }
  }

  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { ok: findings.every((f) => f.severity !== 'error'), length, findings, pillar };
}

function toneShift(draft: string, profile: VoiceProfile | null): string | null {
  if (profile === null || typeof profile !== 'object' || !(profile.posts >= TONE_MIN_POSTS)) {
    return null;
  }
  const words = tokenize(draft).filter((t) => t.kind === 'word').length;
  if (words < TONE_MIN_WORDS) return null;
  const parts: string[] = [];
  const s = sentiment(draft);
  const usualS = profile.tone?.sentiment;
  if (Number.isFinite(usualS) && Math.abs(s - usualS) >= SENTIMENT_SHIFT) {
    parts.push(
      `much ${s < usualS ? 'more negative' : 'more upbeat'} than your usual posts (mood ` +
        `${signed(s)} against ${signed(usualS)})`,
    );
  }
  const f = formality(draft);
  const usualF = profile.tone?.formality;
  if (Number.isFinite(usualF) && Math.abs(f - usualF) >= FORMALITY_SHIFT) {
    parts.push(
      `${f < usualF ? 'far more casual' : 'far more formal'} than usual (formality ` +
        `${f.toFixed(2)} against ${usualF.toFixed(2)})`,
    );
  }
  if (parts.length === 0) return null;
  return `This reads ${parts.join(' and ')}. Check it is the voice you want here.`;
}
