import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { v7 } from 'uuid';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';
import { AppError } from '../../platform/errors.js';
import { LicenseEntity } from './entities/license.entity.js';
import { TenantEntity } from './entities/tenant.entity.js';

export interface LicenseTerms {
  plan: string;
  seatLimit: number;
  /** YYYY-MM-DD */
  termStart: string;
  /** YYYY-MM-DD, the last day covered. */
  termEnd: string;
}

// `::text` keeps dates as the YYYY-MM-DD the API speaks; node-postgres would turn them into
// midnight in the server's time zone.
const LICENSE_COLUMNS = `tenant_id as "tenantId", id, plan, seat_limit as "seatLimit",
  term_start::text as "termStart", term_end::text as "termEnd", created_at as "createdAt"`;

function isUniqueViolation(err: unknown): boolean {
  return err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505';
}

@Injectable()
export class TenantsRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  // The tenants table is global: these run outside any tenant transaction.

  async insertTenant(row: { id: string; slug: string; name: string }): Promise<void> {
    try {
      await this.db.global((m) =>
        m.query(`insert into tenants (id, slug, name) values ($1, $2, $3)`, [
          row.id,
          row.slug,
          row.name,
        ]),
      );
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw new AppError('CONFLICT', 'A workspace with that slug already exists.', ['slug']);
      }
      throw err;
    }
  }

  async deleteTenant(id: string): Promise<void> {
    await this.db.global((m) => m.query<unknown>(`delete from tenants where id = $1`, [id]));
  }

  async findIdBySlug(slug: string): Promise<string | null> {
    const rows = await this.db.global((m) =>
      m.query<{ id: string }[]>(`select id from tenants where slug = $1`, [slug]),
    );
    return rows[0]?.id ?? null;
  }

  async listIds(): Promise<string[]> {
    const rows = await this.db.global((m) =>
      m.query<{ id: string }[]>(`select id from tenants order by id`),
    );
    return rows.map((r) => r.id);
  }

  findTenant(ctx: TenantScope): Promise<TenantEntity | null> {
    return this.run(ctx, (m, tenantId) =>
      m.getRepository(TenantEntity).findOneBy({ id: tenantId }),
    );
  }

  // Licences are tenant rows.

  /** With `lock`, holds the licence row until the transaction ends (seat changes queue here). */
  findLicense(ctx: TenantScope, opts: { lock?: boolean } = {}): Promise<LicenseEntity | null> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<LicenseEntity[]>(
        `select ${LICENSE_COLUMNS} from licenses where tenant_id = $1${opts.lock ? ' for update' : ''}`,
        [tenantId],
      );
      return rows[0] ?? null;
    });
  }

  /** One licence per tenant (licenses_tenant_uq): a second write replaces the terms. */
  upsertLicense(ctx: TenantScope, t: LicenseTerms): Promise<LicenseEntity> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<LicenseEntity[]>(
        `insert into licenses (tenant_id, id, plan, seat_limit, term_start, term_end)
         values ($1, $2, $3, $4, $5::date, $6::date)
         on conflict (tenant_id) do update set plan = excluded.plan,
           seat_limit = excluded.seat_limit, term_start = excluded.term_start,
           term_end = excluded.term_end
         returning ${LICENSE_COLUMNS}`,
        [tenantId, v7(), t.plan, t.seatLimit, t.termStart, t.termEnd],
      );
      return rows[0];
    });
  }

  async countActiveSeats(ctx: TenantScope): Promise<number> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<{ n: number }[]>(
        `select count(*)::int as n from seekers where tenant_id = $1 and status = 'active'`,
        [tenantId],
      );
      return rows[0]?.n ?? 0;
    });
  }
}
