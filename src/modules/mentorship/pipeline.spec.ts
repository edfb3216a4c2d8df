import fc from 'fast-check';
import { agendaQuestions } from './agenda.js';
import {
  STAGES,
  allowedMoves,
  awaitingAfter,
  followUpDueAt,
  moveProblem,
  type Stage,
} from './pipeline.js';

const base = {
  stage: 'identified' as Stage,
  blocked: false,
  awaitingReply: false,
  firstContactAt: null,
};
const ok = { replied: false, firstContactsThisWeek: 0, weeklyCap: 5 };

describe('outreach pipeline rules', () => {
  it('walks the happy path one allowed move at a time', () => {
    const path: Stage[] = [
      'engaging',
      'first_contact',
      'interview_proposed',
      'scheduled',
      'held',
      'thanked',
      'ongoing',
    ];
    let c = { ...base };
    for (const to of path) {
      expect(moveProblem(c, to, { ...ok, replied: true })).toBeNull();
      c = {
        ...c,
        stage: to,
        awaitingReply: awaitingAfter(c, to, true),
        firstContactAt: c.firstContactAt,
      };
    }
  });

  it('refuses moves the pipeline does not allow, naming the next steps', () => {
    const p = moveProblem(base, 'held', ok);
    expect(p?.code).toBe('INVALID_STATE');
    expect(p?.message).toContain('engaging, first_contact, declined');
  });

  it('allows no second ask before an answer', () => {
    const waiting = {
      ...base,
      stage: 'first_contact' as Stage,
      awaitingReply: true,
      firstContactAt: new Date(),
    };
    expect(moveProblem(waiting, 'interview_proposed', ok)?.code).toBe('INVALID_STATE');
    expect(moveProblem(waiting, 'interview_proposed', { ...ok, replied: true })).toBeNull();
  });

  it('caps new first contacts per week, but not a follow-up to someone already contacted', () => {
    expect(moveProblem(base, 'first_contact', { ...ok, firstContactsThisWeek: 5 })?.code).toBe(
      'CONFLICT',
    );
    const again = { ...base, stage: 'no_reply' as Stage, firstContactAt: new Date() };
    expect(moveProblem(again, 'first_contact', { ...ok, firstContactsThisWeek: 5 })).toBeNull();
  });

  it('refuses outreach to blocked or declined people, but lets a blocked one be marked declined', () => {
    expect(moveProblem({ ...base, blocked: true }, 'engaging', ok)?.message).toContain('blocked');
    expect(moveProblem({ ...base, blocked: true }, 'declined', ok)).toBeNull();
    expect(moveProblem({ ...base, stage: 'declined' }, 'engaging', ok)?.message).toContain(
      'declined',
    );
  });

  it('never allows leaving declined, and every allowed move is a real stage', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STAGES),
        fc.constantFrom(...STAGES),
        fc.boolean(),
        (from, to, replied) => {
          const p = moveProblem({ ...base, stage: from }, to, { ...ok, replied });
          if (from === 'declined') expect(p).not.toBeNull();
          if (!allowedMoves(from).includes(to)) expect(p).not.toBeNull();
          for (const s of allowedMoves(from)) expect(STAGES).toContain(s);
        },
      ),
    );
  });

  it('dates a follow-up from the last move while an ask is out', () => {
    const at = new Date('2026-11-01T10:00:00Z');
    expect(followUpDueAt({ awaitingReply: true, stageChangedAt: at }, 7)?.toISOString()).toBe(
      '2026-11-08T10:00:00.000Z',
    );
    expect(followUpDueAt({ awaitingReply: false, stageChangedAt: at }, 7)).toBeNull();
  });
});

describe('informational interview agenda', () => {
  it('draws questions from the mentor’s posts (mentions stripped) and the seeker’s goal', () => {
    const items = agendaQuestions(
      [
        {
          id: '1',
          text: '@ana Start with SQL window functions; they explain most dashboards you will ever build.',
        },
        { id: '2', text: 'ok' },
      ],
      { targetRoles: ['Data Analyst'], field: 'data' },
    );
    expect(items[0]).toMatchObject({ postId: '1' });
    expect(items[0].question).toContain('Start with SQL window functions');
    expect(items[0].question).not.toContain('@ana');
    expect(items.some((i) => i.question.includes('Data Analyst'))).toBe(true);
    expect(items.filter((i) => i.postId === '2')).toEqual([]);
  });
});
