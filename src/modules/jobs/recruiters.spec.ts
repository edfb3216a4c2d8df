import { classifyRecruiter, type RecruiterBehaviour } from './recruiters.js';

const quiet: RecruiterBehaviour = {
  posts: 10,
  hiringPosts: 1,
  distinctCompaniesPosted: 1,
  mentionsDm: 0,
};
const busy: RecruiterBehaviour = {
  posts: 20,
  hiringPosts: 16,
  distinctCompaniesPosted: 6,
  mentionsDm: 3,
};

const classify = (description: string, behaviour = quiet, username = 'someone') =>
  classifyRecruiter({ username, description }, behaviour);

describe(classifyRecruiter.name, () => {
  it.each([
    ["Technical recruiter @acme. We're hiring!", ['acme']],
    ['Talent partner at Acme', ['Acme']],
    ['Talent Acquisition Lead @ Globex Corp', ['Globex Corp']],
    ['Senior sourcer for @initech engineering', ['initech']],
  ])('reads "%s" as an in-house recruiter', (bio, companies) => {
    const c = classify(bio);
    expect(c).toMatchObject({ isRecruiter: true, kind: 'in-house', companies });
    expect(c.reasons.join(' ')).toMatch(/Bio says/);
  });

  it.each([
    'Tech recruiter | fintech & SaaS | Austin',
    'Founder, Northstar Search. Placing engineers in fintech.',
    'Recruiter at Apex Tech Recruiting. I reply to every DM. #hiring',
    'Talent partner for SaaS startups. Denver.',
    'Headhunter. Data and ML roles across Europe.',
  ])('reads "%s" as an agency recruiter', (bio) => {
    expect(classify(bio)).toMatchObject({ isRecruiter: true, kind: 'agency' });
  });

  it('calls a recruiter who posts for several companies an agency recruiter', () => {
    const c = classify('Talent partner at Acme', { ...busy, distinctCompaniesPosted: 4 });
    expect(c.kind).toBe('agency');
    expect(c.reasons).toContain('Posts openings for 4 companies');
  });

  it('does not name a market as an employer', () => {
    expect(classify('Talent partner for SaaS startups. Denver.').companies).toEqual([]);
  });

  it.each([
    ["Careers at @acme. We're hiring across engineering, product and design.", 'acmecareers'],
    ['Life at Globex: our people, our culture, our open roles.', 'lifeatglobex'],
    ['The official jobs account of Initech', 'initechjobs'],
  ])('never counts a careers account as a recruiter: "%s"', (bio, username) => {
    const c = classify(bio, busy, username);
    expect(c).toMatchObject({ isRecruiter: false, kind: null, score: 0 });
    expect(c.reasons[0]).toMatch(/careers account/);
  });

  it.each([
    "Engineering manager, we're hiring!",
    'CTO @acme. Hiring!',
    'Co-founder at Globex. Building payroll. Hiring!',
    'Head of Data at Initech. My team is hiring.',
  ])('treats "%s" as a hiring manager, not a recruiter', (bio) => {
    const c = classify(bio, { ...busy, distinctCompaniesPosted: 1 });
    expect(c).toMatchObject({ isRecruiter: false, kind: null });
    expect(c.reasons[0]).toMatch(/hiring manager/);
  });

  it.each([
    'Ex-recruiter, now a career coach. DMs open.',
    'Tips for tech recruiters and hiring managers, weekly.',
    'Tech jobs news, funding and jobs. Daily.',
    'Data Engineer @acme. Opinions my own.',
    'Aspiring data analyst in Austin | SQL | open to work',
    '',
  ])('does not call "%s" a recruiter on a quiet timeline', (bio) => {
    expect(classify(bio)).toMatchObject({ isRecruiter: false, kind: null });
  });

  it('classifies an empty bio by behaviour only when it posts jobs for many companies', () => {
    expect(classify('', busy)).toMatchObject({ isRecruiter: true, kind: 'agency' });
    expect(classify('', { ...busy, distinctCompaniesPosted: 2 }).isRecruiter).toBe(false);
  });

  it('keeps job boards out even when they post for many companies', () => {
    expect(classify('Tech jobs news, funding and jobs. Daily.', busy).isRecruiter).toBe(false);
  });

  it('scores more with more evidence, within 0..1', () => {
    const bare = classify('Recruiter', {
      posts: 0,
      hiringPosts: 0,
      distinctCompaniesPosted: 0,
      mentionsDm: 0,
    });
    const full = classify('Recruiter', busy);
    expect(bare.score).toBeGreaterThanOrEqual(0.5);
    expect(full.score).toBeGreaterThan(bare.score);
    expect(full.score).toBeLessThanOrEqual(1);
  });
});
