/**
 * The demo tenant that `npm start` creates once: a university career center with staff in every
 * role, a caseload of seekers at different stages (some active, using seats), coach notes and
 * consent records, and a seeker who can sign in. Everything goes through the services, so the demo
 * obeys the same rules as real use. Running it again finds the tenant and does nothing.
 */
import type { INestApplication } from '@nestjs/common';
import { IdentityService } from '../modules/identity/identity.service.js';
import { IngestionRepository } from '../modules/ingestion/ingestion.repository.js';
import { MentorshipService } from '../modules/mentorship/mentorship.service.js';
import { OrgsService } from '../modules/orgs/orgs.service.js';
import { CohortsService } from '../modules/peers/cohorts.service.js';
import { JobsService } from '../modules/jobs/jobs.service.js';
import { VoiceService } from '../modules/voice/voice.service.js';
import { WatchesService } from '../modules/ingestion/watches.service.js';
import { ResearchService } from '../modules/research/research.service.js';
import { TrendsService } from '../modules/trends/trends.service.js';
import { XConnectService } from '../modules/x-connect/x-connect.service.js';
import { XUsageService } from '../modules/x-usage/x-usage.service.js';
import { XCapability, XWatchKind } from '../modules/ingestion/inputs/x-watch.inputs.js';
import { SeekersService } from '../modules/seekers/seekers.service.js';
import { ConsentKindEnum } from '../modules/seekers/models/consent.model.js';
import { TenantsService } from '../modules/tenants/tenants.service.js';
import {
  type Role,
  systemScope,
  type TenantId,
  type TenantScope,
} from '../platform/database/context.js';
import { AppError } from '../platform/errors.js';
import { X_RUNTIME, type XRuntime } from '../platform/x/x-runtime.js';
import { DEMO_X_PERSONA } from './demo-persona.js';

export interface DemoLogins {
  tenantSlug: string;
  tenantName: string;
  logins: { role: Role; email: string; password: string }[];
}

export const DEMO_SLUG = 'demo';
const DEMO_NAME = 'Northwind University Career Center';
const PASSWORD = 'perch-demo-password';

const STAFF: { role: Role; email: string; name: string }[] = [
  { role: 'owner', email: 'owner@demo.perch.test', name: 'Olivia Owens' },
  { role: 'admin', email: 'admin@demo.perch.test', name: 'Arjun Adeyemi' },
  { role: 'coach', email: 'coach@demo.perch.test', name: 'Camila Cortez' },
  { role: 'coach', email: 'coach2@demo.perch.test', name: 'Kenji Kowalski' },
  { role: 'viewer', email: 'viewer@demo.perch.test', name: 'Vera Villanueva' },
];

const FIRST = [
  'Amara',
  'Ben',
  'Chloe',
  'Dmitri',
  'Esme',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonah',
  'Keira',
  'Luis',
  'Maya',
  'Nikhil',
  'Oona',
  'Priya',
  'Quinn',
  'Rafael',
  'Sana',
  'Tomas',
  'Uma',
  'Victor',
  'Wren',
  'Xiomara',
  'Yusuf',
  'Zoe',
  'Aditi',
  'Bruno',
  'Celia',
  'Dario',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Petrov',
  'Nakamura',
  'Haddad',
  'Osei',
  'Tanaka',
  'Ferreira',
  'Schmidt',
  "O'Neill",
  'Gómez',
  'Patel',
  'Rao',
  'Virtanen',
  'Iyer',
  'Brennan',
  'Souza',
  'Malik',
  'Novak',
  'Kapoor',
  'Duarte',
  'Ellison',
  'Reyes',
  'Aziz',
  'Fischer',
  'Menon',
  'Costa',
  'Varga',
  'Russo',
];
const TRACKS = [
  {
    roles: ['Data Analyst', 'Business Intelligence Analyst'],
    industries: ['Fintech', 'Retail'],
    headline: 'Turning messy data into decisions',
  },
  {
    roles: ['Software Engineer', 'Backend Engineer'],
    industries: ['SaaS', 'Developer Tools'],
    headline: 'Building reliable backends in TypeScript and Go',
  },
  {
    roles: ['UX Designer', 'Product Designer'],
    industries: ['Healthtech', 'Consumer Apps'],
    headline: 'Designing for people who are busy',
  },
  {
    roles: ['Product Manager'],
    industries: ['Climate Tech', 'Energy'],
    headline: 'Product thinking for the energy transition',
  },
  {
    roles: ['Marketing Coordinator', 'Content Strategist'],
    industries: ['Media', 'Nonprofit'],
    headline: 'Stories that move people to act',
  },
];
const PLACES = ['Boston, MA', 'Chicago, IL', 'Austin, TX', 'Remote', 'Seattle, WA', 'Toronto, ON'];
const STAGES = ['student', 'early_career', 'career_change', 'mid_career', 'returning'] as const;
const NOTES = [
  'First session: mapped three target companies and agreed on a weekly rhythm.',
  'Reviewed the X profile: headline is clear; pinned post should show a recent project.',
  'Practised the informational-interview ask; keep it to 15 minutes and one question.',
  'Applied to two roles this week; follow up with the recruiter on Thursday.',
];

