/**
 * Data rights through the API: a seeker's data as a zip of JSON (theirs only, no secrets); a
 * seeker erased everywhere but the audit, which keeps naming them by their old id; a whole
 * organization exported and deleted. Checked against the live catalog, not a list of tables.
 */
import { jest } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import yauzl from 'yauzl';
import { RosterImportService } from '../../../src/modules/roster/roster-import.service.js';
import { fromGlobalId } from '../../../src/platform/graphql/global-id.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import {
  login,
  memberToken,
  newMember,
  newSeeker,
  newTenant,
  type TestTenant,
} from '../../helpers/factories.js';

jest.setTimeout(90_000);

let t: TestApp;

function unzip(buf: Buffer): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const out: Record<string, unknown> = {};
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (e2, s) => {
          if (e2 || !s) return reject(e2 ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          s.on('data', (c: Buffer) => chunks.push(c));
          s.on('end', () => {
            out[e.fileName] = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

const binary = (r: request.Test) =>
  r.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

/** Rows in any tenant table (but the audit) with a uuid column equal to `id`. */
async function mentions(id: string): Promise<Record<string, number>> {
  return withClient(t.db.ownerUrl, async (c) => {
    const cols = (
      await c.query<{ table_name: string; column_name: string }>(
        `select table_name, column_name from information_schema.columns
          where table_schema = 'public' and data_type = 'uuid' and table_name <> 'audit_events'`,
      )
    ).rows;
    const out: Record<string, number> = {};
    for (const col of cols) {
      const n = Number(
        (
          await c.query(
            `select count(*) from "${col.table_name}" where "${col.column_name}" = $1`,
            [id],
          )
        ).rows[0].count,
      );
      if (n) out[`${col.table_name}.${col.column_name}`] = n;
    }
    return out;
  });
}

async function richSeeker(tenant: TestTenant) {
  const s = await newSeeker(t, tenant.ownerToken);
  const seekerUuid = fromGlobalId(s.id, 'Seeker');
  await t.gql(
    `mutation($i: AddCoachNoteInput!) { addCoachNote(input: $i) { userErrors { code } } }`,
    { i: { seekerId: s.id, body: 'Wants a data role in Boston.' } },
    tenant.ownerToken,
  );
  await t.gql(
    `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { userErrors { code } } }`,
    { i: { seekerId: s.id, kind: 'READ_X_DATA' } },
    tenant.ownerToken,
  );
  const saved = await t.gql(
    `mutation($i: SaveJobInput!) { saveJob(input: $i) { application { id } } }`,
    { i: { seekerId: s.id, title: 'Data Analyst', company: 'Acme' } },
    tenant.ownerToken,
  );
  const appId = saved.data.saveJob.application.id;
  await t.gql(
    `mutation($i: MoveJobApplicationInput!) { moveJobApplication(input: $i) { userErrors { code } } }`,
    { i: { applicationId: appId, stage: 'APPLIED' } },
    tenant.ownerToken,
  );
  // The person signs in as the seeker too.
  await newMember(t, tenant.tenantId, 'seeker', s.email, seekerUuid);
  return { ...s, seekerUuid, appUuid: fromGlobalId(appId, 'JobApplication') };
}

/** A roster import waiting for the worker (this app runs no worker of its own). */
async function queuedRoster(tenant: TestTenant, csv: string): Promise<string> {
  const res = await request(t.http)
    .post('/imports/roster?dryRun=false')
    .set('authorization', `Bearer ${tenant.ownerToken}`)
    .set('content-type', 'text/csv')
    .send(Buffer.from(csv, 'utf8'));
  expect(res.status).toBe(202);
  return res.body.import.id as string;
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('a seeker’s data', () => {
  it('exports everything about the seeker, and nothing of anyone else or any secret', async () => {
    const a = await newTenant(t);
    const s = await richSeeker(a);
    const other = await richSeeker(a);
    const res = await binary(
      request(t.http)
        .get(`/data-exports/seekers/${s.id}.zip`)
        .set('authorization', `Bearer ${a.ownerToken}`),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = await unzip(res.body as Buffer);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'README.json',
        'seekers.json',
        'coach_notes.json',
        'consents.json',
        'job_applications.json',
        'memberships.json',
      ]),
    );
    expect(files['seekers.json']).toEqual([expect.objectContaining({ email: s.email })]);
    const history = Object.entries(files).find(([n]) => n.startsWith('job_application_events'));
    expect(history?.[1]).toEqual(
      expect.arrayContaining([expect.objectContaining({ to_stage: 'applied' })]),
    );
    const text = JSON.stringify(files);
    expect(text).not.toContain(other.email);
    expect(text).not.toContain(other.seekerUuid);
    expect(text).not.toMatch(/_enc"|_hash"/);

    const b = await newTenant(t);
    const foreign = await request(t.http)
      .get(`/data-exports/seekers/${s.id}.zip`)
      .set('authorization', `Bearer ${b.ownerToken}`);
    expect(foreign.status).toBe(404);
    const coach = await memberToken(t, a, 'coach');
    const denied = await request(t.http)
      .get(`/data-exports/seekers/${s.id}.zip`)
      .set('authorization', `Bearer ${coach.token}`);
    expect(denied.status).toBe(403);
  });

  it('erases the seeker everywhere but the audit, which keeps the old id', async () => {
    const a = await newTenant(t);
    const s = await richSeeker(a);
    const other = await richSeeker(a);
    expect(Object.keys(await mentions(s.seekerUuid)).length).toBeGreaterThan(3);
    const erase = `mutation($i: EraseSeekerInput!) { eraseSeeker(input: $i) {
      erasedSeekerId deleted { table rows } userErrors { field code message } } }`;

    const wrong = await t.gql(
      erase,
      { i: { seekerId: s.id, confirmEmail: 'x@y.z' } },
      a.ownerToken,
    );
    expect(wrong.data.eraseSeeker.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'confirmEmail'],
    });
    expect(Object.keys(await mentions(s.seekerUuid)).length).toBeGreaterThan(3);

    const done = await t.gql(erase, { i: { seekerId: s.id, confirmEmail: s.email } }, a.ownerToken);
    expect(done.data.eraseSeeker.userErrors).toEqual([]);
    expect(done.data.eraseSeeker.erasedSeekerId).toBe(s.id);
    expect(done.data.eraseSeeker.deleted).toEqual(
      expect.arrayContaining([{ table: 'seekers', rows: 1 }]),
    );
    expect(await mentions(s.seekerUuid)).toEqual({});
    expect(await mentions(s.appUuid)).toEqual({});
    // Their sign-in is gone; the other seeker is untouched.
    await expect(login(t, s.email)).rejects.toThrow();
    expect(Object.keys(await mentions(other.seekerUuid)).length).toBeGreaterThan(3);
    await login(t, other.email);

    const audit = await t.gql(
      `query($s: ID) { auditEvents(seekerId: $s, first: 100) { nodes { action seekerId } } }`,
      { s: s.id },
      a.ownerToken,
    );
    const actions = audit.data.auditEvents.nodes.map((n: { action: string }) => n.action);
    expect(actions).toEqual(
      expect.arrayContaining(['Mutation.eraseSeeker', 'Mutation.addCoachNote']),
    );
    expect(JSON.stringify(audit.body)).not.toContain(s.email);

    const again = await t.gql(
      erase,
      { i: { seekerId: s.id, confirmEmail: s.email } },
      a.ownerToken,
    );
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('stops a waiting roster import whose file could bring the erased seeker back', async () => {
    const a = await newTenant(t);
    const s = await newSeeker(t, a.ownerToken);
    const id = await queuedRoster(a, `external_id,email,name\ne-1,${s.email},Erased Person\n`);
    const erase = `mutation($i: EraseSeekerInput!) { eraseSeeker(input: $i) { userErrors { code } } }`;
    const done = await t.gql(erase, { i: { seekerId: s.id, confirmEmail: s.email } }, a.ownerToken);
    expect(done.data.eraseSeeker.userErrors).toEqual([]);

    await t.perch.app.get(RosterImportService).runDue();
    const imp = await t.gql(
      `query($id: ID!) { rosterImport(id: $id) { status doneRows error } }`,
      { id },
      a.ownerToken,
    );
    expect(imp.data.rosterImport).toMatchObject({ status: 'FAILED', doneRows: 0 });
    expect(imp.data.rosterImport.error).toMatch(/erased/);
    const left = await withClient(t.db.ownerUrl, async (c) => ({
      seekers: Number(
        (
          await c.query(`select count(*) from seekers where tenant_id = $1 and email = $2`, [
            a.tenantId,
            s.email,
          ])
        ).rows[0].count,
      ),
      files: Number(
        (
          await c.query(
            `select count(*) from roster_imports where tenant_id = $1 and file is not null`,
            [a.tenantId],
          )
        ).rows[0].count,
      ),
    }));
    expect(left).toEqual({ seekers: 0, files: 0 });
  });

  it('waits for a roster chunk in flight instead of deadlocking with it, and keeps none of its report', async () => {
    const a = await newTenant(t);
    const s = await newSeeker(t, a.ownerToken);
    const id = await queuedRoster(a, `external_id,email,name\ne-2,${s.email},Erased Person\n`);
    const importId = fromGlobalId(id, 'RosterImport');
    const seekerId = fromGlobalId(s.id, 'Seeker');
    // A worker's chunk, by hand: it holds its import, then writes people, then its report.
    const chunk = new pg.Client({ connectionString: t.db.ownerUrl });
    await chunk.connect();
    try {
      await chunk.query('begin');
      await chunk.query(
        `update roster_imports set status = 'running', lease_token = gen_random_uuid(),
                lease_until = now() + interval '1 hour' where id = $1`,
        [importId],
      );
      const erase = `mutation($i: EraseSeekerInput!) { eraseSeeker(input: $i) { userErrors { code } } }`;
      const erasing = t.gql(erase, { i: { seekerId: s.id, confirmEmail: s.email } }, a.ownerToken);
      await new Promise((r) => setTimeout(r, 300));
      await chunk.query(
        `update seekers set name = 'From the roster' where tenant_id = $1 and id = $2`,
        [a.tenantId, seekerId],
      );
      await chunk.query(
        `insert into roster_import_chunks (tenant_id, import_id, first_row, report)
         values ($1, $2, 0, '[{"line": 2, "externalId": "e-2"}]')`,
        [a.tenantId, importId],
      );
      await chunk.query('commit');
      const done = await erasing;
      expect(done.errors).toBeUndefined();
      expect(done.data.eraseSeeker.userErrors).toEqual([]);
    } finally {
      await chunk.end();
    }
    const left = await withClient(t.db.ownerUrl, async (c) => ({
      seekers: (await c.query(`select 1 from seekers where id = $1`, [seekerId])).rowCount,
      chunks: (await c.query(`select 1 from roster_import_chunks where import_id = $1`, [importId]))
        .rowCount,
      import: (await c.query(`select status from roster_imports where id = $1`, [importId])).rows,
    }));
    expect(left).toEqual({ seekers: 0, chunks: 0, import: [{ status: 'failed' }] });
  });
});

describe('an organization’s data', () => {
  it('is exported by its owner, and deleted with everything in it', async () => {
    const a = await newTenant(t);
    const keep = await newTenant(t);
    const s = await richSeeker(a);
    await richSeeker(keep);
    const admin = await memberToken(t, a, 'admin');
    // A roster waiting for the worker: its stored file names people and is never exported.
    const waiting = 'external_id,email,name\nq-1,queued.person@uni.test,Queued Person\n';
    await queuedRoster(a, waiting);
    const denied = await request(t.http)
      .get('/data-exports/organization.zip')
      .set('authorization', `Bearer ${admin.token}`);
    expect(denied.status).toBe(403);
    const res = await binary(
      request(t.http)
        .get('/data-exports/organization.zip')
        .set('authorization', `Bearer ${a.ownerToken}`),
    );
    expect(res.status).toBe(200);
    const files = await unzip(res.body as Buffer);
    expect(files['seekers.json']).toEqual([expect.objectContaining({ email: s.email })]);
    expect(JSON.stringify(files)).not.toContain(keep.slug);
    expect(files['roster_imports.json']).toEqual([
      expect.objectContaining({ status: 'queued', total_rows: 1 }),
    ]);
    expect(Object.keys((files['roster_imports.json'] as object[])[0])).not.toContain('file');
    // Not as text, nor in any form a byte column could take in JSON.
    const bytes = Buffer.from(waiting, 'utf8');
    const everything = JSON.stringify(files);
    for (const form of [
      'queued.person',
      bytes.toString('base64'),
      bytes.toString('hex'),
      JSON.stringify([...bytes]).slice(1, -1),
    ]) {
      expect(everything).not.toContain(form);
    }

    const del = `mutation($i: DeleteOrganizationInput!) { deleteOrganization(input: $i) { deleted userErrors { code field } } }`;
    const wrong = await t.gql(del, { i: { confirmSlug: keep.slug } }, a.ownerToken);
    expect(wrong.data.deleteOrganization).toMatchObject({
      deleted: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'confirmSlug'] }],
    });
    const byAdmin = await t.gql(del, { i: { confirmSlug: a.slug } }, admin.token);
    expect(byAdmin.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const done = await t.gql(del, { i: { confirmSlug: a.slug } }, a.ownerToken);
    expect(done.data.deleteOrganization.deleted).toBe(true);
    const left = await withClient(t.db.ownerUrl, async (c) => {
      const tables = (
        await c.query<{ table_name: string }>(
          `select table_name from information_schema.columns
            where table_schema = 'public' and column_name = 'tenant_id'`,
        )
      ).rows;
      const out: Record<string, number> = {};
      for (const { table_name } of tables) {
        const n = Number(
          (await c.query(`select count(*) from "${table_name}" where tenant_id = $1`, [a.tenantId]))
            .rows[0].count,
        );
        if (n) out[table_name] = n;
      }
      const users = Number(
        (
          await c.query(`select count(*) from users where email = any($1)`, [
            [a.ownerEmail, s.email, admin.email],
          ])
        ).rows[0].count,
      );
      const tenant = Number(
        (await c.query(`select count(*) from tenants where id = $1`, [a.tenantId])).rows[0].count,
      );
      return { out, users, tenant };
    });
    expect(left).toEqual({ out: {}, users: 0, tenant: 0 });
    // The other organization goes on.
    await login(t, keep.ownerEmail);
  });
});
