/**
 * Connecting a seeker's X account: a connect link (OAuth 2.0 authorization code with PKCE) whose
 * state is bound to the tenant and seeker and expires in ten minutes; the callback stores the
 * tokens encrypted at rest, bound to their row; a person's client refreshes (and so rotates) the
 * tokens shortly before they expire; disconnecting revokes them at X and forgets them.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { v7 } from 'uuid';
import { SecretBox, type SecretContext } from '@libs/secrets';
import { mintToken, parseToken, secretMatches } from '@libs/tokens';
import { XClient, type XCallRecord, type XUserClient } from '@libs/x-client';
import {
  asTenantId,
  type TenantId,
  type TenantScope,
  systemScope,
} from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { X_RUNTIME, type XRuntime } from '../../platform/x/x-runtime.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { XUsageService } from '../x-usage/x-usage.service.js';
import { XConnectRepository, type ConnectionRow } from './x-connect.repository.js';

/** What Perch asks of a seeker's X account: read their own posts and follows, post approved drafts. */
export const X_SCOPES = [
  'tweet.read',
  'users.read',
  'follows.read',
  'list.read',
  'tweet.write',
  'offline.access',
];
const LINK_TTL_MS = 10 * 60_000;
const REFRESH_MARGIN_MS = 60_000;

const invalidLink = () =>
  new AppError(
    'NOT_FOUND',
    'This X connect link is not valid any more: it expired or was used. Ask for a new one.',
  );

