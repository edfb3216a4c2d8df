/**
 * A seeker's X archive uploaded over HTTP, read safely in the background, imported once: progress
 * through GraphQL, a re-import adding nothing, hostile archives failing with a code, and the
 * consent and tenant rules of every other seeker operation.
 */
import request from 'supertest';
import { XArchiveService } from '../../../src/modules/x-archive/x-archive.service.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { archiveZip } from '../../helpers/archives.js';
import { withClient } from '../../helpers/database.js';
import { newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';

let t: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await newTenant(t);
});
afterAll(() => t.close());

const IMPORT = `query($id: ID!) { xArchiveImport(id: $id) { status errorCode xUsername posts following followers progress } }`;

async function consentingSeeker(token = tenant.ownerToken) {
  const seeker = await newSeeker(t, token);
  await t.gql(
    `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { consent { id } } }`,
    { i: { seekerId: seeker.id, kind: 'READ_X_DATA' } },
    token,
  );
  return seeker;
}

async function upload(seekerId: string, body: Buffer, token = tenant.ownerToken) {
  return request(t.http)
    .post('/imports/x-archive')
    .query({ seekerId })
    .set('authorization', `Bearer ${token}`)
    .set('content-type', 'application/zip')
    .send(body);
}

const settle = () => Promise.all([...t.perch.app.get(XArchiveService).running.values()]);

describe('X archive import', () => {
  it('imports posts and follows in the background and reports progress; a re-import adds nothing', async () => {
    const seeker = await consentingSeeker();
    const first = await upload(seeker.id, await archiveZip({ posts: 1200 }));
    expect(first.status).toBe(202);
    expect(first.body.import.id).toMatch(/^xai_/);
    await settle();
    const done = await t.gql(IMPORT, { id: first.body.import.id }, tenant.ownerToken);
    expect(done.data.xArchiveImport).toEqual({
      status: 'COMPLETED',
      errorCode: null,
      xUsername: 'ada_dev',
      posts: 1200,
      following: 2,
      followers: 1,
      progress: 1,
    });
    const again = await upload(seeker.id, await archiveZip({ posts: 1200 }));
    await settle();
    const second = await t.gql(IMPORT, { id: again.body.import.id }, tenant.ownerToken);
    expect(second.data.xArchiveImport).toMatchObject({
      status: 'COMPLETED',
      posts: 0,
      following: 0,
      followers: 0,
    });
    const stored = await withClient(
      t.db.ownerUrl,
      async (c) => (await c.query(`select count(*)::int as n from seeker_x_posts`)).rows[0].n,
    );
    expect(stored).toBe(1200);
    const listed = await t.gql(
      `query($id: ID!) { seeker(id: $id) { xArchiveImports { status } } }`,
      { id: seeker.id },
      tenant.ownerToken,
    );
    expect(listed.data.seeker.xArchiveImports).toHaveLength(2);
  });

  it('fails a hostile or foreign archive with a code, storing nothing', async () => {
    const seeker = await consentingSeeker();
    const bomb = await archiveZip({
      extra: { 'data/tweet.js': Buffer.alloc(8 * 1024 ** 2, 0x20) },
    });
    const res = await upload(seeker.id, bomb);
    await settle();
    expect(
      (await t.gql(IMPORT, { id: res.body.import.id }, tenant.ownerToken)).data.xArchiveImport,
    ).toMatchObject({ status: 'FAILED', errorCode: 'ARCHIVE_BOMB' });
    const junk = await upload(seeker.id, Buffer.from('not a zip at all'));
    await settle();
    expect(
      (await t.gql(IMPORT, { id: junk.body.import.id }, tenant.ownerToken)).data.xArchiveImport
        .errorCode,
    ).toBe('ARCHIVE_MALFORMED');
  });

  it("needs the seeker's consent, a body and a visible seeker", async () => {
    const plain = await newSeeker(t, tenant.ownerToken);
    const noConsent = await upload(plain.id, await archiveZip());
    expect([noConsent.status, noConsent.body.errors[0].extensions.code]).toEqual([
      400,
      'INVALID_STATE',
    ]);
    const seeker = await consentingSeeker();
    const empty = await upload(seeker.id, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    const other = await newTenant(t);
    const foreign = await upload(seeker.id, await archiveZip(), other.ownerToken);
    expect([foreign.status, foreign.body.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    const anonymous = await request(t.http)
      .post('/imports/x-archive')
      .query({ seekerId: seeker.id })
      .set('content-type', 'application/zip')
      .send(await archiveZip());
    expect(anonymous.status).toBe(401);
  });
});

describe('a connected seeker', () => {
  it('imports only the archive of the X account they connected', async () => {
    const seeker = await consentingSeeker();
    const { parseGlobalId } = await import('../../../src/platform/graphql/global-id.js');
    const { v7 } = await import('uuid');
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `insert into x_connections (tenant_id, id, seeker_id, x_user_id, username, access_token_enc, expires_at, scopes)
         values ($1, $2, $3, '999', 'the_real_one', 'v1.k1.x.y.z', now() + interval '1 hour', '{}')`,
        [tenant.tenantId, v7(), parseGlobalId(seeker.id)!.uuid],
      ),
    );
    const other = await upload(seeker.id, await archiveZip({ accountId: '4242' }));
    const own = await upload(seeker.id, await archiveZip({ accountId: '999' }));
    await settle();
    expect(
      (await t.gql(IMPORT, { id: other.body.import.id }, tenant.ownerToken)).data.xArchiveImport,
    ).toMatchObject({ status: 'FAILED', errorCode: 'ARCHIVE_OTHER_ACCOUNT', posts: 0 });
    expect(
      (await t.gql(IMPORT, { id: own.body.import.id }, tenant.ownerToken)).data.xArchiveImport,
    ).toMatchObject({ status: 'COMPLETED', posts: 3 });
  });
});

describe('after a restart', () => {
  it('marks imports that were in flight as failed, so nobody waits on them', async () => {
    const seeker = await consentingSeeker();
    const res = await upload(seeker.id, await archiveZip());
    await settle();
    const { parseGlobalId } = await import('../../../src/platform/graphql/global-id.js');
    const importId = parseGlobalId(res.body.import.id as string)!.uuid;
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `update x_archive_imports set status = 'processing', finished_at = null where id = $1`,
        [importId],
      ),
    );
    await t.perch.app.get(XArchiveService).onApplicationBootstrap();
    const after = await t.gql(IMPORT, { id: res.body.import.id }, tenant.ownerToken);
    expect(after.data.xArchiveImport).toMatchObject({
      status: 'FAILED',
      errorCode: 'ARCHIVE_INTERRUPTED',
    });
  });
});
