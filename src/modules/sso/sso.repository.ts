import { Injectable } from '@nestjs/common';
import { v7 } from 'uuid';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export type SsoProtocol = 'saml' | 'oidc';
export type JitRole = 'coach' | 'viewer' | 'seeker';

export interface ConnectionRow {
  id: string;
  protocol: SsoProtocol;
  name: string;
  enabled: boolean;
  requireForStaff: boolean;
  samlIdpEntityId: string | null;
  samlSsoUrl: string | null;
  samlIdpCerts: string[];
  oidcIssuer: string | null;
  oidcClientId: string | null;
  oidcClientSecretEnc: string | null;
  emailAttribute: string | null;
  nameAttribute: string | null;
  roleAttribute: string | null;
  roleValues: Record<string, JitRole>;
  defaultRole: JitRole | null;
  jitRoles: JitRole[];
  createdAt: Date;
  updatedAt: Date;
}

export type NewConnection = Omit<ConnectionRow, 'createdAt' | 'updatedAt'>;

const COLUMNS = `id, protocol, name, enabled, require_for_staff as "requireForStaff",
  saml_idp_entity_id as "samlIdpEntityId", saml_sso_url as "samlSsoUrl",
  saml_idp_certs as "samlIdpCerts", oidc_issuer as "oidcIssuer", oidc_client_id as "oidcClientId",
  oidc_client_secret_enc as "oidcClientSecretEnc", email_attribute as "emailAttribute",
  name_attribute as "nameAttribute", role_attribute as "roleAttribute", role_values as "roleValues",
  default_role as "defaultRole", jit_roles as "jitRoles", created_at as "createdAt",
  updated_at as "updatedAt"`;

export interface PendingRequest {
  id: string;
  nonce: string | null;
  verifierEnc: string | null;
}

