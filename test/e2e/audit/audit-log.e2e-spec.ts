/**
 * The audit log through the API: every mutation and every read of one seeker's data leaves a row
 * naming who (staff member or API key), through what (session or key), when and how it ended;
 * admins and admin-scoped keys read it, coaches cannot; the application role can add rows but
 * never change or remove one; another tenant's seeker is NOT_FOUND, an erased one keeps its history.
 */
import { jest } from '@jest/globals';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { memberToken, newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';

jest.setTimeout(60_000);

const AUDIT = `query($seekerId: ID, $actorId: ID, $action: String, $first: Int, $after: String) {
  auditEvents(seekerId: $seekerId, actorId: $actorId, action: $action, first: $first, after: $after) {
    nodes { id at actorKind actorId actorRole via viaId action kind seekerId targets outcome requestId }
    pageInfo { hasNextPage endCursor }
  } }`;

let t: TestApp;
let a: TestTenant;
let coach: Awaited<ReturnType<typeof memberToken>>;
let seeker: { id: string };

beforeAll(async () => {
  t = await startTestApp();
  a = await newTenant(t);
  coach = await memberToken(t, a, 'coach');
  seeker = await newSeeker(t, a.ownerToken);
  const assign = await t.gql(
    `mutation($input: AssignCoachInput!) { assignCoach(input: $input) { userErrors { code } } }`,
    { input: { seekerId: seeker.id, staffMemberId: coach.staffId } },
    a.ownerToken,
  );
  expect(assign.data.assignCoach.userErrors).toEqual([]);
});
afterAll(() => t?.close());

describe('audit log', () => {
  it('records a coach reading a seeker’s X data and changing their record, with the session', async () => {
    const read = await t.gql(
      `query($s: ID!) { voiceAudit(seekerId: $s) { reason } }`,
      { s: seeker.id },
      coach.token,
    );
    expect(read.errors).toBeUndefined();
    const note = await t.gql(
      `mutation($input: AddCoachNoteInput!) { addCoachNote(input: $input) { userErrors { code } } }`,
      { input: { seekerId: seeker.id, body: 'Met on Tuesday' } },
      coach.token,
    );
    expect(note.data.addCoachNote.userErrors).toEqual([]);

    const log = await t.gql(AUDIT, { seekerId: seeker.id, actorId: coach.staffId }, a.ownerToken);
    expect(log.errors).toBeUndefined();
    const events = log.data.auditEvents.nodes as Record<string, unknown>[];
    const actions = events.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['Query.voiceAudit', 'Mutation.addCoachNote']));
    for (const e of events) {
      expect(e).toMatchObject({
        actorKind: 'user',
        actorId: coach.staffId,
        actorRole: 'coach',
        via: 'session',
        seekerId: seeker.id,
        outcome: 'ok',
      });
      expect(typeof e.viaId).toBe('string');
      expect(e.targets).toContain(seeker.id);
    }
    // Newest first.
    expect(actions.indexOf('Mutation.addCoachNote')).toBeLessThan(
      actions.indexOf('Query.voiceAudit'),
    );
    // The note's text is never in the log.
    expect(JSON.stringify(log.body)).not.toContain('Met on Tuesday');
  });

  it('counts an act on a seeker’s object (a job application) as about the seeker', async () => {
    const saved = await t.gql(
      `mutation($i: SaveJobInput!) { saveJob(input: $i) { application { id } } }`,
      { i: { seekerId: seeker.id, title: 'Data Analyst' } },
      coach.token,
    );
    const appId = saved.data.saveJob.application.id;
    await t.gql(
      `mutation($i: MoveJobApplicationInput!) { moveJobApplication(input: $i) { userErrors { code } } }`,
      { i: { applicationId: appId, stage: 'APPLIED' } },
      coach.token,
    );
    const log = await t.gql(
      AUDIT,
      { seekerId: seeker.id, action: 'Mutation.moveJobApplication' },
      a.ownerToken,
    );
    expect(log.data.auditEvents.nodes).toEqual([
      expect.objectContaining({ seekerId: seeker.id, targets: [appId], outcome: 'ok' }),
    ]);
  });

  it('records refusals with their code, and reads by API key through the key', async () => {
    const viewer = await memberToken(t, a, 'viewer');
    const denied = await t.gql(
      `mutation($input: AddCoachNoteInput!) { addCoachNote(input: $input) { userErrors { code } } }`,
      { input: { seekerId: seeker.id, body: 'x' } },
      viewer.token,
    );
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const created = await t.gql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } token } }`,
      { input: { name: 'crm sync', scopes: ['READ', 'ADMIN'] } },
      a.ownerToken,
    );
    const { token, apiKey } = created.data.createApiKey;
    await t.gql(`query($s: ID!) { seeker(id: $s) { id } }`, { s: seeker.id }, token);

    const byViewer = await t.gql(AUDIT, { actorId: viewer.staffId }, token);
    expect(byViewer.data.auditEvents.nodes).toEqual([
      expect.objectContaining({ action: 'Mutation.addCoachNote', outcome: 'FORBIDDEN' }),
    ]);
    const byKey = await t.gql(AUDIT, { actorId: apiKey.id, action: 'Query.seeker' }, token);
    expect(byKey.data.auditEvents.nodes).toEqual([
      expect.objectContaining({
        actorKind: 'apiKey',
        actorId: apiKey.id,
        via: 'apiKey',
        viaId: expect.any(String),
        seekerId: seeker.id,
        kind: 'READ',
      }),
    ]);
  });

  it('records business failures with their userErrors code', async () => {
    const bad = await t.gql(
      `mutation($input: AddCoachNoteInput!) { addCoachNote(input: $input) { userErrors { code } } }`,
      { input: { seekerId: seeker.id, body: '' } },
      coach.token,
    );
    const code = bad.data?.addCoachNote?.userErrors?.[0]?.code ?? bad.errors?.[0].extensions.code;
    expect(code).toBe('BAD_USER_INPUT');
    const log = await t.gql(
      AUDIT,
      { actorId: coach.staffId, action: 'Mutation.addCoachNote', first: 1 },
      a.ownerToken,
    );
    expect(log.data.auditEvents.nodes[0].outcome).toBe('BAD_USER_INPUT');
  });

  it('is for owners and admins only', async () => {
    const res = await t.gql(AUDIT, { seekerId: seeker.id }, coach.token);
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('pages newest first without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const vars: Record<string, unknown> = { seekerId: seeker.id, first: 2, after };
      const page = (await t.gql(AUDIT, vars, a.ownerToken)).data.auditEvents as {
        nodes: { id: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const all = await t.gql(AUDIT, { seekerId: seeker.id, first: 100 }, a.ownerToken);
    // Reading the log about a seeker is itself a read about them, so the log grew while paging.
    expect(new Set(seen).size).toBe(seen.length);
    expect(all.data.auditEvents.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining(seen),
    );
  });

  it('cannot be changed or removed by the application role', async () => {
    for (const sql of [
      `update audit_events set outcome = 'ok'`,
      `delete from audit_events`,
      `truncate audit_events`,
    ]) {
      await expect(
        withClient(t.db.appUrl, async (c) => {
          await c.query('begin');
          await c.query(`select set_config('app.tenant_id', $1, true)`, [a.tenantId]);
          await c.query(sql);
        }),
      ).rejects.toThrow(/permission denied/);
    }
  });

  it('keeps the history of an erased seeker, and hides another tenant’s', async () => {
    const b = await newTenant(t);
    const other = await t.gql(AUDIT, { seekerId: seeker.id }, b.ownerToken);
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');

    const gone = await newSeeker(t, a.ownerToken);
    await t.gql(`query($s: ID!) { seeker(id: $s) { id } }`, { s: gone.id }, a.ownerToken);
    await withClient(t.db.ownerUrl, (c) =>
      c.query(`delete from seekers where tenant_id = $1 and email = $2`, [a.tenantId, gone.email]),
    );
    const kept = await t.gql(AUDIT, { seekerId: gone.id }, a.ownerToken);
    expect(kept.errors).toBeUndefined();
    expect(kept.data.auditEvents.nodes.map((n: { action: string }) => n.action)).toEqual(
      expect.arrayContaining(['Query.seeker', 'Mutation.createSeeker']),
    );
  });
});
