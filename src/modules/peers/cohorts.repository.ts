import { Injectable } from '@nestjs/common';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export interface CohortRow {
  id: string;
  name: string;
  field: string | null;
  termStart: string | null;
  termEnd: string | null;
  createdAt: Date;
}

const COHORT = `id, name, field, to_char(term_start, 'YYYY-MM-DD') as "termStart",
  to_char(term_end, 'YYYY-MM-DD') as "termEnd", created_at as "createdAt"`;

@Injectable()
export class CohortsRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  async insert(
    ctx: TenantScope,
    c: {
      id: string;
      name: string;
      field: string | null;
      termStart: string | null;
      termEnd: string | null;
    },
  ): Promise<CohortRow> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<CohortRow[]>(
        `insert into cohorts (tenant_id, id, name, field, term_start, term_end)
         values ($1, $2, $3, $4, $5::date, $6::date) returning ${COHORT}`,
        [tenantId, c.id, c.name, c.field, c.termStart, c.termEnd],
      );
      return rows[0];
    });
  }

  async find(ctx: TenantScope, id: string): Promise<CohortRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<CohortRow[]>(`select ${COHORT} from cohorts where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
    return rows[0] ?? null;
  }

  list(
    ctx: TenantScope,
    after: { createdAt: Date; id: string } | null,
    limit: number,
  ): Promise<CohortRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<CohortRow[]>(
        `select ${COHORT} from cohorts
          where tenant_id = $1 and ($2::timestamptz is null or (created_at, id) > ($2, $3::uuid))
          order by created_at, id limit $4`,
        [tenantId, after?.createdAt ?? null, after?.id ?? null, limit],
      ),
    );
  }

  async addMember(ctx: TenantScope, cohortId: string, seekerId: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into cohort_members (tenant_id, cohort_id, seeker_id) values ($1, $2, $3)
         on conflict do nothing`,
        [tenantId, cohortId, seekerId],
      ),
    );
  }

  async removeMember(ctx: TenantScope, cohortId: string, seekerId: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `delete from cohort_members where tenant_id = $1 and cohort_id = $2 and seeker_id = $3`,
        [tenantId, cohortId, seekerId],
      ),
    );
  }

  async memberIds(ctx: TenantScope, cohortId: string): Promise<string[]> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<{ id: string }[]>(
        `select seeker_id as id from cohort_members where tenant_id = $1 and cohort_id = $2
          order by joined_at, seeker_id`,
        [tenantId, cohortId],
      ),
    );
    return rows.map((r) => r.id);
  }
}
