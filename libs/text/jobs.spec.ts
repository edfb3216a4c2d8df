import fc from 'fast-check';
import { extractJobPosting, type JobPosting, regexOnlyJobPosting } from './index.js';

const LINK = 'https://t.co/Ab3dE6gH9k';

interface Case {
  name: string;
  text: string;
  urls?: string[];
  want: Partial<JobPosting>;
}

/** Styles the demo world never writes: emoji layouts, labels, shouting, threads, reposts. */
const POSTINGS: Case[] = [
  {
    name: 'a growth post with the stack in parentheses and a flag',
    text: `We're growing! Looking for a Staff Backend Engineer (Go) to join our platform team in Berlin 🇩🇪 — apply: ${LINK}`,
    urls: ['https://jobs.lever.co/acme/4f2a?lever-source=twitter'],
    want: {
      title: 'Staff Backend Engineer',
      seniority: 'staff',
      location: 'Berlin',
      applyUrl: 'https://jobs.lever.co/acme/4f2a',
    },
  },
  {
    name: 'emoji bullets with a remote region and euros',
    text: `🚀 We're hiring!\n\n👩‍💻 Senior Frontend Engineer (React)\n📍 Remote (EU)\n💰 €80-95k\n🔗 ${LINK}`,
    want: {
      title: 'Senior Frontend Engineer',
      seniority: 'senior',
      location: 'EU',
      workplace: 'remote',
      salary: { min: 80_000, max: 95_000, currency: 'EUR', period: 'year' },
    },
  },
  {
    name: 'an all-caps label, a state, equity and a recruiter',
    text: `📢 HIRING: SENIOR DATA ENGINEER\n📍 Austin, TX (hybrid)\n💰 $140-160k + equity\nDM @jane_recruits or apply 👉 ${LINK}`,
    want: {
      title: 'Senior Data Engineer',
      location: 'Austin, TX',
      workplace: 'hybrid',
      salary: { min: 140_000, max: 160_000, currency: 'USD', period: 'year' },
      recruiter: 'jane_recruits',
    },
  },
  {
    name: 'a Job: line with @ company, dashes and pounds',
    text: `Job: Product Designer @ Figmaish — London, UK — full-time — £65,000–£75,000 ${LINK}`,
    want: {
      title: 'Product Designer',
      company: 'Figmaish',
      location: 'London, UK',
      employmentType: 'full-time',
      salary: { min: 65_000, max: 75_000, currency: 'GBP', period: 'year' },
    },
  },
  {
    name: 'a LinkedIn-style repost of a friend company',
    text: `Reposting for visibility 👇\n\nMy friends at Northbeam are hiring a Junior Data Analyst in Chicago. Entry-level friendly, $70k–$85k. Apply here: ${LINK} #hiring`,
    want: {
      title: 'Junior Data Analyst',
      seniority: 'junior',
      company: 'Northbeam',
      location: 'Chicago',
      salary: { min: 70_000, max: 85_000, currency: 'USD', period: 'year' },
    },
  },
  {
    name: 'the first post of a thread',
    text: "1/3 🧵 We're hiring our first Developer Advocate! Fully remote (US time zones), $150k–$175k base. Thread on what you'd do 👇",
    want: {
      title: 'Developer Advocate',
      workplace: 'remote',
      location: 'US',
      salary: { min: 150_000, max: 175_000, currency: 'USD', period: 'year' },
      applyUrl: null,
    },
  },
  {
    name: 'a pipe layout with a remote region',
    text: `Job: Site Reliability Engineer | Stackline | Remote - US | $170k-$200k | ${LINK}`,
    want: {
      title: 'Site Reliability Engineer',
      company: 'Stackline',
      location: 'US',
      workplace: 'remote',
      salary: { min: 170_000, max: 200_000, currency: 'USD', period: 'year' },
    },
  },
  {
    name: 'a company that is hiring, on-site, with someone to reach out to',
    text: `Acme is hiring a Principal Security Architect in Toronto (on-site). Questions? Reach out to @mike_sec. ${LINK}`,
    want: {
      title: 'Principal Security Architect',
      seniority: 'principal',
      company: 'Acme',
      location: 'Toronto',
      workplace: 'on-site',
      recruiter: 'mike_sec',
    },
  },
  {
    name: 'a handle that is hiring, with a city and its country',
    text: `@stripe is hiring a Staff Software Engineer — Dublin, Ireland (hybrid). Apply: ${LINK}`,
    want: {
      title: 'Staff Software Engineer',
      company: null,
      companyHandle: 'stripe',
      location: 'Dublin, Ireland',
      workplace: 'hybrid',
    },
  },
  {
    name: 'a fire emoji and en dashes',
    text: `HIRING 🔥 Junior Backend Developer (Node.js) – Lagos, Nigeria – hybrid – apply via ${LINK}`,
    want: {
      title: 'Junior Backend Developer',
      seniority: 'junior',
      location: 'Lagos, Nigeria',
      workplace: 'hybrid',
    },
  },
  {
    name: 'a small business, part-time and hourly',
    text: 'Small bakery in Portland hiring a part-time Accountant (10 hrs/week, $35/hr). DM us!',
    want: {
      title: 'Accountant',
      employmentType: 'part-time',
      location: 'Portland',
      salary: { min: 35, max: 35, currency: 'USD', period: 'hour' },
    },
  },
  {
    name: 'a contract with a day rate, which is not a salary period',
    text: `Contract role: Senior iOS Developer, 6 months, £550/day outside IR35, London (hybrid) ${LINK}`,
    want: {
      title: 'Senior iOS Developer',
      employmentType: 'contract',
      location: 'London',
      workplace: 'hybrid',
      salary: null,
    },
  },
  {
    name: 'an internship',
    text: `Summer 2027 internship! Our data team is hiring a Data Science Intern in NYC. Paid, 12 weeks. #internship #hiring ${LINK}`,
    want: {
      title: 'Data Science Intern',
      seniority: 'intern',
      employmentType: 'internship',
      location: 'NYC',
    },
  },
  {
    name: 'a LinkedIn-style announcement with bullets',
    text: `I'm hiring! 🎉\n\nMy team at Monzo is looking for a Senior Product Manager to lead our savings squad.\n\n• London (hybrid, 2 days in office)\n• £90k–£110k + equity\n\nApply below or DM me 👇\n${LINK}\n\n#hiring #productmanagement`,
    want: {
      title: 'Senior Product Manager',
      seniority: 'senior',
      company: 'Monzo',
      location: 'London',
      workplace: 'hybrid',
      salary: { min: 90_000, max: 110_000, currency: 'GBP', period: 'year' },
    },
  },
  {
    name: 'an executive search',
    text: 'VP of Engineering wanted — Series B fintech, NYC, $250k–$300k + equity. Confidential search, DM @exec_search_co',
    want: {
      title: 'VP of Engineering',
      seniority: 'executive',
      location: 'NYC',
      salary: { min: 250_000, max: 300_000, currency: 'USD', period: 'year' },
      recruiter: 'exec_search_co',
    },
  },
  {
    name: 'an agency post with Canadian dollars per hour',
    text: 'Our client, a fast-growing healthtech startup, is looking for a Mid-Level QA Engineer (contract, 6 months). Remote within Canada. C$60–70/hr. Send your CV to @talentbridge',
    want: {
      title: 'Mid-Level QA Engineer',
      seniority: 'mid',
      employmentType: 'contract',
      workplace: 'remote',
      location: 'Canada',
      salary: { min: 60, max: 70, currency: 'CAD', period: 'hour' },
      recruiter: 'talentbridge',
    },
  },
  {
    name: 'a form with labelled lines and European thousands',
    text: `Job: Backend Engineer (Python)\nCompany: Quantly\nLocation: Amsterdam, Netherlands\nType: Full-time\nSalary: €70.000 - €85.000\nApply: ${LINK}`,
    want: {
      title: 'Backend Engineer',
      company: 'Quantly',
      location: 'Amsterdam, Netherlands',
      employmentType: 'full-time',
      salary: { min: 70_000, max: 85_000, currency: 'EUR', period: 'year' },
    },
  },
  {
    name: 'a German post with (m/w/d) and a single amount',
    text: `Wir suchen eine Senior Data Engineer (m/w/d) in München! €70.000 + Bonus. #jobs ${LINK}`,
    want: {
      title: 'Senior Data Engineer',
      location: 'München',
      salary: { min: 70_000, max: 70_000, currency: 'EUR', period: 'year' },
    },
  },
  {
    name: 'a later post of a thread',
    text: `2/3 Role: Engineering Manager, Payments Infra. Hybrid in Singapore. Full details + apply: ${LINK}`,
    want: {
      title: 'Engineering Manager',
      seniority: 'manager',
      location: 'Singapore',
      workplace: 'hybrid',
    },
  },
  {
    name: 'a plural title from a team that says "we"',
    text: `We're hiring Backend Engineers in Austin and Denver! Full-time. ${LINK} #hiring`,
    want: { title: 'Backend Engineer', location: 'Austin', employmentType: 'full-time' },
  },
  {
    name: 'a place laid out after the workplace',
    text: `Linear is hiring a Lead Growth Marketer (remote, Americas). Apply: ${LINK}`,
    want: {
      title: 'Lead Growth Marketer',
      seniority: 'lead',
      company: 'Linear',
      location: 'Americas',
      workplace: 'remote',
    },
  },
  {
    name: 'a "Hiring:" label with an on-site job',
    text: `Hiring: Senior Accountant — Kigali, Rwanda. On-site, full-time. Apply at ${LINK}`,
    want: {
      title: 'Senior Accountant',
      location: 'Kigali, Rwanda',
      workplace: 'on-site',
      employmentType: 'full-time',
    },
  },
  {
    name: 'an open position with spaced thousands per month',
    text: `⚡️ Open position ⚡️\nJunior Frontend Developer\n• React / TypeScript\n• Warsaw, Poland · Hybrid\n• 12 000 – 16 000 PLN / month\n${LINK}`,
    want: {
      title: 'Junior Frontend Developer',
      location: 'Warsaw, Poland',
      workplace: 'hybrid',
      salary: { min: 12_000, max: 16_000, currency: 'PLN', period: 'month' },
    },
  },
  {
    name: 'a freelance gig',
    text: 'Freelance Copywriter needed for a 3-month project with a B2B SaaS brand. Remote. £300/day. DM @copyhire',
    want: {
      title: 'Copywriter',
      employmentType: 'contract',
      workplace: 'remote',
      salary: null,
      recruiter: 'copyhire',
    },
  },
  {
    name: 'seeking, with a state and a remote alternative',
    text: `Seeking a Principal Data Scientist to build our forecasting platform. Boston, MA or remote (US). $210k-$240k. ${LINK} #DataScience`,
    want: {
      title: 'Principal Data Scientist',
      location: 'Boston, MA',
      workplace: 'remote',
      salary: { min: 210_000, max: 240_000, currency: 'USD', period: 'year' },
    },
  },
  {
    name: 'a hashtag first, part-time',
    text: `#hiring Part-time Social Media Manager for a nonprofit in Nairobi. 20 hrs/week. Apply: ${LINK}`,
    want: {
      title: 'Social Media Manager',
      seniority: null,
      employmentType: 'part-time',
      location: 'Nairobi',
    },
  },
  {
    name: 'contract-to-hire with a recruiter',
    text: 'Technical Recruiter (contract-to-hire), NYC, on-site. Reach out to @sam_talent. #nowhiring',
    want: {
      title: 'Technical Recruiter',
      employmentType: 'contract',
      location: 'NYC',
      workplace: 'on-site',
      recruiter: 'sam_talent',
    },
  },
  {
    name: 'a level after the title and a yearly range',
    text: `Acme Robotics is hiring a Software Engineer II (C++) in Pittsburgh! Full-time, $130,000 - $155,000/year. ${LINK}`,
    want: {
      title: 'Software Engineer II',
      seniority: 'mid',
      company: 'Acme Robotics',
      location: 'Pittsburgh',
      salary: { min: 130_000, max: 155_000, currency: 'USD', period: 'year' },
    },
  },
  {
    name: 'a Head of title and an open-ended salary',
    text: `Head of Data wanted at a Berlin climate startup. Hybrid. €120k+. Apply: ${LINK}`,
    want: {
      title: 'Head of Data',
      seniority: 'director',
      location: 'Berlin',
      workplace: 'hybrid',
      salary: { min: 120_000, max: null, currency: 'EUR', period: 'year' },
    },
  },
  {
    name: 'several open roles: the first is the posting',
    text: `We're hiring across engineering! Open roles: Senior Backend Engineer, Frontend Engineer and a Product Designer. All remote (EU). ${LINK}`,
    want: { title: 'Senior Backend Engineer', location: 'EU', workplace: 'remote' },
  },
  {
    name: 'a lowercase post',
    text: `we're hiring a senior backend engineer in london, apply here ${LINK}`,
    want: { title: 'Senior Backend Engineer', seniority: 'senior' },
  },
  {
    name: 'a company handle to join',
    text: `Come build the future of payments with us 💸 Join @ledgerly as a Senior Platform Engineer (remote, US). ${LINK} #hiring`,
    want: {
      title: 'Senior Platform Engineer',
      companyHandle: 'ledgerly',
      company: null,
      location: 'US',
      workplace: 'remote',
    },
  },
  {
    name: 'an up-to salary',
    text: `New role: Data Engineer (hybrid, Denver). Up to $135k. ${LINK} #jobs`,
    want: {
      title: 'Data Engineer',
      location: 'Denver',
      salary: { min: null, max: 135_000, currency: 'USD', period: 'year' },
    },
  },
];

