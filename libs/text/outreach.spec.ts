import fc from 'fast-check';
import {
  type ContactType,
  type OutreachCheck,
  type OutreachCode,
  type OutreachContext,
  checkOutreach,
  fillTemplate,
  outreachTemplates,
} from './index.js';

const POSTS = [
  {
    id: '1790000000000000001',
    text: 'Hot take: most junior data engineers should learn SQL window functions before Spark. #dataengineering',
  },
  {
    id: '1790000000000000002',
    text: 'We just shipped our new onboarding flow for the analytics platform. Proud of the team!',
  },
];

const ctx = (over: Partial<OutreachContext> = {}): OutreachContext => ({
  contactType: 'mentor',
  channel: 'dm',
  firstContact: true,
  recipient: { username: 'ana_data', name: 'Ana Souza', recentPosts: POSTS },
  ...over,
});

const codes = (c: OutreachCheck) => c.findings.map((f) => f.code);
const finding = (c: OutreachCheck, code: OutreachCode) => c.findings.find((f) => f.code === code);

const GOOD_MENTOR =
  'Hi Ana, your post on learning SQL window functions before Spark changed how I study. ' +
  'I am moving from analytics into data engineering. Would you be open to a 15-minute call next ' +
  'week? Thank you either way.';

describe('checkOutreach', () => {
  describe('good drafts', () => {
    const cases: [string, ContactType, OutreachContext['channel'], string][] = [
      ['mentor DM', 'mentor', 'dm', GOOD_MENTOR],
      [
        'mentor reply',
        'mentor',
        'reply',
        'Thank you for this, Ana. Window functions before Spark is exactly the order I needed as a junior. Which resource taught you SQL best?',
      ],
      [
        'peer DM',
        'peer',
        'dm',
        'Hi Ana, I loved your #dataengineering take on SQL first. I am also learning data engineering and would like to compare notes. Would you be up for a 15-minute chat? Thanks!',
      ],
      [
        'recruiter DM asking about a named role',
        'recruiter',
        'dm',
        'Hi Ana, thanks for your post about the new analytics platform onboarding flow. I am a data engineer with 4 years of SQL and dbt. Are you recruiting for senior analytics engineers this quarter? Happy to send my resume if useful.',
      ],
      [
        'hiring manager DM with a status link',
        'hiring_manager',
        'dm',
        'Hi Ana, https://x.com/ana_data/status/1790000000000000002 was a great look at how your team ships. I am an analytics engineer and would value your view on what makes onboarding work stick. Could we do a 20-minute chat? Thank you for considering it.',
      ],
    ];
    it.each(cases)('passes a %s with no findings', (_, contactType, channel, draft) => {
      const check = checkOutreach(draft, ctx({ contactType, channel }));
      expect(check.findings).toEqual([]);
      expect(check).toMatchObject({ ok: true, score: 100, asks: 1 });
      expect(check.referencedPostId).not.toBeNull();
    });
  });

  describe('personal reference', () => {
    it('is an error in a first message to a mentor and names a post to refer to', () => {
      const check = checkOutreach(
        'Hi Ana, I am moving into data engineering and admire your career. Would you be open to a 15-minute call? Thank you!',
        ctx(),
      );
      expect(finding(check, 'NO_PERSONAL_REFERENCE')).toMatchObject({ severity: 'error' });
      expect(finding(check, 'NO_PERSONAL_REFERENCE')!.message).toContain('Hot take');
      expect(check).toMatchObject({ ok: false, referencedPostId: null });
    });

    it('is a warning for a peer or a follow-up to a mentor', () => {
      const draft =
        'Hi Ana, I am moving into data engineering and admire your career. Would you be open to a 15-minute call? Thank you!';
      for (const c of [ctx({ contactType: 'peer' }), ctx({ firstContact: false })]) {
        expect(finding(checkOutreach(draft, c), 'NO_PERSONAL_REFERENCE')?.severity).toBe('warning');
      }
    });

    it('does not count generic outreach words shared with a post as a reference', () => {
      const check = checkOutreach(
        'Hi Ana, thanks for the great post! Proud to follow your work. Would you be open to a quick chat about your team? Thank you!',
        ctx({ contactType: 'peer' }),
      );
      expect(codes(check)).toContain('NO_PERSONAL_REFERENCE');
    });

    it('finds the post by a quote, a shared hashtag or a link to a post’s own link', () => {
      const quoted = checkOutreach(
        'Ana, "shipped our new onboarding flow" made me curious how you test it. Thank you!',
        ctx(),
      );
      expect(quoted.referencedPostId).toBe('1790000000000000002');
      const tagged = checkOutreach('Thanks for the #DataEngineering thread, Ana!', ctx());
      expect(tagged.referencedPostId).toBe('1790000000000000001');
      const linked = checkOutreach(
        'Thank you for sharing https://www.example.com/blog/sql?utm_source=x Ana',
        ctx({
          recipient: {
            username: 'ana_data',
            recentPosts: [{ id: '7', text: 'New essay: https://example.com/blog/sql' }],
          },
        }),
      );
      expect(linked.referencedPostId).toBe('7');
    });

    it('stays silent when there are no recent posts to compare with', () => {
      const check = checkOutreach(
        GOOD_MENTOR,
        ctx({ recipient: { username: 'ana', name: 'Ana', recentPosts: [] } }),
      );
      expect(codes(check)).not.toContain('NO_PERSONAL_REFERENCE');
    });
  });

  describe('asks', () => {
    it('warns on a first DM without an ask', () => {
      const check = checkOutreach(
        'Hi Ana, your post on SQL window functions before Spark was spot on. Thank you for writing it.',
        ctx(),
      );
      expect(check.asks).toBe(0);
      expect(finding(check, 'NO_ASK')?.severity).toBe('warning');
      // A follow-up can simply say thanks.
      expect(
        codes(
          checkOutreach(
            'Hi Ana, your post on SQL window functions before Spark was spot on. Thank you for writing it.',
            ctx({ firstContact: false }),
          ),
        ),
      ).not.toContain('NO_ASK');
    });

    it('does not count "how are you?" as an ask', () => {
      const check = checkOutreach(
        'Hi Ana, how are you? Your post on SQL window functions before Spark helped me a lot. Thank you!',
        ctx(),
      );
      expect(check.asks).toBe(0);
    });

    it('asks to keep one of several asks and quotes them', () => {
      const check = checkOutreach(
        'Hi Ana, your post on SQL window functions before Spark was great. Could you review my portfolio? Would you be open to a call? Also, may I add you on LinkedIn. Thank you!',
        ctx(),
      );
      expect(check.asks).toBe(3);
      const f = finding(check, 'MULTIPLE_ASKS')!;
      expect(f.severity).toBe('warning');
      expect(f.message).toMatch(/^Keep one ask: this draft makes 3/);
      expect(f.message).toContain('Could you review my portfolio?');
    });

    it.each([
      ['Would you have 30 min for a call next week?', 30],
      ['Could we grab half an hour sometime?', 30],
      ['Would you be free for an hour on Friday?', 60],
      ['Can we do a 1h call?', 60],
      ['Would you have 15-20 minutes for a call?', 20],
      ['Are you open to a virtual coffee chat?', 20],
      ['Could we do a thirty-minute call?', 30],
      ['Would you join me for lunch?', 60],
    ])('reads the time asked in "%s" as %d minutes', (ask, minutes) => {
      const check = checkOutreach(
        `Hi Ana, your post on SQL window functions before Spark helped me. ${ask} Thank you!`,
        ctx(),
      );
      expect(check.minutesAsked).toBe(minutes);
      expect(codes(check).includes('ASK_TOO_BIG')).toBe(minutes > 20);
      if (minutes > 20) expect(finding(check, 'ASK_TOO_BIG')!.message).toContain('15–20 minutes');
    });

    it('ignores durations outside asks', () => {
      const check = checkOutreach(
        'Hi Ana, I spent three hours on your SQL window functions thread before Spark. Would you be open to a short chat? Thank you!',
        ctx(),
      );
      expect(check.minutesAsked).toBeNull();
      expect(codes(check)).not.toContain('ASK_TOO_BIG');
    });

    it('flags an ongoing commitment and a vague brain-picking ask', () => {
      const check = checkOutreach(
        'Hi Ana, your post on SQL window functions before Spark was great. Would you be my mentor? Thank you!',
        ctx(),
      );
      expect(finding(check, 'ASK_TOO_BIG')?.message).toContain('be my mentor');
      const vague = checkOutreach(
        'Hi Ana, your post on SQL window functions before Spark was great. Could I pick your brain sometime? Thank you!',
        ctx(),
      );
      expect(finding(vague, 'VAGUE_ASK')).toMatchObject({ severity: 'tip' });
    });
  });

  describe('job requests', () => {
    it.each<ContactType>(['mentor', 'peer', 'hiring_manager'])(
      'is an error to ask a %s for a referral in a first message',
      (contactType) => {
        const check = checkOutreach(
          'Hi Ana, your post on SQL window functions before Spark was great. Could you refer me to the data team at your company? Thank you!',
          ctx({ contactType }),
        );
        expect(finding(check, 'JOB_REQUEST_FIRST_CONTACT')).toMatchObject({ severity: 'error' });
        expect(finding(check, 'JOB_REQUEST_FIRST_CONTACT')!.message).toContain('refer me');
        expect(check.ok).toBe(false);
      },
    );

    it.each([
      'Are there any openings on your team?',
      'Is your team hiring?',
      'Could you pass my resume to your manager?',
      'Please hire me, I learn fast.',
    ])('catches "%s"', (ask) => {
      const check = checkOutreach(
        `Hi Ana, your post on SQL window functions before Spark was great. ${ask} Thank you!`,
        ctx({ contactType: 'hiring_manager' }),
      );
      expect(codes(check)).toContain('JOB_REQUEST_FIRST_CONTACT');
    });

    it('lets a seeker ask a mentor they know about referrals', () => {
      const check = checkOutreach(
        'Hi Ana, thanks again for our call about SQL window functions before Spark. Would you feel comfortable giving me a referral for the analytics role?',
        ctx({ firstContact: false }),
      );
      expect(codes(check)).not.toContain('JOB_REQUEST_FIRST_CONTACT');
    });

    it('lets a seeker ask a recruiter about roles but tips on vagueness and unrequested CVs', () => {
      const draft =
        'Hi Ana, thanks for your post about the analytics platform onboarding flow. Do you have any jobs for me? My resume is attached.';
      const check = checkOutreach(draft, ctx({ contactType: 'recruiter' }));
      expect(codes(check)).not.toContain('JOB_REQUEST_FIRST_CONTACT');
      expect(finding(check, 'VAGUE_ASK')).toMatchObject({ severity: 'tip' });
      expect(finding(check, 'VAGUE_ASK')!.message).toContain('any jobs');
      expect(finding(check, 'UNSOLICITED_RESUME')).toMatchObject({ severity: 'tip' });
      expect(check.ok).toBe(true);
    });
  });

  describe('length', () => {
    it('counts links as 23 characters and emoji as 2, like X', () => {
      const url = `https://example.com/${'a'.repeat(200)}`;
      expect(checkOutreach(`${url} hi`, ctx()).length).toBe(26);
      expect(checkOutreach('🎉👩‍💻', ctx()).length).toBe(4);
      expect(checkOutreach('日本語', ctx()).length).toBe(6);
    });

    it('accepts a reply that is under 280 only because its link counts 23', () => {
      const text = `Thank you Ana! Your SQL window functions before Spark post https://example.com/${'x'.repeat(200)} is the best intro I have read. Which exercises would you start with?`;
      expect(text.length).toBeGreaterThan(280);
      const check = checkOutreach(text, ctx({ channel: 'reply' }));
      expect(check.length).toBeLessThanOrEqual(280);
      expect(codes(check)).not.toContain('TOO_LONG');
    });

    it('is an error for a reply over 280 and a warning for a DM over 700', () => {
      const long = `${GOOD_MENTOR} ${'I am learning a great deal from your posts. '.repeat(6)}`;
      const reply = checkOutreach(long, ctx({ channel: 'reply' }));
      expect(finding(reply, 'TOO_LONG')).toMatchObject({ severity: 'error' });
      expect(finding(reply, 'TOO_LONG')!.message).toMatch(/^Cut \d+ characters/);
      expect(codes(checkOutreach(long, ctx()))).not.toContain('TOO_LONG');
      const dm = checkOutreach(`${long}${long}`, ctx());
      expect(finding(dm, 'TOO_LONG')).toMatchObject({ severity: 'warning' });
    });

    it('warns on a very short draft and a bare link', () => {
      const check = checkOutreach('Thanks Ana https://example.com/me', ctx());
      expect(codes(check)).toEqual(expect.arrayContaining(['TOO_SHORT', 'LINK_ONLY']));
    });
  });

  describe('tone', () => {
    it('tips on missing thanks, and warns for mentors', () => {
      const draft =
        'Hi Ana, your post on SQL window functions before Spark changed how I study. Would you be open to a 15-minute call?';
      expect(finding(checkOutreach(draft, ctx()), 'NO_GRATITUDE')?.severity).toBe('warning');
      expect(finding(checkOutreach(draft, ctx({ contactType: 'peer' })), 'NO_GRATITUDE')).toEqual(
        expect.objectContaining({ severity: 'tip' }),
      );
      expect(codes(checkOutreach(`${draft} Appreciate it 🙏`, ctx()))).not.toContain(
        'NO_GRATITUDE',
      );
    });

    it('tips on a generic opener unless the name appears', () => {
      for (const opener of ['Dear Sir/Madam,', 'To whom it may concern,', 'Hi there,']) {
        const check = checkOutreach(
          `${opener} your post on SQL window functions before Spark helped me. Would you be open to a 15-minute call? Thank you.`,
          ctx(),
        );
        expect(finding(check, 'GENERIC_OPENER')).toMatchObject({ severity: 'tip' });
        expect(finding(check, 'GENERIC_OPENER')!.message).toContain('Hi Ana');
      }
      const named = checkOutreach(
        'Hi there Ana, your post on SQL window functions before Spark helped me. Would you be open to a 15-minute call? Thank you.',
        ctx(),
      );
      expect(codes(named)).not.toContain('GENERIC_OPENER');
    });

    it('warns when the greeting names someone else, not on a short form of the name', () => {
      const wrong = checkOutreach(GOOD_MENTOR.replace('Hi Ana', 'Hi Maria'), ctx());
      expect(finding(wrong, 'WRONG_NAME')!.message).toContain('Maria');
      const accented = ctx({
        recipient: { username: 'jose_dev', name: 'José Álvarez', recentPosts: POSTS },
      });
      expect(codes(checkOutreach(GOOD_MENTOR.replace('Hi Ana', 'Hi Jose'), accented))).toEqual([]);
      expect(
        codes(checkOutreach(GOOD_MENTOR.replace('Hi Ana', 'Dear Dr. Souza'), ctx())),
      ).not.toContain('WRONG_NAME');
    });

    it.each([
      'Please reply ASAP.',
      'This is urgent.',
      'Looking forward to hearing back!!!',
      'Let me know by EOD.',
    ])('warns on pressure in "%s"', (tail) => {
      const check = checkOutreach(`${GOOD_MENTOR} ${tail}`, ctx());
      expect(finding(check, 'PRESSURE')).toMatchObject({ severity: 'warning' });
      // Pressure is not a second request.
      expect(check.asks).toBe(1);
    });

    it('warns on shouting but not on acronyms', () => {
      expect(codes(checkOutreach(`${GOOD_MENTOR} PLEASE HELP, THANKS`, ctx()))).toContain(
        'ALL_CAPS',
      );
      expect(
        codes(checkOutreach(`${GOOD_MENTOR} I use SQL and AWS at NYC startups.`, ctx())),
      ).not.toContain('ALL_CAPS');
    });

    it('is an error to leave a placeholder', () => {
      const check = checkOutreach(GOOD_MENTOR.replace('Ana', '{name}'), ctx());
      expect(finding(check, 'UNFILLED_PLACEHOLDER')).toMatchObject({ severity: 'error' });
      expect(check.ok).toBe(false);
    });
  });

  describe('near duplicates', () => {
    const template = (name: string) =>
      `Hi ${name}, I admire your work in data engineering and your posts on SQL window functions before Spark. Would you be open to a 15-minute call? Thank you!`;

    it('names how many other people got nearly the same message', () => {
      const check = checkOutreach(
        template('Ana'),
        ctx({
          otherMessages: [
            { recipient: '@bob_sql', text: `@bob_sql ${template('Bob')}` },
            { recipient: 'carla', text: template('Carla').replace('Thank you!', 'Thanks!') },
            { recipient: 'dev_dan', text: template('Dan') },
            // A second draft to the same person and one to the recipient do not count.
            { recipient: 'dev_dan', text: template('Daniel') },
            { recipient: 'ana_data', text: template('Ana') },
          ],
        }),
      );
      const f = finding(check, 'NEAR_DUPLICATE')!;
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('3 other people');
      expect(f.message).toContain('@bob_sql');
    });

    it('needs at least two other recipients', () => {
      const check = checkOutreach(
        template('Ana'),
        ctx({ otherMessages: [{ recipient: 'bob', text: template('Bob') }] }),
      );
      expect(codes(check)).not.toContain('NEAR_DUPLICATE');
    });

    it('does not flag personal messages on the same theme', () => {
      const check = checkOutreach(
        GOOD_MENTOR,
        ctx({
          otherMessages: [
            {
              recipient: 'bob',
              text: 'Hi Bob, your talk on dbt testing at Coalesce made me rethink our CI. I am moving into data engineering. Could I ask how you structure staging models? Thanks!',
            },
            {
              recipient: 'carla',
              text: 'Carla, congrats on the Airflow 3 release notes thread. I am learning orchestration now. What would you read first? Thank you.',
            },
          ],
        }),
      );
      expect(codes(check)).not.toContain('NEAR_DUPLICATE');
    });
  });

  describe('properties', () => {
    const contexts = fc.record({
      contactType: fc.constantFrom<ContactType>('mentor', 'peer', 'recruiter', 'hiring_manager'),
      channel: fc.constantFrom<OutreachContext['channel']>('reply', 'dm'),
      firstContact: fc.boolean(),
      recipient: fc.record({
        username: fc.string({ maxLength: 16 }),
        name: fc.option(fc.string({ unit: 'grapheme', maxLength: 20 }), { nil: undefined }),
        recentPosts: fc.array(
          fc.record({ id: fc.string({ maxLength: 20 }), text: fc.string({ unit: 'grapheme' }) }),
          { maxLength: 3 },
        ),
      }),
      otherMessages: fc.option(
        fc.array(fc.record({ recipient: fc.string({ maxLength: 16 }), text: fc.string() }), {
          maxLength: 3,
        }),
        { nil: undefined },
      ),
    });
    // Arbitrary unicode mixed with the phrases the checks look for, so the properties reach them.
    const drafts = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          fc.constantFrom(
            'Hi there',
            'Would you have 30 min?',
            'refer me',
            'ASAP!!!',
            'https://x.com/a/status/1',
            '{name}',
            'Thanks',
            'DEAR SIR/MADAM',
          ),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join(' '));

    it('never throws, keeps the score in [0, 100] and ok exactly when there is no error', () => {
      fc.assert(
        fc.property(drafts, contexts, (draft, c) => {
          const check = checkOutreach(draft, c);
          expect(check.score).toBeGreaterThanOrEqual(0);
          expect(check.score).toBeLessThanOrEqual(100);
          expect(check.ok).toBe(!check.findings.some((f) => f.severity === 'error'));
          expect(check.length).toBeGreaterThanOrEqual(0);
          for (const f of check.findings) expect(f.message.length).toBeGreaterThan(10);
        }),
        { numRuns: 300 },
      );
    });

    it('never reports missing gratitude once "Thank you" is added', () => {
      fc.assert(
        fc.property(drafts, contexts, fc.boolean(), (draft, c, before) => {
          const thanked = before ? `Thank you ${draft}` : `${draft}Thank you`;
          expect(codes(checkOutreach(thanked, c))).not.toContain('NO_GRATITUDE');
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('outreachTemplates', () => {
  const slots = {
    name: 'Ana',
    post_topic: 'SQL window functions before Spark',
    your_goal: 'moving from analytics into data engineering',
    field: 'data engineering',
  };

  it.each<ContactType>(['mentor', 'peer', 'recruiter', 'hiring_manager'])(
    'gives %s templates that pass their own check once filled',
    (contactType) => {
      const templates = outreachTemplates(contactType);
      expect(templates.length).toBeGreaterThanOrEqual(2);
      for (const t of templates) {
        const check = checkOutreach(
          fillTemplate(t.text, slots),
          ctx({ contactType, channel: t.channel }),
        );
        expect({ name: t.name, findings: check.findings }).toEqual({ name: t.name, findings: [] });
        expect(check.asks).toBe(1);
        expect(check.referencedPostId).toBe('1790000000000000001');
      }
    },
  );

  it('hands out copies', () => {
    outreachTemplates('peer')[0].text = 'changed';
    expect(outreachTemplates('peer')[0].text).not.toBe('changed');
  });
});

describe('fillTemplate', () => {
  it('fills known slots and leaves the others for the check to report', () => {
    const filled = fillTemplate('Hi {name}, about {post_topic} and {toString}', { name: 'Ana' });
    expect(filled).toBe('Hi Ana, about {post_topic} and {toString}');
    expect(codes(checkOutreach(filled, ctx()))).toContain('UNFILLED_PLACEHOLDER');
  });
});