@Injectable()
export class XConnectService {
  private readonly logger = new Logger(XConnectService.name);

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(X_RUNTIME) private readonly x: XRuntime,
    private readonly box: SecretBox,
    private readonly db: DatabaseService,
    private readonly repo: XConnectRepository,
    private readonly seekers: SeekersService,
    private readonly usage: XUsageService,
  ) {
    this.xClient = new XClient({
      baseUrl: this.x.baseUrl,
      governor: { totalTimeoutMs: config.x.timeoutMs },
    });
  }

  /** One client (one connection pool, one governor) for every seeker's calls. */
  private readonly xClient: XClient;

  /** Attributes a call to the seeker's tenant, under "connect". */
  private meter(tenantId: TenantId, seekerId: string) {
    return (r: XCallRecord) =>
      void this.usage
        .record(r, [{ tenantId, capability: 'connect', seekerId }])
        .catch((err: unknown) => this.logger.error(err));
  }

  private oauthOrFail() {
    if (!this.x.clientId) {
      throw new AppError(
        'INVALID_STATE',
        'X is not configured on this Perch (X_CLIENT_ID), so accounts cannot be connected.',
      );
    }
    // Token endpoints are not billed by X, so OAuth calls are not metered.
    return this.xClient.oauth(this.x.clientId, this.x.clientSecret);
  }

  private where(tenantId: string, table: string, column: string, rowId: string): SecretContext {
    return { tenantId, table, column, rowId };
  }

  /** A link to send the seeker to; they approve at X and come back to /auth/x/callback. */
  async createLink(ctx: TenantScope, seekerId: string): Promise<{ url: string; expiresAt: Date }> {
    await this.seekers.requireXDataConsent(ctx, seekerId, ['seekerId']);
    const oauth = this.oauthOrFail();
    const id = v7();
    const state = mintToken('xst', ctx.tenantId, id);
    const link = oauth.authLink(this.x.redirectUri, X_SCOPES, state.token);
    const expiresAt = new Date(Date.now() + LINK_TTL_MS);
    await this.repo.insertState(ctx, {
      id,
      seekerId,
      secretHash: state.secretHash,
      verifierEnc: this.box.encrypt(
        link.codeVerifier,
        this.where(ctx.tenantId, 'x_connect_states', 'verifier_enc', id),
      ),
      expiresAt,
    });
    return { url: link.url, expiresAt };
  }

  /** The callback: exchanges the code, learns who the account is, stores the tokens encrypted. */
  async complete(stateToken: string, code: string): Promise<{ username: string }> {
    const parsed = parseToken(stateToken, 'xst');
    if (!parsed) throw invalidLink();
    const tenantId = asTenantId(parsed.tenantId);
    const scope = systemScope(tenantId, 'x connect callback');
    const state = await this.db.tx(scope, async (tx) => {
      const row = await this.repo.lockState(tx, parsed.id);
      if (
        !row ||
        !secretMatches(parsed.secret, row.secretHash) ||
        row.usedAt ||
        row.expiresAt <= new Date()
      ) {
        throw invalidLink();
      }
      // Single use, committed before X is called, so a replayed callback cannot race this one.
      await this.repo.markStateUsed(tx, row.id);
      return row;
    });
    const verifier = this.box.decrypt(
      state.verifierEnc,
      this.where(tenantId, 'x_connect_states', 'verifier_enc', state.id),
    );
    const oauth = this.oauthOrFail();
    const tokens = await oauth.exchangeCode(code, verifier, this.x.redirectUri);
    const me = await this.xClient
      .forUser(tokens.accessToken, null, this.meter(tenantId, state.seekerId))
      .me();
    const id = v7();
    const at = this.where(tenantId, 'x_connections', 'access_token_enc', id);
    const rt = this.where(tenantId, 'x_connections', 'refresh_token_enc', id);
    await this.repo.upsertConnection(scope, {
      id,
      seekerId: state.seekerId,
      xUserId: me.id,
      username: me.username,
      accessTokenEnc: this.box.encrypt(tokens.accessToken, at),
      refreshTokenEnc: tokens.refreshToken ? this.box.encrypt(tokens.refreshToken, rt) : null,
      expiresAt: new Date(tokens.expiresAt),
      scopes: tokens.scopes,
    });
    return { username: me.username };
  }

  /** The seeker's own X client, with a token refreshed (and rotated) when it is about to expire. */
  async userClient(ctx: TenantScope, seekerId: string): Promise<XUserClient> {
    return this.db.tx(ctx, async (tx) => {
      const conn = await this.repo.connectionOf(tx, seekerId, true);
      if (!conn) throw new AppError('INVALID_STATE', 'This seeker has not connected an X account.');
      let access = this.box.decrypt(
        conn.accessTokenEnc,
        this.where(tx.tenantId, 'x_connections', 'access_token_enc', conn.id),
      );
      if (conn.expiresAt.getTime() - Date.now() < REFRESH_MARGIN_MS && conn.refreshTokenEnc) {
        const refresh = this.box.decrypt(
          conn.refreshTokenEnc,
          this.where(tx.tenantId, 'x_connections', 'refresh_token_enc', conn.id),
        );
        // The row lock keeps two refreshes from spending the same single-use refresh token.
        const fresh = await this.oauthOrFail().refresh(refresh);
        access = fresh.accessToken;
        await this.repo.updateTokens(tx, conn.id, {
          accessTokenEnc: this.box.encrypt(
            fresh.accessToken,
            this.where(tx.tenantId, 'x_connections', 'access_token_enc', conn.id),
          ),
          refreshTokenEnc: fresh.refreshToken
            ? this.box.encrypt(
                fresh.refreshToken,
                this.where(tx.tenantId, 'x_connections', 'refresh_token_enc', conn.id),
              )
            : null,
          expiresAt: new Date(fresh.expiresAt),
          scopes: fresh.scopes,
        });
      }
      return this.xClient.forUser(access, conn.xUserId, this.meter(tx.tenantId, seekerId));
    });
  }

  /** Revokes the tokens at X (best effort: X may already have) and forgets them. */
  async disconnect(ctx: TenantScope, seekerId: string): Promise<void> {
    await this.seekers.getSeeker(ctx, seekerId);
    const conn = await this.repo.connectionOf(ctx, seekerId);
    if (!conn) return;
    if (conn.refreshTokenEnc && this.x.clientId) {
      const refresh = this.box.decrypt(
        conn.refreshTokenEnc,
        this.where(ctx.tenantId, 'x_connections', 'refresh_token_enc', conn.id),
      );
      await this.oauthOrFail()
        .revoke(refresh, 'refresh_token')
        .catch((err: unknown) => this.logger.warn(`X revoke failed: ${String(err)}`));
    }
    await this.repo.deleteConnection(ctx, seekerId);
  }

  connectionsFor(ctx: TenantScope, seekerIds: readonly string[]): Promise<ConnectionRow[]> {
    return this.repo.connectionsOf(ctx, seekerIds);
  }
}
