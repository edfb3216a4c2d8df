/**
 * Data rights: a seeker's data as a zip of JSON (one file per table), erasure of a seeker (their
 * rows and derived data everywhere, their X tokens revoked at X, their sign-in removed; the
 * audit keeps a pseudonymous record), and the same for a whole organization.
 */
import { Injectable, Logger } from '@nestjs/common';
import yazl from 'yazl';
import { systemScope, type TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { XConnectService } from '../x-connect/x-connect.service.js';
import { DataRightsRepository } from './data-rights.repository.js';

function zip(files: Record<string, unknown>): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) {
    z.addBuffer(Buffer.from(JSON.stringify(content, null, 2), 'utf8'), name, {
      mtime: new Date(),
    });
  }
  z.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

const fileName = (table: string) => `${table.replace(/[^a-z_]+/g, '_').replace(/_+$/, '')}.json`;

@Injectable()
export class DataRightsService {
  private readonly logger = new Logger(DataRightsService.name);

  constructor(
    private readonly repo: DataRightsRepository,
    private readonly db: DatabaseService,
    private readonly seekers: SeekersService,
    private readonly tenants: TenantsService,
    private readonly xConnect: XConnectService,
  ) {}

  async exportSeeker(ctx: TenantScope, seekerId: string): Promise<Buffer> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const rows = await this.repo.seekerRows(ctx, seeker.uuid);
    const files: Record<string, unknown> = {
      'README.json': {
        about:
          'Everything Perch holds about this person in this organization, one file per table. Secrets (encrypted X tokens, hashes) are left out.',
        seekerId: toGlobalId('Seeker', seeker.uuid),
        exportedAt: new Date().toISOString(),
      },
    };
    for (const [table, list] of Object.entries(rows)) files[fileName(table)] = list;
    return zip(files);
  }

  /** Erases a seeker; the confirmation is their email, typed again. */
  async eraseSeeker(ctx: TenantScope, seekerId: string, confirmEmail: string) {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    if (confirmEmail.trim().toLowerCase() !== seeker.email.toLowerCase()) {
      throw AppError.badInput('Type the seeker’s email exactly to confirm the erasure.', [
        'confirmEmail',
      ]);
    }
    // At X first: a token Perch forgets without revoking would still work there.
    await this.xConnect.disconnect(ctx, seekerId);
    const { deleted, users } = await this.db.tx(ctx, async (tx) => {
      const users = await this.repo.seekerUsers(tx.manager, tx.tenantId, seeker.uuid);
      const deleted = await this.repo.eraseRows(tx.manager, tx.tenantId, seeker.uuid);
      return { deleted, users };
    });
    await this.forgetUsers(users);
    return { seekerId: toGlobalId('Seeker', seeker.uuid), deleted };
  }

  async exportTenant(ctx: TenantScope): Promise<Buffer> {
    const rows = await this.repo.tenantRows(ctx);
    const files: Record<string, unknown> = {
      'README.json': {
        about:
          'Everything this organization holds in Perch, one file per table. Secrets (encrypted tokens, hashes) are left out.',
        tenantId: toGlobalId('Tenant', ctx.tenantId),
        exportedAt: new Date().toISOString(),
      },
    };
    for (const [table, list] of Object.entries(rows)) files[fileName(table)] = list;
    return zip(files);
  }

  /** Deletes the organization and everything in it; the confirmation is its slug, typed again. */
  async deleteTenant(ctx: TenantScope, confirmSlug: string): Promise<void> {
    const tenant = await this.tenants.getTenant(ctx);
    if (confirmSlug.trim() !== tenant.slug) {
      throw AppError.badInput('Type the organization’s slug exactly to confirm.', ['confirmSlug']);
    }
    const connections = await this.xConnect.connectionsFor(ctx, await this.repo.allSeekerIds(ctx));
    for (const c of connections) {
      await this.xConnect
        .disconnect(systemScope(ctx.tenantId, 'delete tenant'), c.seekerId)
        .catch((err: unknown) => this.logger.warn(`revoke on tenant delete: ${String(err)}`));
    }
    const users = await this.db.tx(systemScope(ctx.tenantId, 'delete tenant'), (tx) =>
      this.repo.eraseTenantRows(tx.manager, tx.tenantId),
    );
    await this.tenants.deleteTenant(ctx.tenantId);
    await this.forgetUsers(users);
  }

  /** People with no membership left anywhere have no reason to stay. */
  private async forgetUsers(userIds: string[]): Promise<void> {
    if (!userIds.length) return;
    await this.repo.deleteOrphanUsers(userIds);
  }
}