function userScope(tenantId: TenantId, m: { id: string; userId: string; role: Role }): TenantScope {
  return {
    tenantId,
    principal: { kind: 'user', userId: m.userId, membershipId: m.id, role: m.role, seekerId: null },
  };
}

export async function seedDemo(app: INestApplication): Promise<DemoLogins> {
  const tenants = app.get(TenantsService);
  const identity = app.get(IdentityService);
  const seekers = app.get(SeekersService);
  const logins = [
    ...STAFF.map((s) => ({ role: s.role, email: s.email, password: PASSWORD })),
    { role: 'seeker' as Role, email: 'seeker@demo.perch.test', password: PASSWORD },
  ];
  const done: DemoLogins = { tenantSlug: DEMO_SLUG, tenantName: DEMO_NAME, logins };
  const existing = await tenants.findIdBySlug(DEMO_SLUG);
  if (existing) {
    await seedDemoWatches(app, existing);
    return done;
  }

  const year = new Date().getUTCFullYear();
  const { tenantId } = await tenants.createTenant({
    slug: DEMO_SLUG,
    name: DEMO_NAME,
    license: {
      plan: 'campus',
      seatLimit: 25,
      termStart: `${year}-01-01`,
      termEnd: `${year + 1}-12-31`,
    },
  });
  const system = systemScope(tenantId, 'demo seed');
  const staff = [];
  for (const s of STAFF) {
    staff.push(await identity.createMember(system, { ...s, password: PASSWORD }));
  }
  const coaches = staff.filter((s) => s.role === 'coach');

  let firstSeeker: string | null = null;
  let firstSeekerLogin: { id: string; userId: string } | undefined;
  let atRiskSeeker: string | null = null;
  for (let i = 0; i < FIRST.length; i++) {
    // The first twenty come in groups of four (same track, city and stage, one coach), so
    // cohortSuggestions has peers to find; the rest are mixed.
    const g = i < 20 ? Math.floor(i / 4) : i;
    const track = TRACKS[g % TRACKS.length];
    const first = FIRST[i];
    const last = LAST[i];
    const email =
      i === 0 ? 'seeker@demo.perch.test' : `${first.toLowerCase()}.${i}@students.northwind.test`;
    const seeker = await seekers.createSeeker(system, {
      name: `${first} ${last}`,
      email,
      headline: track.headline,
      targetRoles: track.roles,
      industries: track.industries,
      locations: [PLACES[g % PLACES.length]],
      careerStage: STAGES[g % STAGES.length],
    });
    const coach = coaches[g % coaches.length];
    // Most seekers have a coach; a few wait for assignment, as on a real caseload.
    if (i % 7 !== 6) await seekers.assignCoach(system, seeker.uuid, coach.id);
    // The lead coach co-coaches the whole caseload, so the demo's coach sees every track.
    if (i % 7 !== 6 && coach.id !== coaches[0].id) {
      await seekers.assignCoach(system, seeker.uuid, coaches[0].id);
    }
    if (i < 18) await seekers.activateSeeker(system, seeker.uuid);
    if (i % 9 === 8) await seekers.archiveSeeker(system, seeker.uuid);
    if (i % 7 !== 6) {
      for (let n = 0; n <= i % 3; n++) {
        await seekers.addCoachNote(
          userScope(tenantId, coach),
          seeker.uuid,
          NOTES[(i + n) % NOTES.length],
        );
      }
    }
    // Active seekers agree to be matched with peers, but one, whom suggestions leave out.
    if (i < 18 && i !== 5) {
      await seekers.recordConsent(system, seeker.uuid, ConsentKindEnum.PEER_MATCHING);
    }
    if (i % 2 === 0) {
      await seekers.recordConsent(system, seeker.uuid, ConsentKindEnum.READ_X_DATA);
      await seekers.recordConsent(system, seeker.uuid, ConsentKindEnum.LINK_X_HANDLE);
      await seekers.linkXHandle(
        system,
        seeker.uuid,
        // The first seeker's handle is her account in the X simulator, which she connects below.
        i === 0
          ? DEMO_X_PERSONA.username
          : `${first.toLowerCase()}_${last.replace(/[^A-Za-z]/g, '').toLowerCase()}`.slice(0, 15),
      );
    }
    if (i === 1) atRiskSeeker = seeker.uuid;
    if (i === 0) {
      firstSeeker = seeker.uuid;
      firstSeekerLogin = await identity.createMember(system, {
        email,
        name: `${first} ${last}`,
        password: PASSWORD,
        role: 'seeker',
        seekerId: seeker.uuid,
      });
    }
  }
  await seedDemoWatches(app, tenantId);
  if (firstSeeker) {
    await connectDemoSeeker(app, tenantId, firstSeeker);
    const acme = await seedDemoResearch(app, tenantId, firstSeeker);
    await seedDemoNetworking(app, tenantId, firstSeeker);
    await seedDemoCohort(app, tenantId, firstSeeker);
    await seedDemoJobsAndVoice(app, tenantId, firstSeeker, firstSeekerLogin);
    if (atRiskSeeker && acme) {
      await seedDemoAtRisk(app, tenantId, atRiskSeeker, acme);
    }
  }
  return done;
}

