import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * A seeker's link to their X account: OAuth tokens encrypted at rest (libs/secrets, bound to the
 * row), and the short-lived states of connect links in flight (PKCE verifier encrypted too).
 */
export class CreateXConnections1764160000700 implements MigrationInterface {
  name = 'CreateXConnections1764160000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table x_connections (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        x_user_id text not null,
        username text not null,
        access_token_enc text not null,
        refresh_token_enc text,
        expires_at timestamptz(3) not null,
        scopes text[] not null,
        connected_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create unique index x_connections_seeker_uq on x_connections (tenant_id, seeker_id)`,
    );
    await q.query(`
      create table x_connect_states (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        secret_hash bytea not null,
        verifier_enc text not null,
        expires_at timestamptz(3) not null,
        used_at timestamptz(3),
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    for (const t of ['x_connections', 'x_connect_states'])
      for (const s of tenantRls(t)) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table x_connect_states`);
    await q.query(`drop table x_connections`);
  }
}
