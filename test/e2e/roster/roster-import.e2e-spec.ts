import fc from 'fast-check';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { memberToken, newTenant, type TestTenant } from '../../helpers/factories.js';
import {
  MAX_TAKEOVERS,
  RosterImportService,
} from '../../../src/modules/roster/roster-import.service.js';
import { RosterImportsRepository } from '../../../src/modules/roster/roster-imports.repository.js';
import { systemScope } from '../../../src/platform/database/context.js';
import { v7 } from 'uuid';
import { checkRow } from '../../../src/modules/roster/roster-csv.js';
import { fromGlobalId } from '../../../src/platform/graphql/global-id.js';

let t: TestApp;
let tenant: TestTenant;

const STATUS = `query($id: ID!, $o: [String!]) { rosterImport(id: $id) { status dryRun totalRows doneRows createdCount updatedCount invalidCount seatRefusedCount rows(outcomes: $o, first: 1000) { line externalId outcome reason } } }`;

async function upload(tn: TestTenant, body: Buffer | string, dryRun: boolean) {
  return request(t.http)
    .post(`/imports/roster?dryRun=${dryRun}`)
    .set('authorization', `Bearer ${tn.ownerToken}`)
    .set('content-type', 'text/csv')
    .send(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'));
}

/** The app runs as the api alone; the worker's round is run here, as the worker would. */
const worker = () => t.perch.app.get(RosterImportService);

async function finished(tn: TestTenant, id: string, outcomes?: string[]) {
  await worker().runDue();
  const res = await t.gql(STATUS, { id, o: outcomes ?? null }, tn.ownerToken);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.rosterImport;
}

async function importCsv(tn: TestTenant, csv: string | Buffer, dryRun = false) {
  const res = await upload(tn, csv, dryRun);
  if (res.status !== 202) throw new Error(JSON.stringify(res.body));
  return finished(tn, res.body.import.id);
}

beforeAll(async () => {
  t = await startTestApp();
  tenant = await newTenant(t, { seats: 1000 });
}, 60_000);
afterAll(() => t.close());

const CSV = `\uFEFFexternal_id,email,first_name,last_name,coach_email,cohort
s-1,ana@uni.test,Ana,Lima,,2026 Spring
s-2,ben@uni.test,Ben,Okafor,,2026 Spring
s-3,not-an-email,Cy,Doe,,
s-1,other@uni.test,Ana,Again,,
,dan@uni.test,Dan,Ng,,
s-6,eve@uni.test,Eve,Ito,nobody@uni.test,
`;

describe('roster CSV import', () => {
  it('reports every row in a dry run and writes nothing', async () => {
    const report = await importCsv(tenant, CSV, true);
    expect(report).toMatchObject({ status: 'COMPLETED', dryRun: true, totalRows: 6, doneRows: 6 });
    const byLine = Object.fromEntries(
      report.rows.map((r: { line: number; outcome: string }) => [r.line, r.outcome]),
    );
    expect(byLine).toEqual({
      2: 'CREATE',
      3: 'CREATE',
      4: 'INVALID',
      5: 'DUPLICATE',
      6: 'INVALID',
      7: 'INVALID',
    });
    const seekers = await t.gql(`{ seekers { nodes { id } } }`, {}, tenant.ownerToken);
    expect(seekers.data.seekers.nodes).toHaveLength(0);
  });

  it('imports, and re-imports idempotently by external id', async () => {
    const first = await importCsv(tenant, CSV);
    expect(first).toMatchObject({ createdCount: 2, invalidCount: 4 });
    const again = await importCsv(
      tenant,
      CSV.replace('ben@uni.test,Ben,Okafor', 'ben.o@uni.test,Ben,Okafor-Smith'),
    );
    expect(again).toMatchObject({ createdCount: 0, updatedCount: 1 });
    const dry = await importCsv(tenant, CSV, true);
    expect(dry.rows.find((r: { line: number }) => r.line === 2).outcome).toBe('UNCHANGED');
  });

  it.each([
    [
      'Latin-1',
      Buffer.from('external_id,email,name\nx-1,zoe@uni.test,Zoë\n', 'latin1'),
      /not UTF-8/,
    ],
    [
      'UTF-16',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('external_id,email,name\n', 'utf16le'),
      ]),
      /UTF-16/,
    ],
    ['no header columns', Buffer.from('id,mail\n1,a@b.cd\n'), /header is missing/],
    ['empty', Buffer.alloc(0), /empty/],
  ])('refuses a %s file with the reason', async (_l, body, reason) => {
    const res = await upload(tenant, body, true);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(reason);
  });

  it('reports rows beyond the seats and keeps the rest', async () => {
    const small = await newTenant(t, { seats: 2 });
    const rows = [1, 2, 3, 4].map((i) => `r-${i},r${i}@uni.test,Student ${i}`).join('\n');
    const report = await importCsv(small, `external_id,email,name\n${rows}\n`);
    expect(report).toMatchObject({ createdCount: 2, seatRefusedCount: 2 });
    expect(
      report.rows
        .filter((r: { outcome: string }) => r.outcome === 'SEAT_LIMIT')
        .map((r: { line: number }) => r.line),
    ).toEqual([4, 5]);
  });

  it('assigns the coach named by email', async () => {
    const coach = await memberToken(t, tenant, 'coach');
    const me = await t.gql(`{ viewer { member { email } } }`, {}, coach.token);
    const email = me.data.viewer.member.email as string;
    const report = await importCsv(
      tenant,
      `external_id,email,name,coach_email\nc-1,coached@uni.test,Coached One,${email}\n`,
    );
    expect(report.createdCount).toBe(1);
    const seen = await t.gql(`{ seekers { nodes { email } } }`, {}, coach.token);
    expect(seen.data.seekers.nodes.map((s: { email: string }) => s.email)).toContain(
      'coached@uni.test',
    );
  });

  it('handles a 100,000-line file and refuses one more', async () => {
    const big = await newTenant(t, { seats: 100_000 });
    const lines = ['external_id,email,name'];
    for (let i = 0; i < 99_999; i++) lines.push(`b-${i},b${i}@big.test,Big ${i}`);
    const report = await importCsv(big, lines.join('\n') + '\n');
    expect(report).toMatchObject({ status: 'COMPLETED', totalRows: 99_999, createdCount: 99_999 });
    lines.push('b-x,bx@big.test,X', 'b-y,by@big.test,Y');
    const res = await upload(big, lines.join('\n'), true);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/more than 100000 rows/);
  }, 240_000);

  it('keeps other tenants out', async () => {
    const res = await upload(tenant, 'external_id,email,name\no-1,o@uni.test,O\n', true);
    const other = await newTenant(t);
    const seen = await t.gql(STATUS, { id: res.body.import.id }, other.ownerToken);
    expect(seen.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    await finished(tenant, res.body.import.id);
  });
});