const NOT_POSTINGS: [string, string][] = [
  [
    'a jobs report',
    'The November jobs report is out: 150k jobs added, unemployment rate at 4.1%. #economy',
  ],
  ['got the job', 'I got the job!!! Starting as a Data Engineer at @acme on Monday 🎉'],
  ['a new job', 'Just started my new job as a Product Designer. Day 1 nerves.'],
  ['layoff news', 'Acme lays off 10% of staff, including most of its Data Engineer team'],
  [
    'a hiring freeze',
    'Northwind announces a hiring freeze for all Software Engineer roles until Q3 #hiring',
  ],
  [
    'advice about hiring',
    'Hiring managers look for a Data Engineer who can explain tradeoffs, not just write SQL.',
  ],
  [
    'a retweet',
    `RT @acmecareers: We're hiring a Senior Data Engineer in Austin (hybrid) ${LINK} #hiring`,
  ],
  ['a question', 'Anyone hiring? Looking for a Junior Frontend Developer role in Toronto 🙏'],
  [
    'a question naming the title',
    'Is anyone hiring a Data Analyst right now? Asking for a friend.',
  ],
  [
    'an open-to-work post',
    '#opentowork looking for a data role. Data Analyst with 3 years of SQL and Python. DMs open!',
  ],
  [
    'a seeker naming the title they want',
    'Looking for a Senior Product Designer role in Lisbon or remote. 8 years of experience. #jobs',
  ],
  ['a welcome', 'Congrats to our new VP of Engineering, @maria! Welcome to the team.'],
  ['a how-to thread', 'Great thread on how to hire your first Sales Development Representative 👇'],
  [
    'a layoffs tracker',
    'Tech layoffs tracker: 45 companies cut jobs this week, Software Engineer roles hit hardest #layoffs',
  ],
  ['a question about a title', 'What does a Staff Engineer actually do? A thread 🧵 #hiring'],
  ['Japanese noise', 'データエンジニア募集中のお知らせではありません。今日はいい天気ですね'],
  ['a German seeker', 'Ich bin Data Engineer und suche einen neuen Job in Berlin. Tipps?'],
  [
    'a market statistic',
    'Software Engineer job postings fell 20% year over year, per Indeed data #jobs',
  ],
  ['a proud team post', 'Our Data Engineer just shipped a new pipeline. So proud of this team!'],
  [
    'a question about a company',
    'Does anyone know if Stripe is hiring Backend Engineers in Dublin?',
  ],
  [
    'a welcome post',
    'Meet Priya, our new Senior Data Engineer! She joins us from @bigco. Welcome aboard 👋',
  ],
  ['an announcement', "Excited to announce I've joined @acme as a Staff Engineer!"],
  [
    'not hiring',
    'We are not hiring right now. Please stop sending CVs for the Data Engineer role.',
  ],
  [
    'a trend headline',
    'Why every fintech is suddenly hiring compliance engineers #fintech #hiring',
  ],
  ['emoji only', '🔥🔥🔥 🚀 💼 📍'],
];

