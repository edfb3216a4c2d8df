/**
 * Fail-closed and pool-leak tests on the application role, through the same DatabaseService the
 * code uses: no tenant set means nothing visible and nothing writable; a pooled connection never
 * carries one tenant's setting into another's transaction, also after a failed query.
 */
import { v7 } from 'uuid';
import { DataSource } from 'typeorm';
import { asTenantId, systemScope } from '../../../src/platform/database/context.js';
import { DatabaseService } from '../../../src/platform/database/database.service.js';
import {
  assertRoleCannotBypassRls,
  UnsafeDatabaseRoleError,
} from '../../../src/platform/database/role-check.js';
import { createTestDatabase, withClient, type TestDatabase } from '../../helpers/database.js';

let db: TestDatabase;
let ds: DataSource;
let service: DatabaseService;
const A = asTenantId(v7());
const B = asTenantId(v7());

async function seed() {
  await withClient(db.ownerUrl, async (c) => {
    for (const [t, slug] of [
      [A, 'tenant-a'],
      [B, 'tenant-b'],
    ] as const) {
      await c.query(`insert into tenants (id, slug, name) values ($1, $2, $2)`, [t, slug]);
      await c.query(`insert into seekers (tenant_id, id, name, email) values ($1, $2, 'S', $3)`, [
        t,
        v7(),
        `${slug}@example.test`,
      ]);
    }
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seed();
  ds = new DataSource({ type: 'postgres', url: db.appUrl, poolSize: 1 });
  await ds.initialize();
  service = new DatabaseService(ds);
});

afterAll(async () => {
  await ds.destroy();
});

const emails = (rows: { email: string }[]) => rows.map((r) => r.email);

describe(DatabaseService.name, () => {
  it('sees no tenant rows when no tenant is set', async () => {
    await expect(ds.query(`select * from seekers`)).resolves.toEqual([]);
  });

  it('refuses inserts when no tenant is set, with an RLS error rather than a cast error', async () => {
    await expect(
      ds.query(
        `insert into seekers (tenant_id, id, name, email) values ($1, $2, 'x', 'x@x.test')`,
        [A, v7()],
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('refuses writing a row into another tenant from inside a tenant transaction', async () => {
    await expect(
      service.tx(systemScope(A, 'test'), (tx) =>
        tx.manager.query(
          `insert into seekers (tenant_id, id, name, email) values ($1, $2, 'x', 'y@x.test')`,
          [B, v7()],
        ),
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('shows each tenant only its own rows on one pooled connection, in any order, also after a failure', async () => {
    const pid = async () =>
      (await ds.query<{ pid: number }[]>(`select pg_backend_pid() as pid`))[0].pid;
    const first = await pid();
    const read = (t: typeof A) =>
      service.tx(systemScope(t, 'test'), (tx) =>
        tx.manager.query(`select email from seekers where tenant_id = $1 or true`, [t]),
      );
    expect(emails(await read(A))).toEqual(['tenant-a@example.test']);
    expect(emails(await read(B))).toEqual(['tenant-b@example.test']);
    await expect(ds.query(`select email from seekers`)).resolves.toEqual([]);
    await expect(
      service.tx(systemScope(A, 'test'), async (tx) => {
        await tx.manager.query(`select 1/0`);
      }),
    ).rejects.toThrow();
    await expect(ds.query(`select email from seekers`)).resolves.toEqual([]);
    expect(emails(await read(B))).toEqual(['tenant-b@example.test']);
    expect(await pid()).toBe(first);
  });

  it('never mixes tenants across 500 interleaved transactions on a pool of two', async () => {
    const pool = new DataSource({ type: 'postgres', url: db.appUrl, poolSize: 2 });
    await pool.initialize();
    const svc = new DatabaseService(pool);
    try {
      const results = await Promise.all(
        Array.from({ length: 500 }, (_, i) => {
          const t = i % 2 ? A : B;
          return svc
            .tx(systemScope(t, 'test'), (tx) => tx.manager.query(`select tenant_id from seekers`))
            .then(
              (rows: { tenant_id: string }[]) =>
                rows.every((r) => r.tenant_id === t) && rows.length === 1,
            );
        }),
      );
      expect(results.every(Boolean)).toBe(true);
    } finally {
      await pool.destroy();
    }
  });

  it('passes the boot check for the application role and refuses the owner role', async () => {
    await expect(assertRoleCannotBypassRls(ds)).resolves.toBeUndefined();
    const owner = new DataSource({ type: 'postgres', url: db.ownerUrl });
    await owner.initialize();
    try {
      await expect(assertRoleCannotBypassRls(owner)).rejects.toBeInstanceOf(
        UnsafeDatabaseRoleError,
      );
    } finally {
      await owner.destroy();
    }
  });
});
