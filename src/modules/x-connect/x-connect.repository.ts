import { Injectable } from '@nestjs/common';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export interface ConnectionRow {
  id: string;
  seekerId: string;
  xUserId: string;
  username: string;
  accessTokenEnc: string;
  refreshTokenEnc: string | null;
  expiresAt: Date;
  scopes: string[];
  connectedAt: Date;
}

export interface StateRow {
  id: string;
  seekerId: string;
  secretHash: Buffer;
  verifierEnc: string;
  expiresAt: Date;
  usedAt: Date | null;
}

const CONNECTION = `id, seeker_id as "seekerId", x_user_id as "xUserId", username,
  access_token_enc as "accessTokenEnc", refresh_token_enc as "refreshTokenEnc",
  expires_at as "expiresAt", scopes, connected_at as "connectedAt"`;

@Injectable()
export class XConnectRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  async insertState(ctx: TenantScope, row: Omit<StateRow, 'usedAt'>): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into x_connect_states (tenant_id, id, seeker_id, secret_hash, verifier_enc, expires_at)
         values ($1, $2, $3, $4, $5, $6)`,
        [tenantId, row.id, row.seekerId, row.secretHash, row.verifierEnc, row.expiresAt],
      ),
    );
  }

  async lockState(ctx: TenantScope, id: string): Promise<StateRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<StateRow[]>(
        `select id, seeker_id as "seekerId", secret_hash as "secretHash", verifier_enc as "verifierEnc",
                expires_at as "expiresAt", used_at as "usedAt"
           from x_connect_states where tenant_id = $1 and id = $2 for update`,
        [tenantId, id],
      ),
    );
    return row ?? null;
  }

  async markStateUsed(ctx: TenantScope, id: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(`update x_connect_states set used_at = now() where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
  }

  async connectionOf(
    ctx: TenantScope,
    seekerId: string,
    lock = false,
  ): Promise<ConnectionRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<ConnectionRow[]>(
        `select ${CONNECTION} from x_connections where tenant_id = $1 and seeker_id = $2${lock ? ' for update' : ''}`,
        [tenantId, seekerId],
      ),
    );
    return row ?? null;
  }

  async connectionsOf(ctx: TenantScope, seekerIds: readonly string[]): Promise<ConnectionRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<ConnectionRow[]>(
        `select ${CONNECTION} from x_connections where tenant_id = $1 and seeker_id = any($2::uuid[])`,
        [tenantId, seekerIds],
      ),
    );
  }

  /** One connection per seeker: connecting again replaces the account and tokens. */
  async upsertConnection(ctx: TenantScope, row: Omit<ConnectionRow, 'connectedAt'>): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into x_connections (tenant_id, id, seeker_id, x_user_id, username, access_token_enc,
                                    refresh_token_enc, expires_at, scopes)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         on conflict (tenant_id, seeker_id) do update set
           id = excluded.id, x_user_id = excluded.x_user_id, username = excluded.username,
           access_token_enc = excluded.access_token_enc, refresh_token_enc = excluded.refresh_token_enc,
           expires_at = excluded.expires_at, scopes = excluded.scopes, connected_at = now(), updated_at = now()`,
        [
          tenantId,
          row.id,
          row.seekerId,
          row.xUserId,
          row.username,
          row.accessTokenEnc,
          row.refreshTokenEnc,
          row.expiresAt,
          row.scopes,
        ],
      ),
    );
  }

  async updateTokens(
    ctx: TenantScope,
    id: string,
    t: {
      accessTokenEnc: string;
      refreshTokenEnc: string | null;
      expiresAt: Date;
      scopes: string[];
    },
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update x_connections set access_token_enc = $3, refresh_token_enc = $4, expires_at = $5,
                scopes = $6, updated_at = now() where tenant_id = $1 and id = $2`,
        [tenantId, id, t.accessTokenEnc, t.refreshTokenEnc, t.expiresAt, t.scopes],
      ),
    );
  }

  async deleteConnection(ctx: TenantScope, seekerId: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(`delete from x_connections where tenant_id = $1 and seeker_id = $2`, [
        tenantId,
        seekerId,
      ]),
    );
  }
}