/** The import's row as the worker leaves it (read as the owner, past RLS). */
async function stored(gid: string) {
  return withClient(t.db.ownerUrl, async (c) => {
    const r = await c.query<{
      status: string;
      doneRows: number;
      hasFile: boolean;
      leased: boolean;
      chunks: number;
    }>(
      `select status, done_rows as "doneRows", file is not null as "hasFile",
              lease_token is not null as leased,
              (select count(*)::int from roster_import_chunks c
                where c.tenant_id = r.tenant_id and c.import_id = r.id) as chunks
         from roster_imports r where id = $1`,
      [fromGlobalId(gid, 'RosterImport')],
    );
    return r.rows[0];
  });
}

async function queue(tn: TestTenant, csv: string, dryRun = false): Promise<string> {
  const res = await upload(tn, csv, dryRun);
  if (res.status !== 202) throw new Error(JSON.stringify(res.body));
  return res.body.import.id as string;
}

/** A roster of `n` students with a bad email and a repeated external id among them. */
function roster(prefix: string, n: number): string {
  const lines = ['external_id,email,name'];
  for (let i = 0; i < n; i++) lines.push(`${prefix}-${i},${prefix}${i}@uni.test,Student ${i}`);
  lines.splice(7, 0, `${prefix}-bad,not-an-email,Bad Email`);
  lines.splice(20, 0, `${prefix}-3,${prefix}again@uni.test,Again`);
  return lines.join('\n') + '\n';
}