/**
 * What the demo organization follows on X (the built-in simulator's world): a target company and
 * its careers account, #hiring posts, an industry news outlet and the
 * company's team list. Made once, when X is reachable; the worker then polls them.
 */
async function seedDemoWatches(app: INestApplication, tenantId: TenantId): Promise<void> {
  const watches = app.get(WatchesService);
  const system = systemScope(tenantId, 'demo seed');
  const listed = await watches.list(system, { first: 1 });
  if (listed.nodes.length) return;
  const want = [
    {
      capability: XCapability.RESEARCH,
      kind: XWatchKind.TIMELINE,
      target: 'acme',
      cadenceMinutes: 5,
    },
    {
      capability: XCapability.JOBS,
      kind: XWatchKind.TIMELINE,
      target: 'acmejobs',
      cadenceMinutes: 5,
    },
    {
      capability: XCapability.JOBS,
      kind: XWatchKind.QUERY,
      target: '#hiring OR #jobs',
      cadenceMinutes: 2,
      label: 'Hiring posts',
    },
    {
      capability: XCapability.TRENDS,
      kind: XWatchKind.TIMELINE,
      target: 'fintechdaily',
      cadenceMinutes: 1,
    },
  ];
  for (const w of want) {
    try {
      await watches.add(system, w);
    } catch (err) {
      // Without X (X_SIMULATOR=off and no credentials) the demo simply has no watches; one
      // that fails does not keep the others from being made.
      if (!(err instanceof AppError)) throw err;
    }
  }
}

/**
 * The seeker who can sign in connects their X account through the real OAuth 2.0 PKCE flow:
 * a connect link, X's authorize page (the simulator approves at once; a person would click),
 * and the callback's code exchange. Only the browser hop to /auth/x/callback is skipped, as the
 * server is not listening yet; the same `complete` runs. Without X, the demo has no connection.
 */
async function connectDemoSeeker(
  app: INestApplication,
  tenantId: TenantId,
  seekerId: string,
): Promise<void> {
  // Only the simulator approves without a person; real X needs the seeker in a browser.
  if (!app.get<symbol, XRuntime>(X_RUNTIME).simulatorUrl) return;
  const connect = app.get(XConnectService);
  try {
    const link = await connect.createLink(systemScope(tenantId, 'demo seed'), seekerId);
    const res = await fetch(link.url, { redirect: 'manual' });
    const back = new URL(res.headers.get('location') ?? '', 'http://invalid');
    const state = back.searchParams.get('state');
    const code = back.searchParams.get('code');
    if (res.status !== 302 || !state || !code) return;
    await connect.complete(state, code);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
  }
}

/**
 * The first seeker is interviewing at Acme: the company is tracked with the accounts discovery
 * finds (confirmed, as a coach would after reading the evidence), and the seeker follows two
 * topics for trends. A demo organization's budget is raised so the backfills fit in a month.
 */
