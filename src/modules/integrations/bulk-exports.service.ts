/**
 * Bulk exports (Shopify's bulk operations, simplified): an integrator asks for the tenant's
 * seekers, pipelines and outcomes; the worker writes them as JSONL (one object a line, children
 * pointing at their parent with `__parentId`), gzipped, and a signed link serves the file until
 * it expires. Completion sends `bulk_export.completed` to subscribed webhooks.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { v7 } from 'uuid';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { asTenantId, systemScope, type TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { parseGlobalId, toGlobalId } from '../../platform/graphql/global-id.js';
import { decodeCursor } from '../../platform/graphql/pagination.js';
import { BulkExportsRepository, type ExportRow } from './bulk-exports.repository.js';
import { WebhookEventType } from './webhook-events.js';
import { WebhooksService } from './webhooks.service.js';

export const EXPORT_PARTS = ['seekers', 'pipelines', 'outcomes'] as const;
export type ExportPart = (typeof EXPORT_PARTS)[number];

/** How long a finished export can be downloaded. */
export const EXPORT_TTL_MS = 7 * 24 * 3600_000;
const PAGE = 500;
const LEASE_SECONDS = 15 * 60;

@Injectable()
export class BulkExportsService {
  private readonly logger = new Logger(BulkExportsService.name);

