/**
 * The profile audit a coach runs before a seeker starts networking: the old posts a recruiter
 * could stop at, each with what was found and why it deserves a second look. It reports only what
 * a post literally says, from a closed list of reasons (profanity, hostility toward an employer or
 * colleague, exposed personal data, dead links, posts far from every pillar). It never infers who
 * the seeker is: a post about faith, health, family leave, identity, politics or a union is not a
 * finding, and such posts are not even offered as off-pillar, so the audit can never nudge anyone
 * to hide those parts of their life.
 */
import { canonicalUrl, terms } from '@libs/text';
import {
  type Severity,
  describePersonalData,
  findHostility,
  findPersonalData,
  findProfanity,
  milder,
  worse,
} from './detectors.js';
import { type Pillar, compilePillars, pillarText, pillarsOf, stem } from './pillars.js';
import { type VoicePost, isTime, voiceProfile } from './profile.js';
import { linksIn } from './x-length.js';

export type AuditReason =
  'profanity' | 'hostility' | 'personal_data' | 'broken_link' | 'off_pillar';

export interface AuditFinding {
  postId: string;
  reason: AuditReason;
  /** What was found (personal data masked) and why it is worth a second look. */
  detail: string;
  severity: Severity;
}

export interface AuditOptions {
  pillars: Pillar[];
  /** Canonical URLs (see `canonicalUrl` in libs/text) known not to resolve. */
  brokenUrls?: Set<string>;
  /** When the audit runs (ms); findings then say how old the post is. */
  now?: number;
  /** At most this many off-pillar findings, the furthest first (default 5). */
  maxOffPillar?: number;
}

/** Below this many content words a post is small talk, and small talk is allowed. */
const OFF_PILLAR_MIN_TERMS = 8;
const DEFAULT_MAX_OFF_PILLAR = 5;

/**
 * Topics that are nobody's business in a job search. Used for one thing only: to keep such posts
 * out of the off-pillar list. They are never reported, counted or named.
 */
const PROTECTED = new Set(
  `pray prayer praying prayers church mosque synagogue temple faith god jesus allah bible quran
   torah ramadan eid easter christmas diwali hanukkah passover lent pride lgbt lgbtq lgbtqia
   queer gay lesbian bisexual trans transgender nonbinary pronouns pregnant pregnancy maternity
   paternity parental newborn ivf miscarriage cancer diagnosis diagnosed therapy therapist
   surgery hospital illness sick disability disabled adhd autism autistic depression anxiety
   mental chronic recovery election elections vote voted voting democrat democrats republican
   republicans liberal conservative union unions unionize strike protest immigrant immigration
   refugee visa heritage juneteenth indigenous black latino latina latinx asian hispanic`
    .split(/\s+/)
    .map(stem),
);

const REASON_ORDER: readonly AuditReason[] = [
  'personal_data',
  'hostility',
  'profanity',
  'broken_link',
  'off_pillar',
];
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

const DAY = 86_400_000;

function age(createdAt: number, now: number | undefined): string {
  if (!isTime(now) || !isTime(createdAt) || now < createdAt) return '';
  const days = Math.floor((now - createdAt) / DAY);
  if (days < 1) return ' Posted today.';
  if (days < 60) return ` Posted ${days} day${days === 1 ? '' : 's'} ago.`;
  if (days < 730) return ` Posted ${Math.round(days / 30.44)} months ago.`;
  return ` Posted ${Math.floor(days / 365.25)} years ago.`;
}

const quote = (s: string, max = 60) => {
  const chars = [...s.replace(/\s+/g, ' ').trim()];
  return `"${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('')}"`;
};

const list = (xs: readonly string[], max: number) =>
  xs.slice(0, max).join(', ') + (xs.length > max ? ', …' : '');

/**
 * Findings over a seeker's posts, most severe first, then newest first. At most one finding per
 * post and reason. Reposts are checked for profanity, hostility and dead links (they show on the
 * profile as the seeker's choice, one severity lower) but not for personal data, which would be
 * someone else's; replies and reposts are never off-pillar.
 */