async function seedDemoResearch(
  app: INestApplication,
  tenantId: TenantId,
  seekerId: string,
): Promise<string | null> {
  if (!app.get<symbol, XRuntime>(X_RUNTIME).simulatorUrl) return null;
  const system = systemScope(tenantId, 'demo seed');
  await app.get(XUsageService).setBudget(system, 200_000_000);
  const research = app.get(ResearchService);
  const trends = app.get(TrendsService);
  try {
    const acme = await research.addCompany(system, { handle: 'acme', domain: 'acme.example' });
    for (const a of await research.discoverAccounts(system, acme.id)) {
      if (
        a.status === 'suggested' &&
        a.evidence.some((e) => e.kind === 'list' || e.kind === 'bio')
      ) {
        await research.reviewAccount(system, acme.id, a.xAccountId, 'confirm');
      }
    }
    await research.setTarget(system, {
      seekerId,
      companyId: acme.id,
      priority: 1,
      status: 'interviewing',
    });
    // The world's two freshest bursts: "layoffs" grows through today, "stablecoin" broke three
    // days ago (decision 17).
    await trends.addTopic(system, { kind: 'keyword', value: 'layoffs', seekerId });
    await trends.addTopic(system, { kind: 'keyword', value: 'stablecoin', seekerId });
    await trends.addTopic(system, { kind: 'hashtag', value: 'SaaS', seekerId });
    return acme.id;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return null;
  }
}

/**
 * A peer cohort formed as a coach would, from the suggestion that holds the first seeker, with
 * last week's check-ins, so the console's peers tab shows a working cohort. cohortSuggestions
 * still offers the others.
 */
async function seedDemoCohort(
  app: INestApplication,
  tenantId: TenantId,
  seekerId: string,
): Promise<void> {
  const system = systemScope(tenantId, 'demo seed');
  const cohorts = app.get(CohortsService);
  const found = (await cohorts.suggestions(system, {})).find((s) =>
    s.suggestion.memberIds.includes(seekerId),
  );
  if (!found) return;
  const c = await cohorts.create(system, {
    name: found.suggestion.suggestedName,
    hashtag: found.suggestion.suggestedHashtag,
    field: found.suggestion.field ?? undefined,
    memberIds: found.suggestion.memberIds,
  });
  const monday = new Date();
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7) - 7);
  const week = monday.toISOString().slice(0, 10);
  const goals = [
    'Two informational interviews',
    'Finish the portfolio case study',
    'Apply to three analyst roles',
    'Practice SQL interview questions',
  ];
  for (const [i, member] of found.suggestion.memberIds.entries()) {
    await cohorts.checkIn(system, {
      cohortId: c.id,
      seekerId: member,
      week,
      goal: goals[i % goals.length],
      status: i % 3 === 2 ? 'blocked' : 'done',
    });
  }
}

/**
 * Mentorship, peers and orgs for the demo: the first seeker's field search for mentors, a data
 * organization, the weekly #DataChat (Tuesdays 20:00 New York time) and a conference that just
 * happened, its dates read from its X profile as a coach would (its posts are in Eastern time, so
 * 08:00 Chicago). Cohorts are left for the coach to form from cohortSuggestions.
 */
async function seedDemoNetworking(
  app: INestApplication,
  tenantId: TenantId,
  seekerId: string,
): Promise<void> {
  if (!app.get<symbol, XRuntime>(X_RUNTIME).simulatorUrl) return;
  const system = systemScope(tenantId, 'demo seed');
  const orgs = app.get(OrgsService);
  try {
    await app.get(MentorshipService).startDiscovery(system, seekerId);
    const wid = await orgs.addOrganization(system, {
      name: 'Women in Data',
      field: 'data',
      site: 'https://womenindata.example',
      handles: ['womenindata_'],
    });
    await orgs.addChat(system, {
      name: 'DataChat',
      hashtag: 'DataChat',
      hostUsername: 'thedatachat',
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
      timeZone: 'America/New_York',
      startLocal: '2026-01-06T20:00',
      durationMinutes: 60,
      organizationId: wid.id,
    });
    const conf = await app.get(WatchesService).add(system, {
      capability: XCapability.ORGS,
      kind: XWatchKind.TIMELINE,
      target: 'mediafuture',
      cadenceMinutes: 60,
    });
    const [account] = await app.get(IngestionRepository).accountsById([conf.target]);
    const day = /(\d{4}-\d{2}-\d{2})/.exec(account?.description ?? '')?.[1];
    const tag = /#(\w+)/.exec(account?.description ?? '')?.[1];
    if (day && tag) {
      const end = new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      await orgs.addEvent(system, {
        name: account?.name ?? tag,
        kind: 'conference',
        startsAt: `${day}T08:00`,
        endsAt: `${end}T17:00`,
        timeZone: 'America/Chicago',
        online: false,
        place: 'Chicago, IL',
        url: 'https://mediafuture.example',
        hashtags: [tag],
      });
    }
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
  }
}

