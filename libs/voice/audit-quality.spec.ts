/**
 * The audit against the demo world's ground truth: every seeker's old posts include some labelled
 * `audit:profanity`, `audit:phone` or `audit:employer-complaint`, among ordinary posts that must
 * stay clean. Recall per label, and precision over every profanity, hostility and personal-data
 * finding (a finding on an unlabelled post, or for another reason than the post's label, is a
 * false positive). Off-pillar findings have no ground truth here; they are only counted.
 */
import { type SimTweet, generateWorld } from '@libs/x-simulator';
import { type AuditReason, type Pillar, type VoicePost, auditPosts } from './index.js';

const EXPECTED: Readonly<Record<string, AuditReason>> = {
  'audit:profanity': 'profanity',
  'audit:phone': 'personal_data',
  'audit:employer-complaint': 'hostility',
};

const toPost = (t: SimTweet): VoicePost => ({
  id: t.id,
  text: t.text,
  createdAt: Date.parse(t.created_at),
  urls: (t.entities?.urls ?? []).map((u) => u.expanded_url),
  isReply: t.referenced_tweets?.some((r) => r.type === 'replied_to') ?? false,
  isRepost: t.referenced_tweets?.some((r) => r.type === 'retweeted') ?? false,
});

/**
 * Pillars a coach would set from a seeker's bio ("Data Engineer in Boston · dbt and Airflow · open
 * to work"): the target role, the two skills, and the search itself.
 */
function pillarsFromBio(description: string): Pillar[] {
  const [role = '', skills = ''] = description.split('·').map((s) => s.trim());
  return [
    { name: 'role', terms: [role.replace(/\s+in\s+.*$/, '')] },
    { name: 'skills', terms: skills.split(/\s+and\s+/).filter((s) => s.length > 0) },
    {
      name: 'job search',
      terms: ['#jobsearch', '#opentowork', '#careeradvice', 'interview', 'resume', 'portfolio'],
    },
    {
      name: 'networking',
      terms: ['networking', 'hiring manager', 'mentor', 'meetup', 'coffee chat'],
    },
  ];
}

interface Tally {
  expected: number;
  found: number;
}

function measure(seeds: readonly number[]) {
  const recall: Record<string, Tally> = {};
  for (const label of Object.keys(EXPECTED)) recall[label] = { expected: 0, found: 0 };
  let truePositives = 0;
  let falsePositives = 0;
  const falseExamples: string[] = [];
  let offPillar = 0;
  let posts = 0;
  for (const seed of seeds) {
    const world = generateWorld(seed);
    for (const seeker of world.accountsByKind('seeker')) {
      const timeline = world.timeline(seeker.id);
      posts += timeline.length;
      const byId = new Map(timeline.map((t) => [t.id, t]));
      const findings = auditPosts(timeline.map(toPost), {
        pillars: pillarsFromBio(seeker.description),
        now: world.now,
      });
      for (const t of timeline) {
        for (const label of t.labels.filter((l) => l in EXPECTED)) {
          recall[label].expected++;
          if (findings.some((f) => f.postId === t.id && f.reason === EXPECTED[label])) {
            recall[label].found++;
          }
        }
      }
      for (const f of findings) {
        if (f.reason === 'off_pillar') {
          offPillar++;
          continue;
        }
        const labels = byId.get(f.postId)?.labels ?? [];
        if (labels.some((l) => EXPECTED[l] === f.reason)) truePositives++;
        else {
          falsePositives++;
          falseExamples.push(`${f.reason}: ${byId.get(f.postId)?.text ?? f.postId}`);
        }
      }
    }
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  return { recall, precision, truePositives, falsePositives, falseExamples, offPillar, posts };
}

describe('auditPosts on the demo world', () => {
  const seeds = [1, 2, 3];
  const result = measure(seeds);
  const rate = (t: Tally) => t.found / Math.max(1, t.expected);

  it('reports its quality in one line', () => {
    const parts = Object.entries(result.recall).map(
      ([label, t]) => `${label.slice(6)} ${t.found}/${t.expected}`,
    );
    // One line for the CI log, so a regression shows without opening the test.
    console.log(
      `voice audit (seeds ${seeds.join(',')}, ${result.posts} seeker posts): recall ${parts.join(
        ', ',
      )}; precision ${result.precision.toFixed(3)} (${result.truePositives} TP, ` +
        `${result.falsePositives} FP); off-pillar ${result.offPillar}`,
    );
    expect(result.posts).toBeGreaterThan(500);
  });

  it.each(Object.keys(EXPECTED))('finds every %s post', (label) => {
    expect(result.recall[label].expected).toBeGreaterThan(5);
    expect(rate(result.recall[label])).toBe(1);
  });

  it('flags almost nothing else', () => {
    expect(result.falseExamples).toEqual([]);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
  });
});
