import fc from 'fast-check';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { memberToken, newTenant, type TestTenant } from '../../helpers/factories.js';
import { RosterImportService } from '../../../src/modules/roster/roster-import.service.js';
import { checkRow } from '../../../src/modules/roster/roster-csv.js';

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

async function finished(tn: TestTenant, id: string, outcomes?: string[]) {
  await Promise.all([...t.perch.app.get(RosterImportService).running.values()]);
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