/**
 * Jobs and voice for the first seeker: job preferences (matches arrive as the #hiring watch is
 * polled), the posting consent, their own posts read from X for the voice profile and audit,
 * three pillars, and a draft waiting for the coach's approval.
 */
async function seedDemoJobsAndVoice(
  app: INestApplication,
  tenantId: TenantId,
  seekerId: string,
  seekerLogin: { id: string; userId: string } | undefined,
): Promise<void> {
  if (!app.get<symbol, XRuntime>(X_RUNTIME).simulatorUrl) return;
  const system = systemScope(tenantId, 'demo seed');
  const voice = app.get(VoiceService);
  try {
    await app.get(JobsService).setPreferences(system, seekerId, {
      skills: ['SQL', 'Python', 'dashboards'],
      remote: 'open',
    });
    await app
      .get(SeekersService)
      .recordConsent(system, seekerId, ConsentKindEnum.POST_APPROVED_DRAFTS);
    await voice.syncPosts(system, seekerId);
    await voice.setPillars(system, seekerId, [
      { name: 'analytics', terms: ['sql', 'dashboard', 'data', 'analytics', 'metrics'] },
      { name: 'learning in public', terms: ['learning', 'course', 'practice', 'notes'] },
      { name: 'fintech', terms: ['fintech', 'payments', 'banking'] },
    ]);
    // The seeker writes the draft and sends it for review themself: a draft posts as them, so
    // the coach can approve only words the seeker has OK'd.
    const self: TenantScope = seekerLogin
      ? {
          tenantId,
          principal: {
            kind: 'user',
            userId: seekerLogin.userId,
            membershipId: seekerLogin.id,
            role: 'seeker',
            seekerId,
          },
        }
      : system;
    const draft = await voice.createDraft(
      self,
      seekerId,
      'Week 6 of learning SQL in public: window functions finally clicked. Ranking customers by monthly spend took one query instead of three. #analytics',
    );
    await voice.submit(self, draft.id);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
  }
}

/**
 * The seeker a coach meets first under "at risk": Ben is active but has not let Perch read his X
 * data, so the caseload flags him (CONSENT_MISSING, from his real consent records). The work with
 * him goes on all the same, so each step of a coach's first visit has something to act on: he
 * has applied to Acme (its dossier, and the application in his pipeline), a post he wrote and sent for review waits for approval (he
 * signs in to Perch himself; a draft posts as him, so only his own OK lets a coach approve it),
 * and job matches arrive from his preferences as the #hiring watch is polled.
 */
async function seedDemoAtRisk(
  app: INestApplication,
  tenantId: TenantId,
  seekerId: string,
  companyId: string,
): Promise<void> {
  const system = systemScope(tenantId, 'demo seed');
  const seekers = app.get(SeekersService);
  try {
    await app.get(ResearchService).setTarget(system, {
      seekerId,
      companyId,
      priority: 1,
      status: 'applied',
    });
    const jobs = app.get(JobsService);
    await jobs.setPreferences(system, seekerId, {
      skills: ['SQL', 'Excel', 'dashboards'],
      remote: 'open',
    });
    // The application to Acme, applied a week ago: the one to move on once Acme calls back,
    // whatever openings the #hiring watch brings in today.
    const application = await jobs.save(system, seekerId, {
      title: 'Junior Data Analyst',
      company: 'Acme',
      companyId,
      notes: 'Applied through the careers page; referred by a cohort peer.',
    });
    await jobs.move(system, application.id, 'applied', 'Sent the application.');
    const seeker = await seekers.getSeeker(system, seekerId);
    const login = await app.get(IdentityService).createMember(system, {
      email: seeker.email,
      name: seeker.name,
      password: PASSWORD,
      role: 'seeker',
      seekerId,
    });
    const self: TenantScope = {
      tenantId,
      principal: {
        kind: 'user',
        userId: login.userId,
        membershipId: login.id,
        role: 'seeker',
        seekerId,
      },
    };
    const voice = app.get(VoiceService);
    const draft = await voice.createDraft(
      self,
      seekerId,
      'Rebuilt our student society budget as a dashboard this weekend: one view, three filters, and the treasurer stopped emailing spreadsheets. Small tools, big relief. #dataviz',
    );
    await voice.submit(self, draft.id);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
  }
}