const withChunkRows = async <T>(rows: number, work: () => Promise<T>): Promise<T> => {
  const before = worker().chunkRows;
  worker().chunkRows = rows;
  try {
    return await work();
  } finally {
    worker().chunkRows = before;
  }
};

/**
 * Runs an import of `rows` rows two at a time and "kills" its worker between two chunks: another
 * lease replaces its own, so it writes nothing more (the update waits for a chunk in flight to
 * commit). Returns the rows done when it died; the import is left running under a live lease.
 */
async function stopMidway(gid: string, rows: number): Promise<number | undefined> {
  const uuid = fromGlobalId(gid, 'RosterImport');
  return withChunkRows(2, async () => {
    let over = false;
    const first = worker()
      .runDue()
      .finally(() => (over = true));
    let at: number | undefined;
    while (at === undefined && !over) {
      at = await withClient(t.db.ownerUrl, async (c) => {
        const r = await c.query<{ done: number }>(
          `update roster_imports set lease_token = gen_random_uuid(),
                  lease_until = now() + interval '1 hour'
            where id = $1 and done_rows between 1 and $2 returning done_rows as done`,
          [uuid, rows - 1],
        );
        return r.rows[0]?.done;
      });
    }
    await first;
    return at;
  });
}

/** The worker holding the import is gone: its lease runs out. */
async function expireLease(gid: string): Promise<void> {
  await withClient(t.db.ownerUrl, (c) =>
    c.query(`update roster_imports set lease_until = now() - interval '1 second' where id = $1`, [
      fromGlobalId(gid, 'RosterImport'),
    ]),
  );
}

