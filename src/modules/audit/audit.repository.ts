import { Injectable } from '@nestjs/common';
import { DatabaseService } from '../../platform/database/database.service.js';
import type { TenantScope } from '../../platform/database/context.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';
import type { Cursor } from '../../platform/graphql/pagination.js';
import type { AuditKind, AuditRow } from './audit.models.js';

const COLUMNS = `id, at, actor_kind as "actorKind", actor_id as "actorId", actor_role as "actorRole",
  via, via_id as "viaId", action, kind, seeker_id as "seekerId", targets, outcome,
  request_id as "requestId", host(ip) as ip`;

export interface AuditFilter {
  seekerId: string | null;
  actorId: string | null;
  action: string | null;
  kind: AuditKind | null;
  since: Date | null;
  until: Date | null;
}

@Injectable()
export class AuditRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  /** Newest first; `after` is the last row of the previous page. */
  list(ctx: TenantScope, f: AuditFilter, after: Cursor | null, limit: number) {
    return this.run(ctx, (m, tenantId) =>
      m.query<(AuditRow & { createdAt: Date })[]>(
        `select ${COLUMNS}, at as "createdAt" from audit_events
          where tenant_id = $1
            and ($2::uuid is null or seeker_id = $2)
            and ($3::uuid is null or actor_id = $3)
            and ($4::text is null or action = $4)
            and ($5::text is null or kind = $5)
            and ($6::timestamptz is null or at >= $6)
            and ($7::timestamptz is null or at < $7)
            and ($8::timestamptz is null or (at, id) < ($8, $9::uuid))
          order by at desc, id desc
          limit $10`,
        [
          tenantId,
          f.seekerId,
          f.actorId,
          f.action,
          f.kind,
          f.since,
          f.until,
          after?.createdAt ?? null,
          after?.id ?? null,
          limit,
        ],
      ),
    );
  }

  async one(ctx: TenantScope, id: string): Promise<AuditRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<AuditRow[]>(`select ${COLUMNS} from audit_events where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
    return row ?? null;
  }

  /** Whether this tenant knows the id: a current seeker, staff member or key, or any audit row. */
  async mentions(ctx: TenantScope, seekerId: string | null, actorId: string | null) {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<{ known: boolean }[]>(
        `select (
           ($2::uuid is not null and (exists (select 1 from seekers where tenant_id = $1 and id = $2)
              or exists (select 1 from audit_events where tenant_id = $1 and seeker_id = $2)))
           or ($3::uuid is not null and (exists (select 1 from memberships where tenant_id = $1 and id = $3)
              or exists (select 1 from api_keys where tenant_id = $1 and id = $3)
              or exists (select 1 from audit_events where tenant_id = $1 and actor_id = $3)))
         ) as known`,
        [tenantId, seekerId, actorId],
      ),
    );
    return row?.known ?? false;
  }
}
