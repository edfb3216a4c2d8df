/**
 * Data rights: a seeker's data as a zip of JSON (one file per table), erasure of a seeker, and a
 * whole tenant's export and deletion. Zips are built when the signed link is fetched (nothing is
 * stored, so an erased seeker leaves no export behind); the link is short-lived and names what
 * it serves, like bulk export's.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import yazl from 'yazl';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { asTenantId, systemScope, type TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { parseGlobalId, toGlobalId } from '../../platform/graphql/global-id.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { XConnectService } from '../x-connect/x-connect.service.js';
import { DataRightsRepository, type Rows } from './data-rights.repository.js';

/** How long a data-rights download link works. */
const LINK_SECONDS = 15 * 60;
/** Secrets and credentials are never exported, even to their owner: they are not "about" anyone. */
const SECRET_COLUMN = /(_enc|_hash|secret|token|password)/i;

export type ExportKind = 'seeker' | 'tenant';

function redact(rows: Rows): Rows {
  return rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k,
        v !== null && SECRET_COLUMN.test(k) ? '[redacted]' : Buffer.isBuffer(v) ? '[binary]' : v,
      ]),
    ),
  );
}

function zip(files: Map<string, unknown>): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, body] of files) z.addBuffer(Buffer.from(JSON.stringify(body, null, 2)), name);
  z.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    z.outputStream
      .on('data', (c: Buffer) => chunks.push(c))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
}

@Injectable()
export class DataRightsService {
  private readonly logger = new Logger(DataRightsService.name);