@Injectable()
export class SsoRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  async insertConnection(ctx: TenantScope, c: NewConnection): Promise<ConnectionRow> {
    const rows: ConnectionRow[] = await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into sso_connections (tenant_id, id, protocol, name, enabled, require_for_staff,
           saml_idp_entity_id, saml_sso_url, saml_idp_certs, oidc_issuer, oidc_client_id,
           oidc_client_secret_enc, email_attribute, name_attribute, role_attribute, role_values,
           default_role, jit_roles)
         values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)
         returning ${COLUMNS}`,
        [
          tenantId,
          c.id,
          c.protocol,
          c.name,
          c.enabled,
          c.requireForStaff,
          c.samlIdpEntityId,
          c.samlSsoUrl,
          c.samlIdpCerts,
          c.oidcIssuer,
          c.oidcClientId,
          c.oidcClientSecretEnc,
          c.emailAttribute,
          c.nameAttribute,
          c.roleAttribute,
          JSON.stringify(c.roleValues),
          c.defaultRole,
          c.jitRoles,
        ],
      ),
    );
    return rows[0];
  }

  /** Writes every setting but the protocol and the IdP's identity (entity id, issuer). */
  async saveConnection(ctx: TenantScope, c: NewConnection): Promise<ConnectionRow> {
    const rows: ConnectionRow[] = await this.run(ctx, (m, tenantId) =>
      m.query(
        `with u as (
           update sso_connections set name = $3, enabled = $4, require_for_staff = $5,
                  saml_sso_url = $6, saml_idp_certs = $7, oidc_client_id = $8,
                  oidc_client_secret_enc = $9, email_attribute = $10, name_attribute = $11,
                  role_attribute = $12, role_values = $13, default_role = $14, jit_roles = $15,
                  updated_at = now()
            where tenant_id = $1 and id = $2 returning *)
         select ${COLUMNS} from u`,
        [
          tenantId,
          c.id,
          c.name,
          c.enabled,
          c.requireForStaff,
          c.samlSsoUrl,
          c.samlIdpCerts,
          c.oidcClientId,
          c.oidcClientSecretEnc,
          c.emailAttribute,
          c.nameAttribute,
          c.roleAttribute,
          JSON.stringify(c.roleValues),
          c.defaultRole,
          c.jitRoles,
        ],
      ),
    );
    return rows[0];
  }

  async deleteConnection(ctx: TenantScope, id: string): Promise<boolean> {
    const rows: unknown[] = await this.run(ctx, (m, tenantId) =>
      m.query(
        `with d as (delete from sso_connections where tenant_id = $1 and id = $2 returning id)
         select id from d`,
        [tenantId, id],
      ),
    );
    return rows.length > 0;
  }

  /** `lock`: for an update in the caller's transaction, so two edits never undo each other. */
  async findConnection(
    ctx: TenantScope,
    id: string,
    opts: { lock?: boolean } = {},
  ): Promise<ConnectionRow | null> {
    const rows: ConnectionRow[] = await this.run(ctx, (m, tenantId) =>
      m.query(
        `select ${COLUMNS} from sso_connections where tenant_id = $1 and id = $2
         ${opts.lock ? 'for update' : ''}`,
        [tenantId, id],
      ),
    );
    return rows[0] ?? null;
  }

  /** The tenant's enabled connection of a protocol; the oldest when there are several. */
  /** The tenant's first enabled connection of the protocol, or of any protocol when null. */
  async enabledConnection(
    ctx: TenantScope,
    protocol: SsoProtocol | null,
  ): Promise<ConnectionRow | null> {
    const rows: ConnectionRow[] = await this.run(ctx, (m, tenantId) =>
      m.query(
        `select ${COLUMNS} from sso_connections
          where tenant_id = $1 and ($2::text is null or protocol = $2) and enabled
          order by created_at, id limit 1`,
        [tenantId, protocol],
      ),
    );
    return rows[0] ?? null;
  }

  listConnections(
    ctx: TenantScope,
    after: { createdAt: Date; id: string } | null,
    limit: number,
  ): Promise<ConnectionRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select ${COLUMNS} from sso_connections
          where tenant_id = $1 and ($2::timestamptz is null or (created_at, id) > ($2, $3::uuid))
          order by created_at, id limit $4`,
        [tenantId, after?.createdAt ?? null, after?.id ?? null, limit],
      ),
    );
  }

  async insertRequest(
    ctx: TenantScope,
    r: {
      connectionId: string;
      key: string;
      nonce: string | null;
      verifierEnc: string | null;
      id: string;
      expiresAt: Date;
    },
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into sso_requests (tenant_id, id, connection_id, request_key, nonce, verifier_enc, expires_at)
         values ($1,$2,$3,$4,$5,$6,$7)`,
        [tenantId, r.id, r.connectionId, r.key, r.nonce, r.verifierEnc, r.expiresAt],
      ),
    );
  }

  /** Takes a pending request: a request answers one sign-in only. */
  async takeRequest(
    ctx: TenantScope,
    connectionId: string,
    key: string,
  ): Promise<PendingRequest | null> {
    const rows: PendingRequest[] = await this.run(ctx, (m, tenantId) =>
      m.query(
        // A DELETE … RETURNING through TypeORM answers [rows, count]; a CTE answers rows.
        `with d as (delete from sso_requests
                     where tenant_id = $1 and connection_id = $2 and request_key = $3
                       and expires_at > now()
                 returning id, nonce, verifier_enc)
         select id, nonce, verifier_enc as "verifierEnc" from d`,
        [tenantId, connectionId, key],
      ),
    );
    return rows[0] ?? null;
  }

  async requestExpiry(ctx: TenantScope, connectionId: string, key: string): Promise<Date | null> {
    const rows: { expiresAt: Date }[] = await this.run(ctx, (m, tenantId) =>
      m.query(
        `select expires_at as "expiresAt" from sso_requests
          where tenant_id = $1 and connection_id = $2 and request_key = $3 and expires_at > now()`,
        [tenantId, connectionId, key],
      ),
    );
    return rows[0]?.expiresAt ?? null;
  }

  /** Records an assertion id; false when it was already used (a replay). */
  async rememberAssertion(
    ctx: TenantScope,
    connectionId: string,
    assertionId: string,
    expiresAt: Date,
  ): Promise<boolean> {
    const rows: unknown[] = await this.run(ctx, async (m, tenantId) => {
      // Expired ids could no longer pass the time checks; dropping them keeps the table small.
      await m.query(`delete from sso_assertions where tenant_id = $1 and expires_at < now()`, [
        tenantId,
      ]);
      return m.query(
        `insert into sso_assertions (tenant_id, id, connection_id, assertion_id, expires_at)
         values ($1,$2,$3,$4,$5) on conflict do nothing returning id`,
        [tenantId, v7(), connectionId, assertionId, expiresAt],
      );
    });
    return rows.length > 0;
  }

  async findLink(
    ctx: TenantScope,
    issuer: string,
    subject: string,
  ): Promise<{ membershipId: string; connectionId: string } | null> {
    const rows: { membershipId: string; connectionId: string }[] = await this.run(
      ctx,
      (m, tenantId) =>
        m.query(
          `select membership_id as "membershipId", connection_id as "connectionId" from sso_links
            where tenant_id = $1 and issuer = $2 and subject = $3`,
          [tenantId, issuer, subject],
        ),
    );
    return rows[0] ?? null;
  }

  async membershipExists(ctx: TenantScope, membershipId: string): Promise<boolean> {
    const rows: unknown[] = await this.run(ctx, (m, tenantId) =>
      m.query(`select 1 from memberships where tenant_id = $1 and id = $2`, [
        tenantId,
        membershipId,
      ]),
    );
    return rows.length > 0;
  }

  async insertLink(
    ctx: TenantScope,
    l: { connectionId: string; issuer: string; subject: string; membershipId: string },
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into sso_links (tenant_id, id, connection_id, issuer, subject, membership_id)
         values ($1,$2,$3,$4,$5,$6)`,
        [tenantId, v7(), l.connectionId, l.issuer, l.subject, l.membershipId],
      ),
    );
  }
}
