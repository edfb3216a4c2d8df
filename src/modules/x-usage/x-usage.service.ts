/**
 * The X cost meter and budgets. Every call is priced from configuration (X's pay-per-use prices),
 * deduplicated the way X bills (an object read twice on one UTC day costs once), and attributed
 * to the tenants it served: one shared poll that serves three tenants costs each a third. When a
 * tenant's month is spent, its X use pauses (X_BUDGET_EXHAUSTED) while other tenants carry on.
 */
import { Inject, Injectable } from '@nestjs/common';
import type { XCallRecord, XUsageKind } from '@libs/x-client';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { type TenantId, type TenantScope, systemScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { XUsageRepository } from './x-usage.repository.js';

export const CAPABILITIES = [
  'research',
  'trends',
  'mentorship',
  'peers',
  'orgs',
  'jobs',
  'voice',
  'connect',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Who a call served: the tenant, the capability, and the seeker when there is one. */
export interface Attribution {
  tenantId: TenantId;
  capability: Capability;
  seekerId?: string | null;
}

const READS: ReadonlySet<XUsageKind> = new Set([
  'post_read',
  'user_read',
  'list_read',
  'owned_read',
]);

/** First day of the UTC month, as YYYY-MM-DD. */
export function monthOf(d: Date): string {
  return `${d.toISOString().slice(0, 7)}-01`;
}

/** Splits micro-dollars over n payers; the remainder goes to the first, so nothing is lost. */
export function splitCost(total: number, n: number): number[] {
  const each = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => each + (i === 0 ? total - each * n : 0));
}

@Injectable()
export class XUsageService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: XUsageRepository,
  ) {}

  /** Records one call and what it cost each tenant it served; pauses tenants whose month is spent. */
  async record(call: XCallRecord, servedBy: Attribution[], at = new Date()): Promise<void> {
    const callId = await this.repo.insertCall(call);
    if (!servedBy.length) return;
    const day = at.toISOString().slice(0, 10);
    const month = monthOf(at);
    const billed: { kind: XUsageKind; units: number; cost: number }[] = [];
    for (const u of call.usage) {
      const units = READS.has(u.kind)
        ? await this.repo.claimDailyReads(u.kind, u.ids, day)
        : u.ids.length || 1;
      billed.push({ kind: u.kind, units, cost: units * this.config.x.pricesMicros[u.kind] });
    }
    // Equal parts per tenant; a tenant served for several watches (capabilities, seekers)
    // splits its own part between them, so sharing a poll never costs one tenant more.
    const byTenant = new Map<TenantId, Attribution[]>();
    servedBy.forEach((a) => byTenant.set(a.tenantId, [...(byTenant.get(a.tenantId) ?? []), a]));
    const tenantCost = billed.map((b) => splitCost(b.cost, byTenant.size));
    let t = 0;
    for (const [tenantId, attributions] of byTenant) {
      const ctx = systemScope(tenantId, 'x cost meter');
      const rows = attributions.flatMap((a, i) =>
        billed.map((b, k) => ({
          callId,
          month,
          capability: a.capability,
          seekerId: a.seekerId ?? null,
          kind: b.kind,
          // Every tenant was served all the objects read; only the dollars are shared.
          units: splitCost(b.units, attributions.length)[i],
          costMicros: splitCost(tenantCost[k][t], attributions.length)[i],
        })),
      );
      t++;
      await this.repo.insertSpend(ctx, rows);
      await this.pauseIfSpent(ctx, month);
    }
  }

  /** Whether this tenant may still spend on X this month. */
  async canSpend(ctx: TenantScope, at = new Date()): Promise<boolean> {
    const month = monthOf(at);
    return (await this.repo.monthTotal(ctx, month)) < (await this.budgetMicros(ctx));
  }

  /** Throws X_BUDGET_EXHAUSTED when this tenant's X budget for the month is spent. */
  async assertCanSpend(ctx: TenantScope, at = new Date()): Promise<void> {
    const month = monthOf(at);
    const budget = await this.budgetMicros(ctx);
    if ((await this.repo.monthTotal(ctx, month)) >= budget) {
      throw new AppError(
        'X_BUDGET_EXHAUSTED',
        `This organization's X budget for ${month.slice(0, 7)} (US$${(budget / 1e6).toFixed(2)}) is spent; X reads pause until an admin raises it or the month ends.`,
      );
    }
  }

  async spend(ctx: TenantScope, month: string) {
    const [total, budget, byCapability, bySeeker, row] = await Promise.all([
      this.repo.monthTotal(ctx, month),
      this.budgetMicros(ctx),
      this.repo.monthBy(ctx, month, 'capability'),
      this.repo.monthBy(ctx, month, 'seeker_id'),
      this.repo.budget(ctx),
    ]);
    return {
      month,
      totalMicros: total,
      budgetMicros: budget,
      paused: row?.pausedMonth === month || total >= budget,
      byCapability,
      bySeeker: bySeeker.filter((s) => s.key !== null) as {
        key: string;
        costMicros: number;
        units: number;
      }[],
    };
  }

  history(ctx: TenantScope, lastMonth: string, months: number) {
    return this.repo.history(ctx, lastMonth, months);
  }

  /** Sets the monthly budget; raising it above this month's spend resumes X use at once. */
  async setBudget(ctx: TenantScope, budgetMicros: number, at = new Date()): Promise<void> {
    const month = monthOf(at);
    const spent = await this.repo.monthTotal(ctx, month);
    await this.repo.upsertBudget(ctx, budgetMicros, spent >= budgetMicros ? month : null);
  }

  private async budgetMicros(ctx: TenantScope): Promise<number> {
    return (
      (await this.repo.budget(ctx))?.monthlyBudgetMicros ?? this.config.x.defaultMonthlyBudgetMicros
    );
  }

  private async pauseIfSpent(ctx: TenantScope, month: string): Promise<void> {
    const budget = await this.repo.budget(ctx);
    const limit = budget?.monthlyBudgetMicros ?? this.config.x.defaultMonthlyBudgetMicros;
    if (budget?.pausedMonth === month) return;
    if ((await this.repo.monthTotal(ctx, month)) >= limit)
      await this.repo.upsertBudget(ctx, limit, month);
  }
}