describe('roster imports in the worker', () => {
  it('are stored queued by the api and completed by the worker, which clears the file', async () => {
    const tn = await newTenant(t, { seats: 100 });
    const res = await upload(tn, 'external_id,email,name\nq-1,q1@uni.test,Q One\n', false);
    expect(res.body.import).toMatchObject({ status: 'RUNNING', totalRows: 1, dryRun: false });
    const id = res.body.import.id as string;
    expect(await stored(id)).toMatchObject({ status: 'queued', doneRows: 0, hasFile: true });
    const waiting = await t.gql(STATUS, { id }, tn.ownerToken);
    expect(waiting.data.rosterImport).toMatchObject({ status: 'RUNNING', doneRows: 0, rows: [] });

    const report = await finished(tn, id);
    expect(report).toMatchObject({ status: 'COMPLETED', doneRows: 1, createdCount: 1 });
    expect(report.rows).toEqual([{ line: 2, externalId: 'q-1', outcome: 'CREATE', reason: null }]);
    expect(await stored(id)).toMatchObject({ status: 'completed', hasFile: false, leased: false });
  });

  it('resumes an import whose worker died mid-way, writing every row once', async () => {
    const n = 60;
    // The same file run straight through in another organization is what the resumed run must
    // match, line for line.
    const straight = await newTenant(t, { seats: 1000 });
    const expected = await finished(straight, await queue(straight, roster('r', n)));
    expect(expected).toMatchObject({ createdCount: n, invalidCount: 2 });

    const tn = await newTenant(t, { seats: 1000 });
    const id = await queue(tn, roster('r', n));
    const stoppedAt = await stopMidway(id, n + 2);
    expect(stoppedAt).toBeGreaterThan(0);
    expect(await stored(id)).toMatchObject({
      status: 'running',
      doneRows: stoppedAt,
      chunks: stoppedAt! / 2,
    });
    const midway = await t.gql(STATUS, { id }, tn.ownerToken);
    expect(midway.data.rosterImport).toMatchObject({
      status: 'RUNNING',
      doneRows: stoppedAt,
      rows: [],
    });
    // Nobody takes an import over while its lease runs.
    expect(await worker().runDue()).toBe(0);

    await expireLease(id);
    const resumed = await finished(tn, id);
    expect(resumed).toEqual(expected);
    const seekers = await withClient(t.db.ownerUrl, async (c) =>
      (
        await c.query<{ externalId: string }>(
          `select external_id as "externalId" from seekers where tenant_id = $1`,
          [tn.tenantId],
        )
      ).rows.map((r) => r.externalId),
    );
    expect(seekers.sort()).toEqual(Array.from({ length: n }, (_, i) => `r-${i}`).sort());
    expect(await stored(id)).toMatchObject({ status: 'completed', hasFile: false, chunks: 0 });
  });

  it('gives up on an import whose worker died too often, keeping the rows it wrote', async () => {
    const tn = await newTenant(t, { seats: 1000 });
    const id = await queue(tn, roster('d', 30));
    const stoppedAt = await stopMidway(id, 32);
    expect(stoppedAt).toBeGreaterThan(0);
    const takeovers = () =>
      withClient(t.db.ownerUrl, async (c) => {
        const r = await c.query<{ n: number }>(
          `select takeovers as n from roster_imports where id = $1`,
          [fromGlobalId(id, 'RosterImport')],
        );
        return r.rows[0].n;
      });
    // The first claim took it from the queue: no takeover yet.
    expect(await takeovers()).toBe(0);
    // Each worker that takes it over dies in turn before committing a chunk.
    const repo = t.perch.app.get(RosterImportsRepository);
    for (let i = 1; i <= MAX_TAKEOVERS; i++) {
      await expireLease(id);
      const claimed = await repo.claim(systemScope(tn.tenantId, 'test'), v7(), 60);
      expect(claimed?.id).toBe(fromGlobalId(id, 'RosterImport'));
      expect(await takeovers()).toBe(i);
    }
    await expireLease(id);
    expect(await worker().runDue()).toBe(0);
    expect(await stored(id)).toMatchObject({
      status: 'failed',
      doneRows: stoppedAt,
      hasFile: false,
      leased: false,
      chunks: 0,
    });
    const res = await t.gql(STATUS, { id }, tn.ownerToken);
    expect(res.data.rosterImport).toMatchObject({ status: 'FAILED', doneRows: stoppedAt });
    const kept = await withClient(t.db.ownerUrl, async (c) =>
      Number(
        (await c.query(`select count(*) from seekers where tenant_id = $1`, [tn.tenantId])).rows[0]
          .count,
      ),
    );
    expect(kept).toBeGreaterThan(0);
  });

  it('lets a worker that lost its lease neither complete nor fail the import', async () => {
    const tn = await newTenant(t, { seats: 1000 });
    const id = await queue(tn, roster('l', 20));
    const stoppedAt = await stopMidway(id, 22);
    const before = await stored(id);
    expect(before).toMatchObject({ status: 'running', chunks: stoppedAt! / 2, hasFile: true });
    const repo = t.perch.app.get(RosterImportsRepository);
    const ctx = systemScope(tn.tenantId, 'test');
    const uuid = fromGlobalId(id, 'RosterImport');
    await repo.complete(ctx, uuid, v7());
    await repo.fail(ctx, uuid, v7(), 'stale');
    expect(await stored(id)).toEqual(before);
    await expireLease(id);
    expect((await finished(tn, id)).status).toBe('COMPLETED');
  });

  it('never runs one import in two workers at once', async () => {
    const tn = await newTenant(t, { seats: 1000 });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await queue(tn, roster(`w${i}`, 30), i % 2 === 1));
    const pending = await withClient(t.db.ownerUrl, async (c) =>
      Number(
        (await c.query(`select count(*) from roster_imports where status in ('queued','running')`))
          .rows[0].count,
      ),
    );
    const ran = await withChunkRows(5, () =>
      Promise.all([1, 2, 3, 4].map(() => worker().runDue())),
    );
    expect(ran.reduce((a, b) => a + b)).toBe(pending);
    for (const id of ids) {
      expect(await finished(tn, id)).toMatchObject({
        status: 'COMPLETED',
        doneRows: 32,
        createdCount: 30,
        updatedCount: 0,
        invalidCount: 2,
      });
    }
  });

  it('clears the stored file when an import fails', async () => {
    const tn = await newTenant(t, { seats: 100 });
    const id = await queue(tn, 'external_id,email,name\nf-1,f1@uni.test,F One\n');
    // A file damaged in storage cannot be read again by the worker.
    await withClient(t.db.ownerUrl, (c) =>
      c.query(`update roster_imports set file = '\\xff'::bytea where id = $1`, [
        fromGlobalId(id, 'RosterImport'),
      ]),
    );
    const report = await finished(tn, id);
    expect(report).toMatchObject({ status: 'FAILED', doneRows: 0, createdCount: 0, rows: [] });
    expect(await stored(id)).toMatchObject({ status: 'failed', hasFile: false, leased: false });
  });

  it('clears the file and the partial report when an import fails mid-way, keeping its rows', async () => {
    const tn = await newTenant(t, { seats: 1000 });
    const id = await queue(tn, roster('m', 40));
    const stoppedAt = await stopMidway(id, 42);
    expect(stoppedAt).toBeGreaterThan(0);
    expect((await stored(id)).chunks).toBeGreaterThan(0);
    await withClient(t.db.ownerUrl, (c) =>
      c.query(`update roster_imports set file = '\\xff'::bytea where id = $1`, [
        fromGlobalId(id, 'RosterImport'),
      ]),
    );
    await expireLease(id);
    const report = await finished(tn, id);
    expect(report).toMatchObject({ status: 'FAILED', doneRows: stoppedAt, rows: [] });
    expect(await stored(id)).toMatchObject({ status: 'failed', hasFile: false, chunks: 0 });
    const kept = await withClient(t.db.ownerUrl, async (c) =>
      Number(
        (await c.query(`select count(*) from seekers where tenant_id = $1`, [tn.tenantId])).rows[0]
          .count,
      ),
    );
    expect(kept).toBe(report.createdCount);
    expect(kept).toBeGreaterThan(0);
  });
});