  constructor(
    private readonly repo: DataRightsRepository,
    private readonly seekers: SeekersService,
    private readonly tenants: TenantsService,
    private readonly xConnect: XConnectService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The uuid of a seeker the caller may see, else NOT_FOUND (same for foreign and random ids). */
  private async seekerUuid(ctx: TenantScope, seekerGid: string): Promise<string> {
    const p = parseGlobalId(seekerGid);
    if (p?.type !== 'Seeker') throw AppError.notFound('seeker');
    await this.seekers.getSeeker(ctx, p.uuid);
    return p.uuid;
  }

  /** The ways a seeker's id is written in stored rows and payloads. */
  private needles(seekerId: string): string[] {
    return [seekerId, toGlobalId('Seeker', seekerId)];
  }

  // ---- signed links ----

  private signature(kind: ExportKind, tenantId: string, subject: string, expires: number): string {
    return createHmac('sha256', this.config.secrets.jwtSecret)
      .update(`data-rights|${kind}|${tenantId}|${subject}|${expires}`)
      .digest('hex');
  }

  private link(
    kind: ExportKind,
    tenantId: string,
    subject: string,
  ): { url: string; expiresAt: Date } {
    const expires = Math.floor(Date.now() / 1000) + LINK_SECONDS;
    const base = (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(
      /\/+$/,
      '',
    );
    const subjectGid =
      kind === 'seeker' ? toGlobalId('Seeker', subject) : toGlobalId('Tenant', subject);
    const path = `${toGlobalId('Tenant', tenantId)}/${subjectGid}.zip`;
    return {
      url: `${base}/data-exports/${path}?expires=${expires}&signature=${this.signature(kind, tenantId, subject, expires)}`,
      expiresAt: new Date(expires * 1000),
    };
  }

  async seekerExportLink(ctx: TenantScope, seekerGid: string) {
    const id = await this.seekerUuid(ctx, seekerGid);
    return this.link('seeker', ctx.tenantId, id);
  }

  tenantExportLink(ctx: TenantScope, reason: string | null) {
    this.logger.log(`tenant ${ctx.tenantId} export link made${reason ? `: ${reason}` : ''}`);
    return this.link('tenant', ctx.tenantId, ctx.tenantId);
  }

  /** The zip behind a link, or null for anything forged, expired or unknown. */
  async download(
    tenantGid: string,
    subjectGid: string,
    expires: string,
    signature: string,
  ): Promise<Buffer | null> {
    const t = parseGlobalId(tenantGid);
    const s = parseGlobalId(subjectGid);
    const exp = Number(expires);
    if (t?.type !== 'Tenant' || !s || !Number.isInteger(exp)) return null;
    if (exp * 1000 <= Date.now() || !/^[0-9a-f]{64}$/.test(signature)) return null;
    const kind: ExportKind | null =
      s.type === 'Seeker' ? 'seeker' : s.type === 'Tenant' && s.uuid === t.uuid ? 'tenant' : null;
    if (!kind) return null;
    const want = Buffer.from(this.signature(kind, t.uuid, s.uuid, exp), 'hex');
    if (!timingSafeEqual(want, Buffer.from(signature, 'hex'))) return null;
    const ctx = systemScope(asTenantId(t.uuid), `data-rights ${kind} export`);
    return kind === 'seeker' ? this.seekerZip(ctx, s.uuid) : this.tenantZip(ctx);
  }

  private async seekerZip(ctx: TenantScope, seekerId: string): Promise<Buffer | null> {
    const tables = await this.repo.seekerRows(ctx, seekerId, this.needles(seekerId));
    // Erased since the link was made: nothing to serve.
    if (!tables.has('seekers')) return null;
    const files = new Map<string, unknown>();
    files.set('README.json', {
      seeker: toGlobalId('Seeker', seekerId),
      exportedAt: new Date().toISOString(),
      about: 'One file per table: every row that refers to this seeker. Secrets are redacted.',
      tables: [...tables.keys()],
    });
    for (const [table, rows] of tables) files.set(`${table}.json`, redact(rows));
    return zip(files);
  }

  private async tenantZip(ctx: TenantScope): Promise<Buffer> {
    const tables = await this.repo.tenantRows(ctx);
    const tenant = await this.tenants.getTenant(ctx);
    const files = new Map<string, unknown>();
    files.set('tenant.json', { ...tenant, exportedAt: new Date().toISOString() });
    for (const [table, rows] of tables) files.set(`${table}.json`, redact(rows));
    return zip(files);
  }

  // ---- erasure ----

  /** A stable stand-in for the seeker in logs and the audit; it cannot be turned back. */
  pseudonym(tenantId: string, seekerId: string): string {
    const h = createHmac('sha256', this.config.secrets.jwtSecret)
      .update(`erased|${tenantId}|${seekerId}`)
      .digest('hex');
    return `erased_${h.slice(0, 24)}`;
  }

  async eraseSeeker(
    ctx: TenantScope,
    seekerGid: string,
  ): Promise<{ pseudonym: string; rowsDeleted: number; loginsDeleted: number }> {
    const id = await this.seekerUuid(ctx, seekerGid);
    // Revoking at X is a network call: before the transaction, and harmless if erasure fails.
    await this.xConnect.disconnect(ctx, id);
    const users = await this.repo.loginsOf(ctx, id);
    const removed = await this.repo.erase(ctx, id, this.needles(id));
    const loginsDeleted = await this.repo.dropOrphanUsers(users);
    const pseudonym = this.pseudonym(ctx.tenantId, id);
    const rowsDeleted = Object.values(removed).reduce((a, b) => a + b, 0);
    this.logger.log(
      `erased seeker ${pseudonym} of tenant ${ctx.tenantId}: ${JSON.stringify(removed)}, logins ${loginsDeleted}`,
    );
    return { pseudonym, rowsDeleted, loginsDeleted };
  }

  // ---- the whole tenant ----

  async deleteTenant(ctx: TenantScope, confirmSlug: string): Promise<void> {
    const tenant = await this.tenants.getTenant(ctx);
    if (confirmSlug.trim().toLowerCase() !== tenant.slug)
      throw AppError.badInput(
        `Type the tenant's slug (${tenant.slug}) to confirm; nothing was deleted.`,
        ['confirmSlug'],
      );
    const users = await this.repo.tenantUsers(ctx);
    await this.repo.deleteTenant(ctx.tenantId);
    const dropped = await this.repo.dropOrphanUsers(users);
    this.logger.log(`deleted tenant ${ctx.tenantId} (${tenant.slug}); logins dropped ${dropped}`);
  }
}
