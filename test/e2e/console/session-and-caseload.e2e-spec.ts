import { randomUUID } from 'node:crypto';
/**
 * What the console stands on, through HTTP: cookie sessions (httpOnly, SameSite=Strict, scoped
 * to /session, never readable by the page, CSRF-safe through a header a cross-site form cannot
 * send), tenant switching without a password, the caseload with progress and at-risk flags for
 * exactly the seekers the caller coaches, and the console's own page and assets.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import request from 'supertest';
import { ConsentKindEnum } from '../../../src/modules/seekers/models/consent.model.js';
import { SeekersService } from '../../../src/modules/seekers/seekers.service.js';
import { systemScope } from '../../../src/platform/database/context.js';
import { fromGlobalId } from '../../../src/platform/graphql/global-id.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import {
  memberToken,
  newMember,
  newTenant,
  PASSWORD,
  type TestTenant,
} from '../../helpers/factories.js';

jest.setTimeout(120_000);

let t: TestApp;
let tenant: TestTenant;
const consoleDir = mkdtempSync(join(tmpdir(), 'perch-console-'));

beforeAll(async () => {
  mkdirSync(join(consoleDir, 'assets'));
  writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>Perch console</title>');
  writeFileSync(join(consoleDir, 'assets', 'index-abc123.js'), 'console.log("hi")');
  t = await startTestApp({ CONSOLE_DIR: consoleDir });
  tenant = await newTenant(t);
}, 120_000);
afterAll(() => t?.close());

const session = (path: string) =>
  request(t.http).post(`/session/${path}`).set('content-type', 'application/json');

function cookieOf(res: request.Response): string {
  const raw = res.headers['set-cookie'] as unknown as string[] | string | undefined;
  const line = (Array.isArray(raw) ? raw : [raw ?? '']).find((c) => c.startsWith('perch_session='));
  if (!line) throw new Error(`no session cookie: ${JSON.stringify(res.headers)}`);
  return line;
}

describe('console sessions', () => {
  let email: string;
  beforeAll(async () => {
    ({ email } = await newMember(t, tenant.tenantId, 'coach'));
  });

  it('refuses a sign-in without the console header, and a wrong password', async () => {
    const bare = await session('login').send({ email, password: PASSWORD });
    expect(bare.status).toBe(403);
    expect(bare.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(bare.headers['set-cookie']).toBeUndefined();
    const wrong = await session('login')
      .set('x-perch-console', '1')
      .send({ email, password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const junk = await session('login').set('x-perch-console', '1').send({ email: 42 });
    expect(junk.status).toBe(400);
  });

  it('keeps the refresh token in an httpOnly, SameSite=Strict cookie the page never sees', async () => {
    const res = await session('login')
      .set('x-perch-console', '1')
      .send({ email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual([
      'accessToken',
      'accessTokenExpiresAt',
      'role',
      'tenantId',
    ]);
    expect(res.body.role).toBe('coach');
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/session/);
    expect(res.headers['cache-control']).toBe('no-store');
    const me = await t.gql(`{ viewer { role } }`, {}, res.body.accessToken);
    expect(me.data.viewer.role).toBe('COACH');

    // The cookie alone refreshes (rotating it); without the header it does nothing.
    const jar = cookie.split(';')[0];
    const csrf = await session('refresh').set('cookie', jar).send({});
    expect(csrf.status).toBe(403);
    const next = await session('refresh').set('x-perch-console', '1').set('cookie', jar).send({});
    expect(next.status).toBe(200);
    const rotated = cookieOf(next).split(';')[0];
    expect(rotated).not.toBe(jar);

    // Signing out ends the session and clears the cookie.
    const out = await session('logout').set('x-perch-console', '1').set('cookie', rotated).send({});
    expect(out.status).toBe(200);
    expect(cookieOf(out)).toMatch(/^perch_session=; .*Max-Age=0/);
    const after = await session('refresh')
      .set('x-perch-console', '1')
      .set('cookie', rotated)
      .send({});
    expect(after.status).toBe(401);
    const none = await session('refresh').set('x-perch-console', '1').send({});
    expect(none.status).toBe(401);
  });

  it('accepts an invitation into a cookie session, as a sign-in does', async () => {
    const invitee = `invited-${Date.now()}@people.test`;
    const invited = await t.gql(
      `mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { invitationToken } }`,
      { input: { email: invitee, role: 'COACH' } },
      tenant.ownerToken,
    );
    const token = invited.data.inviteStaff.invitationToken as string;
    const body = { token, name: 'Ines Invited', password: PASSWORD };
    const bare = await session('accept').send(body);
    expect(bare.status).toBe(403);
    const short = await session('accept')
      .set('x-perch-console', '1')
      .send({ ...body, password: 'short' });
    expect(short.status).toBe(400);
    const wrong = await session('accept')
      .set('x-perch-console', '1')
      .send({ ...body, token: `${token.slice(0, -4)}AAAA` });
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    expect(wrong.status).toBeLessThan(500);
    expect(wrong.headers['set-cookie']).toBeUndefined();

    const res = await session('accept').set('x-perch-console', '1').send(body);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual([
      'accessToken',
      'accessTokenExpiresAt',
      'role',
      'tenantId',
    ]);
    expect(res.body).toMatchObject({ role: 'coach', tenantId: tenant.tenantId });
    expect(cookieOf(res)).toMatch(/; HttpOnly; SameSite=Strict/);
    const me = await t.gql(`{ viewer { member { email } } }`, {}, res.body.accessToken);
    expect(me.data.viewer.member.email).toBe(invitee);
    // The invitation is spent.
    const again = await session('accept').set('x-perch-console', '1').send(body);
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.status).toBeLessThan(500);
  });

  it('switches to another organization of the same person without a password', async () => {
    const other = await newTenant(t);
    const shared = `both-${Date.now()}@people.test`;
    await newMember(t, tenant.tenantId, 'coach', shared);
    await newMember(t, other.tenantId, 'admin', shared);
    const first = await session('login')
      .set('x-perch-console', '1')
      .send({ email: shared, password: PASSWORD, tenantSlug: tenant.slug });
    expect(first.body.tenantId).toBe(tenant.tenantId);
    const switched = await session('switch')
      .set('x-perch-console', '1')
      .set('cookie', cookieOf(first).split(';')[0])
      .send({ tenantSlug: other.slug });
    expect(switched.status).toBe(200);
    expect(switched.body).toMatchObject({ tenantId: other.tenantId, role: 'admin' });
    const nowhere = await session('switch')
      .set('x-perch-console', '1')
      .set('cookie', cookieOf(switched).split(';')[0])
      .send({ tenantSlug: 'no-such-org' });
    expect(nowhere.status).toBe(404);
  });
});

describe('caseload', () => {
  it('lists exactly the coach’s seekers with progress and the flags a coach acts on', async () => {
    const coach = await memberToken(t, tenant, 'coach');
    const seekers = t.perch.app.get(SeekersService);
    const system = systemScope(tenant.tenantId, 'test');
    const make = async (name: string, consent: boolean) => {
      const s = await seekers.createSeeker(system, {
        name,
        email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@students.test`,
        targetRoles: ['Data Analyst'],
        industries: [],
        locations: ['Boston, MA'],
        careerStage: 'early_career',
      });
      await seekers.activateSeeker(system, s.uuid);
      await seekers.assignCoach(system, s.uuid, coach.membershipId);
      if (consent) await seekers.recordConsent(system, s.uuid, ConsentKindEnum.READ_X_DATA);
      return s;
    };
    const fresh = await make('Fresh Start', true);
    const quiet = await make('Quiet Quinn', true);
    const noConsent = await make('No Consent', false);
    const stalled = await make('Stalled Sam', true);
    const notMine = await seekers.createSeeker(system, {
      name: 'Someone Else',
      email: `else.${Date.now()}@students.test`,
      targetRoles: [],
      industries: [],
      locations: [],
      careerStage: 'exploring',
    });
    const saved = await t.gql(
      `mutation($i: SaveJobInput!) { saveJob(input: $i) { application { id } userErrors { message } } }`,
      { i: { seekerId: stalled.id, title: 'Analyst at Acme' } },
      coach.token,
    );
    const appId = fromGlobalId(saved.data.saveJob.application.id, 'JobApplication');
    await withClient(t.db.ownerUrl, async (c) => {
      await c.query(
        `update seekers set activated_at = now() - interval '20 days' where tenant_id = $1 and id = any($2::uuid[])`,
        [tenant.tenantId, [quiet.uuid, stalled.uuid]],
      );
      await c.query(
        `update job_applications set updated_at = now() - interval '25 days', saved_at = now() - interval '25 days' where tenant_id = $1 and id = $2`,
        [tenant.tenantId, appId],
      );
      // Fresh Start's matches: one new, one dismissed, one from last month.
      for (const [age, dismissed] of [
        ['1 day', false],
        ['2 days', true],
        ['30 days', false],
      ] as const) {
        const posting = randomUUID();
        await c.query(
          `insert into job_postings (id, dedupe_key, title, confidence, representative_post_id, first_seen_at, last_seen_at)
           values ($1, $2, 'Caseload Analyst', 0.9, 1, now(), now())`,
          [posting, `caseload:${posting}`],
        );
        await c.query(
          `insert into job_matches (tenant_id, id, seeker_id, posting_id, score, source, dismissed_at, created_at)
           values ($1, $2, $3, $4, 0.8, 'matched', $5, now() - $6::interval)`,
          [tenant.tenantId, randomUUID(), fresh.uuid, posting, dismissed ? new Date() : null, age],
        );
      }
    });

    const res = await t.gql(
      `{ caseload { seeker { id name } openApplications newJobMatches pipelineStage lastActivityAt voiceTrend { month }
         atRisk { reason detail } } }`,
      {},
      coach.token,
    );
    const rows = res.data.caseload as {
      seeker: { id: string; name: string };
      openApplications: number;
      newJobMatches: number;
      pipelineStage: string | null;
      atRisk: { reason: string; detail: string }[];
    }[];
    expect(rows.map((r) => r.seeker.name)).toEqual([
      'Fresh Start',
      'No Consent',
      'Quiet Quinn',
      'Stalled Sam',
    ]);
    expect(rows.map((r) => r.seeker.id)).not.toContain(notMine.id);
    const flags = Object.fromEntries(
      rows.map((r) => [r.seeker.name, r.atRisk.map((f) => f.reason)]),
    );
    expect(flags).toEqual({
      'Fresh Start': [],
      'No Consent': ['CONSENT_MISSING'],
      'Quiet Quinn': ['QUIET'],
      'Stalled Sam': ['QUIET', 'STALLED_PIPELINE'],
    });
    const sam = rows.find((r) => r.seeker.name === 'Stalled Sam')!;
    expect(sam).toMatchObject({ openApplications: 1, pipelineStage: 'SAVED', newJobMatches: 0 });
    expect(rows.find((r) => r.seeker.name === 'Fresh Start')!.newJobMatches).toBe(1);
    expect(sam.atRisk[1].detail).toMatch(/1 open application, unchanged for 2[45] days/);
    expect(fresh.id).toBeDefined();
    expect(noConsent.id).toBeDefined();

    // Admins see everyone; a seeker is refused; a bad size is a typed error.
    const everyone = await t.gql(`{ caseload { seeker { name } } }`, {}, tenant.ownerToken);
    expect(
      everyone.data.caseload.map((r: { seeker: { name: string } }) => r.seeker.name),
    ).toContain('Someone Else');
    const seekerMember = await newMember(t, tenant.tenantId, 'seeker', undefined, fresh.uuid);
    const seekerLogin = await session('login')
      .set('x-perch-console', '1')
      .send({ email: seekerMember.email, password: PASSWORD });
    const refused = await t.gql(
      `{ caseload { seeker { name } } }`,
      {},
      seekerLogin.body.accessToken,
    );
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // A seeker's own day: their briefing and topics, and nobody else's.
    const briefing = `query($s: ID!) { dailyBriefing(seekerId: $s, day: null) { day topics } topics(seekerId: $s) { name } }`;
    const own = await t.gql(briefing, { s: fresh.id }, seekerLogin.body.accessToken);
    expect(own.errors).toBeUndefined();
    expect(own.data.dailyBriefing.day).toBe(new Date().toISOString().slice(0, 10));
    const others = await t.gql(briefing, { s: quiet.id }, seekerLogin.body.accessToken);
    expect(others.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const tooMany = await t.gql(`{ caseload(first: 5000) { seeker { name } } }`, {}, coach.token);
    expect(tooMany.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('the console page', () => {
  it('serves the page with a strict CSP and hashed assets, and nothing outside them', async () => {
    const page = await request(t.http).get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    const asset = await request(t.http).get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    for (const bad of [
      '/assets/..%2Findex.html',
      '/assets/..%2F..%2Fpackage.json',
      '/assets/x.exe',
    ]) {
      expect((await request(t.http).get(bad)).status).toBe(404);
    }
  });
});
