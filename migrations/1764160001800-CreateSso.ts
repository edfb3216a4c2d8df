import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Per-tenant sign-on through a SAML 2.0 or OIDC identity provider.
 *
 * `sso_connections` hold each IdP's settings (the OIDC client secret encrypted, bound to its
 * row) and the JIT rules. `sso_links` tie a person to an IdP identity by (tenant, issuer,
 * subject), never by email. `sso_requests` are the pending sign-ins (SAML request ids for
 * InResponseTo; OIDC state, nonce and PKCE verifier) and `sso_assertions` the assertion ids
 * already used, each kept until it could no longer be accepted anyway.
 */
export class CreateSso1764160001800 implements MigrationInterface {
  name = 'CreateSso1764160001800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table sso_connections (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        protocol text not null check (protocol in ('saml','oidc')),
        name text not null check (length(name) between 1 and 100),
        enabled boolean not null default true,
        require_for_staff boolean not null default false,
        saml_idp_entity_id text,
        saml_sso_url text,
        saml_idp_certs text[] not null default '{}',
        oidc_issuer text,
        oidc_client_id text,
        oidc_client_secret_enc text,
        email_attribute text,
        name_attribute text,
        role_attribute text,
        role_values jsonb not null default '{}',
        default_role text check (default_role in ('coach','viewer','seeker')),
        jit_roles text[] not null default '{}',
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        check ((protocol = 'saml' and saml_idp_entity_id is not null and saml_sso_url is not null)
            or (protocol = 'oidc' and oidc_issuer is not null and oidc_client_id is not null))
      )`);
    await q.query(
      `create index sso_connections_created_idx on sso_connections (tenant_id, created_at, id)`,
    );
    await q.query(`
      create table sso_links (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        connection_id uuid not null,
        issuer text not null,
        subject text not null,
        membership_id uuid not null,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, connection_id) references sso_connections (tenant_id, id) on delete cascade,
        foreign key (tenant_id, membership_id) references memberships (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create unique index sso_links_identity_uq on sso_links (tenant_id, issuer, subject)`,
    );
    await q.query(`create index sso_links_connection_idx on sso_links (tenant_id, connection_id)`);
    await q.query(`create index sso_links_membership_idx on sso_links (tenant_id, membership_id)`);
    await q.query(`
      create table sso_requests (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        connection_id uuid not null,
        request_key text not null,
        nonce text,
        verifier_enc text,
        expires_at timestamptz(3) not null,
        primary key (tenant_id, id),
        foreign key (tenant_id, connection_id) references sso_connections (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create unique index sso_requests_key_uq on sso_requests (tenant_id, connection_id, request_key)`,
    );
    await q.query(`
      create table sso_assertions (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        connection_id uuid not null,
        assertion_id text not null,
        expires_at timestamptz(3) not null,
        primary key (tenant_id, id),
        foreign key (tenant_id, connection_id) references sso_connections (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create unique index sso_assertions_uq on sso_assertions (tenant_id, connection_id, assertion_id)`,
    );
    for (const t of ['sso_connections', 'sso_links', 'sso_requests', 'sso_assertions']) {
      for (const s of tenantRls(t)) await q.query(s);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table sso_assertions`);
    await q.query(`drop table sso_requests`);
    await q.query(`drop table sso_links`);
    await q.query(`drop table sso_connections`);
  }
}
