/**
 * Data rights: a seeker's zip holds their rows and no one else's; erasure leaves no row in any
 * table carrying their id (the audit's ids excepted: its pseudonymous record) and others intact;
 * a tenant's zip and deletion; who may; another tenant's seeker is NOT_FOUND.
 */
import { jest } from '@jest/globals';
import request from 'supertest';
import yauzl from 'yauzl';
import { ERASURE_KEEPS } from '../../../src/modules/reports/data-rights.repository.js';
import { parseGlobalId } from '../../../src/platform/graphql/global-id.js';
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
import { activate, pipeline } from './helpers.js';

jest.setTimeout(120_000);

let t: TestApp;

const uuid = (gid: string) => parseGlobalId(gid)!.uuid;
const sql = (text: string, params: unknown[] = []) =>
  withClient(t.db.ownerUrl, async (c) => (await c.query(text, params)).rows);

const EXPORT = `mutation($i: ExportSeekerDataInput!) { exportSeekerData(input: $i) { url expiresAt userErrors { code message } } }`;
const ERASE = `mutation($i: EraseSeekerInput!) { eraseSeeker(input: $i) { pseudonym rowsDeleted loginsDeleted userErrors { code message } } }`;
const TENANT_EXPORT = `mutation { exportTenantData { url userErrors { code } } }`;
const DELETE_TENANT = `mutation($i: DeleteTenantInput!) { deleteTenant(input: $i) { deleted userErrors { code field message } } }`;

/** Rows in every table of the database whose text carries `needle`, by table. */
async function rowsCarrying(needle: string): Promise<Record<string, number>> {
  const tables = await sql(`select tablename from pg_tables where schemaname = 'public'`);
  const out: Record<string, number> = {};
  for (const { tablename } of tables) {
    const [r] = await sql(`select count(*)::int as n from "${tablename}" x where x::text like $1`, [
      `%${needle}%`,
    ]);
    if (r.n > 0) out[tablename] = r.n;
  }
  return out;
}