describe('a worker that stops in an orderly way', () => {
  it('finishes its chunk and hands the import back for the next worker', async () => {
    const own = await startTestApp();
    const tn = await newTenant(own, { seats: 100 });
    const res = await request(own.http)
      .post('/imports/roster?dryRun=false')
      .set('authorization', `Bearer ${tn.ownerToken}`)
      .set('content-type', 'text/csv')
      .send(Buffer.from(roster('g', 40)));
    const uuid = fromGlobalId(res.body.import.id, 'RosterImport');
    const svc = own.perch.app.get(RosterImportService);
    svc.chunkRows = 1;
    const round = svc.runDue();
    const read = () =>
      withClient(own.db.ownerUrl, async (c) => {
        const r = await c.query<{ done: number; status: string; handedBack: boolean }>(
          `select done_rows as done, status, lease_token is null as "handedBack"
             from roster_imports where id = $1`,
          [uuid],
        );
        return r.rows[0];
      });
    while ((await read()).done === 0) await new Promise((r) => setTimeout(r, 5));
    await own.close();
    await round;
    const left = await read();
    // Queued again, so the next worker's resumption is not counted as a takeover.
    expect(left).toMatchObject({ status: 'queued', handedBack: true });
    expect(left.done).toBeGreaterThan(0);
    expect(left.done).toBeLessThan(42);
  });
});

describe('row validation', () => {
  it('accepts any well-formed row and never throws on arbitrary cells', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim().length > 0),
        fc.emailAddress(),
        fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim().length > 0),
        (id, email, name) => {
          const check = checkRow({ external_id: id, email, name }, 2);
          if (check.ok) {
            expect(check.row.externalId).toBe(id.trim());
            expect(check.row.email).toBe(email.toLowerCase());
          } else {
            expect(check.reason).toMatch(/email/);
          }
        },
      ),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (rec) => {
        expect(() => checkRow(rec, 2)).not.toThrow();
      }),
    );
  });
});
