/**
 * The outreach pipeline as rules, apart from storage: which moves are allowed from each stage,
 * which moves are asks (and so wait for an answer), and the cadence caps. Pure, so the service
 * and its tests share one definition.
 */
export const STAGES = [
  'identified',
  'engaging',
  'first_contact',
  'interview_proposed',
  'scheduled',
  'held',
  'thanked',
  'ongoing',
  'declined',
  'no_reply',
] as const;
export type Stage = (typeof STAGES)[number];

const NEXT: Record<Stage, readonly Stage[]> = {
  identified: ['engaging', 'first_contact', 'declined'],
  engaging: ['first_contact', 'declined'],
  first_contact: ['interview_proposed', 'ongoing', 'declined', 'no_reply'],
  interview_proposed: ['scheduled', 'declined', 'no_reply'],
  scheduled: ['held', 'interview_proposed', 'declined'],
  held: ['thanked'],
  thanked: ['ongoing'],
  ongoing: ['interview_proposed'],
  declined: [],
  // One polite follow-up after silence is fine; it is a new first contact.
  no_reply: ['first_contact'],
};

/** Moves that put a question to the person: no second one before they answer. */
const ASKS: ReadonlySet<Stage> = new Set(['first_contact', 'interview_proposed']);

export type MoveProblem =
  { code: 'INVALID_STATE'; message: string } | { code: 'CONFLICT'; message: string } | null;

export interface ContactState {
  stage: Stage;
  blocked: boolean;
  awaitingReply: boolean;
  firstContactAt: Date | null;
}

export function allowedMoves(stage: Stage): readonly Stage[] {
  return NEXT[stage];
}

/**
 * Why a move is refused, or null. `firstContactsThisWeek` counts the seeker's other contacts
 * first reached in the last seven days; `replied` means the person answered the last ask.
 */
export function moveProblem(
  c: ContactState,
  to: Stage,
  opts: { replied: boolean; firstContactsThisWeek: number; weeklyCap: number },
): MoveProblem {
  // Recording that a blocked person declined or went quiet is bookkeeping, not outreach.
  if (c.blocked && to !== 'declined' && to !== 'no_reply') {
    return {
      code: 'INVALID_STATE',
      message: 'You blocked this person; unblock them before reaching out again.',
    };
  }
  if (c.stage === 'declined') {
    return {
      code: 'INVALID_STATE',
      message: 'This person declined. Respect that and look for another mentor.',
    };
  }
  if (!NEXT[c.stage].includes(to)) {
    const options = NEXT[c.stage].join(', ') || 'none';
    return {
      code: 'INVALID_STATE',
      message: `A contact at ${c.stage} cannot move to ${to}; next steps are: ${options}.`,
    };
  }
  if (ASKS.has(to) && c.awaitingReply && !opts.replied) {
    return {
      code: 'INVALID_STATE',
      message:
        'You are still waiting for an answer to your last message. Wait for a reply (or mark no_reply) before asking again.',
    };
  }
  const isNewFirstContact = to === 'first_contact' && c.firstContactAt === null;
  if (isNewFirstContact && opts.firstContactsThisWeek >= opts.weeklyCap) {
    return {
      code: 'CONFLICT',
      message: `This seeker already reached out to ${opts.firstContactsThisWeek} new people in the last 7 days (the limit is ${opts.weeklyCap}). Follow up with them first, or wait.`,
    };
  }
  return null;
}

/** After a move: whether the contact now waits for an answer. */
export function awaitingAfter(c: ContactState, to: Stage, replied: boolean): boolean {
  if (ASKS.has(to)) return true;
  if (to === 'no_reply' || to === 'declined' || to === 'scheduled' || to === 'held') return false;
  return replied ? false : c.awaitingReply;
}

/** A follow-up is due when an ask has gone unanswered for the quiet period. */
export function followUpDueAt(
  c: { awaitingReply: boolean; stageChangedAt: Date },
  quietDays: number,
): Date | null {
  if (!c.awaitingReply) return null;
  return new Date(c.stageChangedAt.getTime() + quietDays * 86_400_000);
}
