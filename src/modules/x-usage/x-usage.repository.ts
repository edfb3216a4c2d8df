import { Injectable } from '@nestjs/common';
import { v7 } from 'uuid';
import type { XCallRecord } from '@libs/x-client';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export interface SpendRow {
  id: string;
  callId: string;
  month: string;
  capability: string;
  seekerId: string | null;
  kind: string;
  units: number;
  costMicros: number;
}

export interface BudgetRow {
  monthlyBudgetMicros: number;
  pausedMonth: string | null;
}

@Injectable()
export class XUsageRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  /** The global log: one row per call to X, whoever it served. */
  async insertCall(call: XCallRecord): Promise<string> {
    const id = v7();
    await this.db.global((m) =>
      m.query(
        `insert into x_calls (id, endpoint, auth, ok, status, attempts, duration_ms)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [id, call.endpoint, call.auth, call.ok, call.status, call.attempts, call.durationMs],
      ),
    );
    return id;
  }

  /**
   * Marks objects as read today and returns how many were not yet: X bills an object read twice
   * on one UTC day once, so only those are billable.
   */
  async claimDailyReads(kind: string, ids: string[], day: string): Promise<number> {
    if (!ids.length) return 0;
    const rows = await this.db.global((m) =>
      m.query<unknown[]>(
        `insert into x_daily_reads (day, kind, object_id)
         select $1::date, $2, unnest($3::text[])
         on conflict do nothing returning object_id`,
        [day, kind, [...new Set(ids)]],
      ),
    );
    return rows.length;
  }

  async insertSpend(ctx: TenantScope, rows: Omit<SpendRow, 'id'>[]): Promise<void> {
    if (!rows.length) return;
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into x_spend (tenant_id, id, call_id, month, capability, seeker_id, kind, units, cost_micros)
         select $1, r.id, r.call_id, r.month, r.capability, r.seeker_id, r.kind, r.units, r.cost_micros
           from jsonb_to_recordset($2::jsonb) as r(id uuid, call_id uuid, month date, capability text,
                seeker_id uuid, kind text, units int, cost_micros bigint)`,
        [
          tenantId,
          JSON.stringify(
            rows.map((r) => ({
              id: v7(),
              call_id: r.callId,
              month: r.month,
              capability: r.capability,
              seeker_id: r.seekerId,
              kind: r.kind,
              units: r.units,
              cost_micros: r.costMicros,
            })),
          ),
        ],
      ),
    );
  }

  async monthTotal(ctx: TenantScope, month: string): Promise<number> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<{ total: string }[]>(
        `select coalesce(sum(cost_micros), 0) as total from x_spend where tenant_id = $1 and month = $2`,
        [tenantId, month],
      ),
    );
    return Number(row?.total ?? 0);
  }

  /** Spend per month and capability over the `months` months ending with `lastMonth`. */
  async history(
    ctx: TenantScope,
    lastMonth: string,
    months: number,
  ): Promise<{ month: string; capability: string | null; costMicros: number; units: number }[]> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<{ month: string; capability: string | null; cost: string; units: string }[]>(
        `select to_char(g.month, 'YYYY-MM') as month, s.capability,
                coalesce(sum(s.cost_micros), 0) as cost, coalesce(sum(s.units), 0) as units
           from generate_series($2::date - make_interval(months => $3 - 1), $2::date,
                                interval '1 month') as g(month)
           left join x_spend s on s.tenant_id = $1 and s.month = g.month::date
          group by g.month, s.capability
          order by g.month, sum(s.cost_micros) desc nulls last, s.capability`,
        [tenantId, lastMonth, months],
      ),
    );
    return rows.map((r) => ({
      month: r.month,
      capability: r.capability,
      costMicros: Number(r.cost),
      units: Number(r.units),
    }));
  }

  async monthBy(
    ctx: TenantScope,
    month: string,
    by: 'capability' | 'seeker_id',
  ): Promise<{ key: string | null; costMicros: number; units: number }[]> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<{ key: string | null; cost: string; units: string }[]>(
        `select ${by} as key, sum(cost_micros) as cost, sum(units) as units
           from x_spend where tenant_id = $1 and month = $2
          group by ${by} order by sum(cost_micros) desc, ${by}`,
        [tenantId, month],
      ),
    );
    return rows.map((r) => ({ key: r.key, costMicros: Number(r.cost), units: Number(r.units) }));
  }

  async budget(ctx: TenantScope): Promise<BudgetRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<{ budget: string; paused: string | null }[]>(
        `select monthly_budget_micros as budget, to_char(paused_month, 'YYYY-MM-DD') as paused
           from x_budgets where tenant_id = $1`,
        [tenantId],
      ),
    );
    return row ? { monthlyBudgetMicros: Number(row.budget), pausedMonth: row.paused } : null;
  }

  async upsertBudget(
    ctx: TenantScope,
    budgetMicros: number,
    pausedMonth: string | null,
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into x_budgets (tenant_id, id, monthly_budget_micros, paused_month)
         values ($1, $2, $3, $4)
         on conflict (tenant_id) do update
           set monthly_budget_micros = excluded.monthly_budget_micros,
               paused_month = excluded.paused_month, updated_at = now()`,
        [tenantId, v7(), budgetMicros, pausedMonth],
      ),
    );
  }
}