  constructor(
    private readonly repo: BulkExportsRepository,
    private readonly webhooks: WebhooksService,
    private readonly db: DatabaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(ctx: TenantScope, include: ExportPart[]): Promise<ExportRow> {
    const parts = [...new Set(include)];
    if (!parts.length) throw AppError.badInput('Include at least one part.', ['include']);
    const p = ctx.principal;
    const row = await this.repo.insert(ctx, {
      id: v7(),
      kind: p.kind,
      by: p.kind === 'user' ? p.membershipId : p.kind === 'apiKey' ? p.apiKeyId : null,
      include: parts,
    });
    if (!row) {
      throw new AppError(
        'CONFLICT',
        'An export of yours is already queued or running; wait for it (bulkExport) before starting another.',
      );
    }
    return row;
  }

  find(ctx: TenantScope, id: string) {
    return this.repo.one(ctx, id);
  }

  list(ctx: TenantScope, after: string | null | undefined, limit: number) {
    return this.repo.list(ctx, decodeCursor(after), limit);
  }

  // ---- signed download links ----

  private signature(tenantId: string, id: string, expires: number): string {
    return createHmac('sha256', this.config.secrets.jwtSecret)
      .update(`bulk-export|${tenantId}|${id}|${expires}`)
      .digest('hex');
  }

  /** The download address of a finished export, valid until it expires. */
  url(tenantId: string, row: ExportRow): string | null {
    if (row.status !== 'completed' || !row.expiresAt || row.expiresAt <= new Date()) return null;
    const expires = Math.floor(row.expiresAt.getTime() / 1000);
    const base = (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(
      /\/+$/,
      '',
    );
    const file = `${toGlobalId('Tenant', tenantId)}/${toGlobalId('BulkExport', row.id)}.jsonl.gz`;
    return `${base}/exports/${file}?expires=${expires}&signature=${this.signature(tenantId, row.id, expires)}`;
  }

  /** The file behind a download address, or null for anything forged, expired or unknown. */
  async download(
    tenantGid: string,
    exportGid: string,
    expires: string,
    signature: string,
  ): Promise<Buffer | null> {
    const t = parseGlobalId(tenantGid);
    const e = parseGlobalId(exportGid);
    const exp = Number(expires);
    if (t?.type !== 'Tenant' || e?.type !== 'BulkExport' || !Number.isInteger(exp)) return null;
    if (exp * 1000 <= Date.now() || !/^[0-9a-f]{64}$/.test(signature)) return null;
    const want = Buffer.from(this.signature(t.uuid, e.uuid, exp), 'hex');
    if (!timingSafeEqual(want, Buffer.from(signature, 'hex'))) return null;
    const ctx = systemScope(asTenantId(t.uuid), 'bulk export download');
    const f = await this.repo.file(ctx, e.uuid);
    return f && f.expiresAt > new Date() ? f.file : null;
  }

  // ---- the worker ----

  /** Runs every waiting export; returns how many ran. */
  async runDue(): Promise<number> {
    let ran = 0;
    for (const { tenantId } of await this.repo.dueTenants(20)) {
      const ctx = systemScope(tenantId, 'bulk export');
      for (;;) {
        const job = await this.repo.claim(ctx, LEASE_SECONDS);
        if (!job) break;
        await this.run(ctx, job);
        ran++;
      }
      await this.repo.purgeExpired(ctx);
      await this.repo.settle(ctx);
    }
    return ran;
  }

  private async run(ctx: TenantScope, job: ExportRow): Promise<void> {
    try {
      const { lines, count } = await this.write(ctx, job.include as ExportPart[]);
      const file = gzipSync(Buffer.from(lines.join(''), 'utf8'));
      await this.db.tx(ctx, async (tx) => {
        const done = await this.repo.complete(tx, job.id, {
          file,
          count,
          sha256: createHash('sha256').update(file).digest('hex'),
          expiresAt: new Date(Date.now() + EXPORT_TTL_MS),
        });
        if (done) await this.announce(tx, done);
      });
    } catch (err) {
      this.logger.error(`bulk export ${job.id} failed: ${(err as Error).message}`);
      await this.db.tx(ctx, async (tx) => {
        const failed = await this.repo.fail(
          tx,
          job.id,
          'The export could not be written; start another.',
        );
        if (failed) await this.announce(tx, failed);
      });
    }
  }

  private announce(ctx: TenantScope, row: ExportRow) {
    return this.webhooks.emit(ctx, WebhookEventType.BULK_EXPORT_COMPLETED, {
      bulkExportId: toGlobalId('BulkExport', row.id),
      status: row.status.toUpperCase(),
      objectCount: row.objectCount,
      url: this.url(ctx.tenantId, row),
      expiresAt: row.expiresAt?.toISOString() ?? null,
    });
  }

  /** The JSONL lines: a seeker, then their applications (each with its stage history), then outcomes. */
  private async write(ctx: TenantScope, parts: ExportPart[]) {
    const lines: string[] = [];
    let count = 0;
    const push = (o: Record<string, unknown>) => {
      lines.push(`${JSON.stringify(o)}\n`);
      count++;
    };
    let after: string | null = null;
    for (;;) {
      const seekers = await this.repo.seekers(ctx, after, PAGE);
      if (!seekers.length) break;
      after = seekers.at(-1)!.id;
      const apps = parts.includes('pipelines')
        ? await this.repo.applications(
            ctx,
            seekers.map((s) => s.id),
          )
        : [];
      for (const s of seekers) {
        const seekerId = toGlobalId('Seeker', s.id);
        if (parts.includes('seekers')) {
          push({
            __typename: 'Seeker',
            id: seekerId,
            name: s.name,
            email: s.email,
            status: s.status,
            careerStage: s.careerStage,
            targetRoles: s.targetRoles,
            industries: s.industries,
            locations: s.locations,
            coachIds: s.coachIds.map((c) => toGlobalId('StaffMember', c)),
            activatedAt: s.activatedAt,
            createdAt: s.createdAt,
          });
        }
        for (const a of apps.filter((x) => x.seekerId === s.id)) {
          push({
            __typename: 'JobApplication',
            __parentId: seekerId,
            id: toGlobalId('JobApplication', a.id),
            postingId: a.postingId ? toGlobalId('JobPosting', a.postingId) : null,
            title: a.title,
            company: a.company,
            stage: a.stage,
            savedAt: a.savedAt,
            appliedAt: a.appliedAt,
            interviewingAt: a.interviewingAt,
            offerAt: a.offerAt,
            closedAt: a.closedAt,
            history: a.events,
          });
        }
        if (parts.includes('outcomes')) {
          push({
            __typename: 'SeekerOutcome',
            __parentId: seekerId,
            applications: s.applications,
            interviewing: s.interviewing,
            offers: s.offers,
            accepted: s.accepted,
            informationalInterviewsHeld: s.infoInterviewsHeld,
            postsPublished: s.postsPublished,
          });
        }
      }
    }
    return { lines, count };
  }
}