function unzip(buf: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const files = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function download(url: string): Promise<request.Response> {
  const u = new URL(url);
  return request(t.http)
    .get(u.pathname + u.search)
    .buffer(true)
    .parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
}

/** A seeker with a seat, a login, a pipeline and a coach note. */
async function richSeeker(tenant: TestTenant) {
  const s = await newSeeker(t, tenant.ownerToken);
  await activate(t, tenant.ownerToken, s.id);
  await pipeline(t, tenant.ownerToken, s.id, ['APPLIED', 'INTERVIEWING']);
  const note = await t.gql(
    `mutation($i: AddCoachNoteInput!) { addCoachNote(input: $i) { userErrors { code } } }`,
    { i: { seekerId: s.id, body: 'Strong interviewer' } },
    tenant.ownerToken,
  );
  expect(note.data.addCoachNote.userErrors).toEqual([]);
  await newMember(t, tenant.tenantId, 'seeker', s.email, uuid(s.id));
  return s;
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('seeker export', () => {
  it('zips every row about the seeker, and none about another', async () => {
    const a = await newTenant(t);
    const s1 = await richSeeker(a);
    const s2 = await richSeeker(a);
    const r = await t.gql(EXPORT, { i: { seekerId: s1.id } }, a.ownerToken);
    expect(r.data.exportSeekerData.userErrors).toEqual([]);
    const res = await download(r.data.exportSeekerData.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = await unzip(res.body as Buffer);
    for (const f of [
      'seekers.json',
      'job_applications.json',
      'job_application_events.json',
      'coach_notes.json',
      'memberships.json',
      'seat_events.json',
    ]) {
      expect(files.has(f)).toBe(true);
    }
    const seekers = JSON.parse(files.get('seekers.json')!) as { id: string; email: string }[];
    expect(seekers.map((x) => x.id)).toEqual([uuid(s1.id)]);
    const apps = JSON.parse(files.get('job_applications.json')!) as { seeker_id: string }[];
    expect(apps.map((x) => x.seeker_id)).toEqual([uuid(s1.id)]);
    for (const [name, body] of files) {
      expect([name, body.includes(uuid(s2.id)) || body.includes(s2.email)]).toEqual([name, false]);
    }
  });

  it('refuses a forged or altered link with 404', async () => {
    const a = await newTenant(t);
    const s = await newSeeker(t, a.ownerToken);
    const r = await t.gql(EXPORT, { i: { seekerId: s.id } }, a.ownerToken);
    const url = r.data.exportSeekerData.url as string;
    const other = await newSeeker(t, a.ownerToken);
    const swapped = url.replace(s.id, other.id);
    expect((await download(swapped)).status).toBe(404);
    expect((await download(url.replace(/signature=[0-9a-f]{4}/, 'signature=0000'))).status).toBe(
      404,
    );
  });

  it('answers NOT_FOUND for another tenant’s seeker, and FORBIDDEN for a coach', async () => {
    const a = await newTenant(t);
    const b = await newTenant(t);
    const s = await newSeeker(t, b.ownerToken);
    const r = await t.gql(EXPORT, { i: { seekerId: s.id } }, a.ownerToken);
    expect(r.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const e = await t.gql(ERASE, { i: { seekerId: s.id } }, a.ownerToken);
    expect(e.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const coach = await memberToken(t, b, 'coach');
    const c = await t.gql(ERASE, { i: { seekerId: s.id } }, coach.token);
    expect(c.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await sql(`select 1 from seekers where id = $1`, [uuid(s.id)])).toHaveLength(1);
  });
});

describe('erasure', () => {
  it('leaves no row in any table carrying the seeker, their login gone, others untouched', async () => {
    const a = await newTenant(t);
    const s1 = await richSeeker(a);
    const s2 = await richSeeker(a);
    const before2 = await rowsCarrying(uuid(s2.id));
    const r = await t.gql(ERASE, { i: { seekerId: s1.id } }, a.ownerToken);
    expect(r.data.eraseSeeker.userErrors).toEqual([]);
    expect(r.data.eraseSeeker.pseudonym).toMatch(/^erased_[0-9a-f]{24}$/);
    expect(r.data.eraseSeeker.loginsDeleted).toBe(1);
    const left = await rowsCarrying(uuid(s1.id));
    for (const keep of ERASURE_KEEPS) delete left[keep];
    expect(left).toEqual({});
    const leftByGlobalId = await rowsCarrying(s1.id);
    for (const keep of ERASURE_KEEPS) delete leftByGlobalId[keep];
    expect(leftByGlobalId).toEqual({});
    expect(await sql(`select 1 from users where email = $1`, [s1.email])).toHaveLength(0);
    // The seat stays in the history, without a name: past reports keep their numbers.
    const seats = await sql(
      `select count(*)::int as n from seat_events where tenant_id = $1 and seeker_id is null`,
      [a.tenantId],
    );
    expect(seats[0].n).toBe(1);
    const after2 = await rowsCarrying(uuid(s2.id));
    for (const keep of ERASURE_KEEPS) {
      delete before2[keep];
      delete after2[keep];
    }
    expect(after2).toEqual(before2);
    // Erased means gone: a second erasure is NOT_FOUND like any unknown id.
    const again = await t.gql(ERASE, { i: { seekerId: s1.id } }, a.ownerToken);
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('knows every way a table refers to a seeker (a new table must be reviewed here)', async () => {
    // Erasure deletes the seeker row and relies on the catalog for the rest: a foreign key that
    // cascades takes the row, one that sets null keeps an anonymous row (reviewed below), and a
    // `*seeker_id` column without a key is cleared by name. A new reference of any other kind
    // (no action, or a seeker column under another name) fails here until erasure covers it.
    const fks = await sql(
      `select c.conrelid::regclass::text as child, c.confdeltype as action
         from pg_constraint c where c.contype = 'f' and c.confrelid = 'seekers'::regclass`,
    );
    expect(fks.filter((f) => !['c', 'n'].includes(f.action))).toEqual([]);
    expect(
      fks
        .filter((f) => f.action === 'n')
        .map((f) => f.child)
        .sort(),
    ).toEqual(['seat_events', 'x_spend']);
    const seekerish = await sql(
      `select table_name as t, column_name as c from information_schema.columns
        where table_schema = 'public' and data_type = 'uuid' and column_name like '%seeker%'
          and column_name not like '%seeker\\_id'`,
    );
    expect(seekerish).toEqual([]);
    const unkeyed = await sql(
      `select col.table_name as t, col.column_name as c from information_schema.columns col
        where col.table_schema = 'public' and col.column_name like '%seeker\\_id'
          and not exists (
            select 1 from pg_constraint k join pg_attribute a
              on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
             where k.contype = 'f' and k.conrelid = col.table_name::regclass
               and a.attname = col.column_name)`,
    );
    expect(unkeyed.map((r) => `${r.t}.${r.c}`).sort()).toEqual([
      'audit_events.seeker_id',
      'cohort_links.first_seeker_id',
    ]);
  });
});

describe('tenant export and deletion', () => {
  it('exports every table of the tenant, then deletes it to the last row', async () => {
    const a = await newTenant(t);
    const keep = await newTenant(t);
    const s = await richSeeker(a);
    const kept = await richSeeker(keep);
    const ex = await t.gql(TENANT_EXPORT, {}, a.ownerToken);
    const files = await unzip((await download(ex.data.exportTenantData.url)).body as Buffer);
    expect(JSON.parse(files.get('tenant.json')!).slug).toBe(a.slug);
    const seekers = JSON.parse(files.get('seekers.json')!) as { id: string }[];
    expect(seekers.map((x) => x.id)).toEqual([uuid(s.id)]);
    expect(files.get('memberships.json')).not.toContain(keep.tenantId);
    expect(files.get('refresh_tokens.json')).not.toMatch(/"token_hash": "(?!\[redacted\])/);

    const admin = await memberToken(t, a, 'admin');
    const byAdmin = await t.gql(DELETE_TENANT, { i: { confirmSlug: a.slug } }, admin.token);
    expect(byAdmin.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const wrong = await t.gql(DELETE_TENANT, { i: { confirmSlug: 'not-it' } }, a.ownerToken);
    expect(wrong.data.deleteTenant.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'confirmSlug'],
    });
    expect(await rowsCarrying(a.tenantId)).not.toEqual({});

    const ok = await t.gql(DELETE_TENANT, { i: { confirmSlug: a.slug } }, a.ownerToken);
    expect(ok.data?.deleteTenant).toEqual({ deleted: true, userErrors: [] });
    expect(await rowsCarrying(a.tenantId)).toEqual({});
    expect(await sql(`select 1 from users where email = $1`, [a.ownerEmail])).toHaveLength(0);
    // The other tenant is whole: its seeker still signs in and its rows are there.
    expect(await sql(`select 1 from seekers where id = $1`, [uuid(kept.id)])).toHaveLength(1);
    await login(t, keep.ownerEmail);
  });
});
