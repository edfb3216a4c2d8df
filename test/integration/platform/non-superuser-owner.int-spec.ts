/**
 * Production databases rarely let Perch's schema owner be a superuser. Migrating as a plain
 * owner (CREATEROLE, admin of the app roles) must give a working schema: in particular sign-in's
 * cross-tenant membership lookup, which forced row-level security would otherwise hide.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { v7 } from 'uuid';
import { runMigrations } from '../../../src/platform/database/provision.js';
import { createTestDatabase, withClient } from '../../helpers/database.js';

const admin = () => {
  const url = new URL(process.env.TEST_PG_ADMIN_URL!);
  return url;
};

it('migrates as a non-superuser owner and sign-in still finds memberships', async () => {
  await createTestDatabase(); // makes sure this cluster has the app roles
  const suffix = randomBytes(4).toString('hex');
  const owner = `owner_${suffix}`;
  const db = `plain_${suffix}`;
  await withClient(admin().toString(), async (c) => {
    await c.query(`create role ${owner} login password 'owner-pass' nosuperuser createrole`);
    // The app roles exist cluster-wide already (another database migrated them); a DBA hands
    // the owner admin rights on them, as docs/decisions.md and the README describe.
    await c.query(`grant perch_app to ${owner} with admin option`);
    await c.query(`grant perch_auth to ${owner} with admin option`);
    await c.query(`grant perch_ingest to ${owner} with admin option`);
    await c.query(`create database ${db} owner ${owner}`);
  });
  const ownerUrl = new URL(admin());
  ownerUrl.username = owner;
  ownerUrl.password = 'owner-pass';
  ownerUrl.pathname = `/${db}`;
  await runMigrations(ownerUrl.toString());

  const tenantId = v7();
  const userId = v7();
  await withClient(ownerUrl.toString(), async (c) => {
    await c.query('begin');
    await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    await c.query(`insert into tenants (id, slug, name) values ($1, $2, 'Plain')`, [
      tenantId,
      `plain-${suffix}`,
    ]);
    await c.query(`insert into users (id, email, name) values ($1, $2, 'P')`, [
      userId,
      `p-${suffix}@x.test`,
    ]);
    await c.query(
      `insert into memberships (tenant_id, id, user_id, role) values ($1, $2, $3, 'owner')`,
      [tenantId, v7(), userId],
    );
    await c.query('commit');
  });
  const appUrl = new URL(ownerUrl);
  appUrl.username = 'perch_app';
  appUrl.password = 'perch-test-app-password';
  const client = new pg.Client({ connectionString: appUrl.toString() });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select tenant_id, role from auth_memberships_for_user($1)`,
      [userId],
    );
    expect(rows).toEqual([{ tenant_id: tenantId, role: 'owner' }]);
    // And the app role still sees no membership directly without a tenant.
    expect((await client.query(`select * from memberships`)).rows).toEqual([]);
  } finally {
    await client.end();
  }
});