export function auditPosts(posts: VoicePost[], opts: AuditOptions): AuditFinding[] {
  const all = Array.isArray(posts)
    ? posts.filter(
        (p): p is VoicePost => p !== null && typeof p === 'object' && typeof p.text === 'string',
      )
    : [];
  const now = opts?.now;
  const broken = new Set<string>();
  for (const u of opts?.brokenUrls ?? []) {
    const c = typeof u === 'string' ? canonicalUrl(u) : null;
    if (c !== null) broken.add(c);
  }
  const out: (AuditFinding & { at: number; order: number })[] = [];

  all.forEach((post, order) => {
    const at = isTime(post.createdAt) ? post.createdAt : -Infinity;
    const when = age(post.createdAt, now);
    const repost = post.isRepost === true;
    const add = (reason: AuditReason, severity: Severity, detail: string) =>
      out.push({
        postId: String(post.id),
        reason,
        severity: repost ? milder(severity) : severity,
        detail: (repost ? 'In a repost: ' : '') + detail + when,
        at,
        order,
      });

    const pd = repost ? [] : findPersonalData(post.text);
    if (pd.length > 0) {
      const severity = pd.map((m) => m.severity).reduce(worse);
      add(
        'personal_data',
        severity,
        `Names ${list(pd.map(describePersonalData), 2)}. Anyone can read, copy and keep it; ` +
          'delete the post or share contact details by DM.',
      );
    }

    const hostile = findHostility(post.text);
    if (hostile.length > 0) {
      // Quote the worst of them: that is the sentence a hiring manager would remember.
      const shown = hostile.reduce((a, b) =>
        worse(a.severity, b.severity) === a.severity ? a : b,
      );
      add(
        'hostility',
        shown.severity,
        `Speaks badly of an employer or colleague: ${quote(shown.snippet)}. Hiring managers ` +
          'read it as how you would talk about them.',
      );
    }

    const profane = findProfanity(post.text);
    if (profane.length > 0) {
      add(
        'profanity',
        profane.map((m) => m.severity).reduce(worse),
        `Uses ${list(
          [...new Set(profane.map((m) => `"${m.masked.toLowerCase()}"`))],
          3,
        )}. Recruiters scrolling back read old posts as your voice today.`,
      );
    }

    if (broken.size > 0) {
      const links =
        Array.isArray(post.urls) && post.urls.length > 0 ? post.urls : linksIn(post.text);
      const dead = links
        .filter((u): u is string => typeof u === 'string')
        .map((u) => canonicalUrl(/^https?:\/\//i.test(u) ? u : `https://${u}`))
        .filter((u): u is string => u !== null && broken.has(u));
      if (dead.length > 0) {
        add(
          'broken_link',
          'medium',
          `Links to a page that no longer loads: ${list(
            dead.map((u) => u.replace(/^https:\/\//, '')),
            2,
          )}. A dead link in a post that is still up looks neglected; update or delete it.`,
        );
      }
    }
  });

  out.push(...offPillar(all, opts, now));

  out.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      b.at - a.at ||
      a.order - b.order ||
      REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason),
  );
  return out.map(({ postId, reason, detail, severity }) => ({ postId, reason, detail, severity }));
}

/**
 * Own posts (not replies) with many content words, none on a pillar and none among the seeker's
 * own usual themes: the posts that make a profile read as about something else. Ranked by how
 * many content words they have, so a long essay on a side interest comes before a short aside.
 */
function offPillar(
  all: readonly VoicePost[],
  opts: AuditOptions,
  now: number | undefined,
): (AuditFinding & { at: number; order: number })[] {
  const pillars = compilePillars(opts?.pillars ?? []);
  if (pillars.every((p) => p.terms.length === 0)) return [];
  const max = Math.max(0, Math.floor(opts?.maxOffPillar ?? DEFAULT_MAX_OFF_PILLAR));
  if (max === 0) return [];
  const profile = voiceProfile([...all], opts.pillars, { now });
  const usual = new Set(profile.themes.map((t) => stem(t.term.replace(/^#/, ''))));
  const pillarNames = pillars.map((p) => p.name);

  const candidates: (AuditFinding & { at: number; order: number; words: number })[] = [];
  all.forEach((post, order) => {
    if (post.isRepost === true || post.isReply === true) return;
    const words = terms(post.text);
    if (words.length < OFF_PILLAR_MIN_TERMS) return;
    const stems = words.map((w) => stem(w.replace(/^#/, '')));
    if (stems.some((s) => PROTECTED.has(s))) return;
    if (pillarsOf(pillarText(post.text), pillars).length > 0) return;
    if (stems.some((s) => usual.has(s))) return;
    candidates.push({
      postId: String(post.id),
      reason: 'off_pillar',
      severity: 'low',
      detail:
        `${words.length} content words, none on your pillars (${list(pillarNames, 3)}) or your ` +
        'usual themes. Fine now and then; a profile full of these blurs what you want to be ' +
        `known for.${age(post.createdAt, now)}`,
      at: isTime(post.createdAt) ? post.createdAt : -Infinity,
      order,
      words: words.length,
    });
  });
  candidates.sort((a, b) => b.words - a.words || b.at - a.at || a.order - b.order);
  return candidates.slice(0, max).map(({ words: _words, ...f }) => f);
}
