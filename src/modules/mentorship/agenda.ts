/**
 * Agenda questions for an informational interview: drawn from what the mentor recently wrote
 * (so the seeker shows they listened) and from the seeker's own goals. Pure.
 */
import { terms } from '@libs/text';

export interface AgendaItem {
  question: string;
  postId: string | null;
}

const MAX_FROM_POSTS = 3;

function snippet(text: string, max = 90): string {
  const clean = text
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

export function agendaQuestions(
  posts: { id: string; text: string }[],
  seeker: { targetRoles: string[]; field: string | null },
): AgendaItem[] {
  const goal = seeker.targetRoles[0] ?? (seeker.field ? `${seeker.field} professional` : null);
  // Posts with substance first: more distinct content terms, and no bare replies or links.
  // A reply's leading @mentions are addressing, not content.
  const ranked = posts
    .map((p) => ({ ...p, text: p.text.replace(/^(@\w+\s+)+/, '') }))
    .filter((p) => snippet(p.text).length >= 30)
    .map((p) => ({ p, weight: terms(p.text).length }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_FROM_POSTS);
  const out: AgendaItem[] = ranked.map(({ p }) => ({
    question: `You wrote “${snippet(p.text)}” — what led you there${goal ? `, and how would you apply it as a new ${goal}` : ''}?`,
    postId: p.id,
  }));
  if (goal) {
    out.push({
      question: `If you were starting out as a ${goal} today, what would you focus on in the first year?`,
      postId: null,
    });
  }
  out.push({
    question: 'What do you wish someone had told you earlier in your career?',
    postId: null,
  });
  out.push({ question: 'Who else would you suggest I learn from?', postId: null });
  return out;
}