describe('extractJobPosting', () => {
  describe('reads postings in styles the demo world does not use', () => {
    it.each(POSTINGS.map((c) => [c.name, c] as const))('%s', (_, c) => {
      const got = extractJobPosting(c.text, c.urls ? { urls: c.urls } : undefined);
      expect(got).not.toBeNull();
      expect(got).toMatchObject(c.want);
    });
  });

  describe('returns null for posts that are not postings', () => {
    it.each(NOT_POSTINGS)('%s', (_, text) => {
      expect(extractJobPosting(text)).toBeNull();
    });
  });

  it('prefers the expanded URL and drops its tracking parameters', () => {
    const got = extractJobPosting(`We're hiring a Data Engineer in Austin ${LINK} #hiring`, {
      urls: ['https://www.acme.example/careers/512?utm_source=x&utm_medium=recruiter'],
    });
    expect(got?.applyUrl).toBe('https://acme.example/careers/512');
  });

  it('falls back to the link as written when no expanded URL is given', () => {
    expect(extractJobPosting(`We're hiring a Data Engineer ${LINK}.`)?.applyUrl).toBe(LINK);
  });

  it('does not send candidates to the company account', () => {
    const got = extractJobPosting('@acme is hiring a Data Engineer. DM @acme for details #hiring');
    expect(got).toMatchObject({ companyHandle: 'acme', recruiter: null });
  });

  it('is more confident about a full posting than a bare one', () => {
    const full = extractJobPosting(
      `We're hiring a Senior Data Engineer in Austin (hybrid), $140k-$160k. Apply: ${LINK} #hiring`,
    );
    const bare = extractJobPosting('Data Engineer wanted.');
    expect(full!.confidence).toBeGreaterThan(bare!.confidence);
    expect(full!.fieldConfidence).toMatchObject({
      title: expect.any(Number),
      location: expect.any(Number),
      workplace: expect.any(Number),
      salary: expect.any(Number),
      applyUrl: expect.any(Number),
    });
    expect(bare!.fieldConfidence.salary).toBeUndefined();
  });

  describe('properties', () => {
    it('never throws, and gives a confidence in [0, 1] and a non-empty title', () => {
      const words = fc.constantFrom(
        "we're hiring",
        'HIRING:',
        'Job:',
        'Senior',
        'Data Engineer',
        'Engineers',
        '📍',
        'Remote (EU)',
        '$140-160k',
        '€70.000',
        '@acme',
        'at Acme',
        '?',
        '#hiring',
        LINK,
        'in Austin, TX',
        '(hybrid)',
        '|',
        '\n',
      );
      const text = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc
          .array(fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 8 })), {
            maxLength: 30,
          })
          .map((ws) => ws.join(' ')),
      );
      fc.assert(
        fc.property(text, fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }), (t, urls) => {
          const got = extractJobPosting(t, { urls });
          if (got === null) return;
          expect(got.title.trim().length).toBeGreaterThan(0);
          expect(got.confidence).toBeGreaterThanOrEqual(0);
          expect(got.confidence).toBeLessThanOrEqual(1);
          for (const v of Object.values(got.fieldConfidence)) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
        }),
        { numRuns: 500 },
      );
    });

    it('reads any title built from a seniority, a discipline and a role noun', () => {
      const title = fc.tuple(
        fc.constantFrom('', 'Senior ', 'Staff ', 'Principal ', 'Junior '),
        fc.constantFrom('Data', 'Backend', 'Machine Learning', 'Product', 'Security', 'Mobile'),
        fc.constantFrom('Engineer', 'Designer', 'Analyst', 'Architect', 'Scientist'),
      );
      const layout = fc.constantFrom(
        (t: string) => `We're hiring a ${t} in Denver (remote) ${LINK} #hiring`,
        (t: string) => `Job: ${t} | Remote | ${LINK}`,
        (t: string) => `📢 HIRING: ${t.toUpperCase()}\n📍 Denver\n${LINK}`,
        (t: string) => `Looking for a ${t} to join our team! Apply: ${LINK}`,
      );
      fc.assert(
        fc.property(title, layout, ([s, d, n], fill) => {
          expect(extractJobPosting(fill(`${s}${d} ${n}`))?.title).toBe(`${s}${d} ${n}`);
        }),
      );
    });

    it('gives the same apply URL whatever tracking parameters a reposter adds', () => {
      const params = fc.subarray(['utm_source=x', 'ref=jane', 'utm_campaign=q4', 'gh_src=1a2b']);
      fc.assert(
        fc.property(params, (ps) => {
          const url = `https://acme.example/careers/77${ps.length ? '?' + ps.join('&') : ''}`;
          const got = extractJobPosting(`We're hiring a Data Engineer ${LINK} #hiring`, {
            urls: [url],
          });
          expect(got?.applyUrl).toBe('https://acme.example/careers/77');
        }),
      );
    });
  });
});

describe('regexOnlyJobPosting', () => {
  it('is the plain baseline: the words after "hiring", the first link and "remote"', () => {
    expect(
      regexOnlyJobPosting(`We're hiring a Data Engineer (remote) ${LINK}`, {
        urls: ['https://acme.example/careers/1?utm_source=x'],
      }),
    ).toMatchObject({
      title: 'Data Engineer',
      workplace: 'remote',
      applyUrl: 'https://acme.example/careers/1',
      location: null,
    });
  });

  it('misses what the extractor reads', () => {
    const text = `📢 Job: Senior Data Engineer\n📍 Austin, TX ${LINK}`;
    expect(regexOnlyJobPosting(text)).toBeNull();
    expect(extractJobPosting(text)?.title).toBe('Senior Data Engineer');
  });
});
