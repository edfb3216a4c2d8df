import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, MANAGERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { SetXBudgetInput, XSpendArgs, XSpendHistoryArgs } from './inputs/x-usage.inputs.js';
import { SetXBudgetPayload, XSpendModel, XSpendMonthModel } from './models/x-spend.model.js';
import { monthOf, XUsageService } from './x-usage.service.js';

const usd = (micros: number) => Math.round(micros / 10_000) / 100;

@Resolver()
export class XUsageResolver {
  constructor(
    private readonly usage: XUsageService,
    private readonly seekers: SeekersService,
  ) {}

  @Allow({ roles: [...MANAGERS, 'viewer'], scopes: ['read'] })
  @Query(() => XSpendModel, {
    description: "The organization's X spend for a month, by capability and by seeker.",
  })
  async xSpend(@Ctx() ctx: TenantScope, @Args() args: XSpendArgs): Promise<XSpendModel> {
    return this.load(ctx, args.month ? `${args.month}-01` : monthOf(new Date()));
  }

  @Allow({ roles: [...MANAGERS, 'viewer'], scopes: ['read'] })
  @Query(() => [XSpendMonthModel], {
    description:
      'X spend month by month (oldest first), by capability; months without spend show 0.',
  })
  async xSpendHistory(
    @Ctx() ctx: TenantScope,
    @Args() args: XSpendHistoryArgs,
  ): Promise<XSpendMonthModel[]> {
    const last = args.until ? `${args.until}-01` : monthOf(new Date());
    const rows = await this.usage.history(ctx, last, args.months);
    const byMonth = new Map<string, XSpendMonthModel>();
    for (const r of rows) {
      const m = byMonth.get(r.month) ?? { month: r.month, spentUsd: 0, units: 0, byCapability: [] };
      byMonth.set(r.month, m);
      if (r.capability === null && r.costMicros === 0) continue;
      m.byCapability.push({
        capability: r.capability ?? 'unknown',
        spentUsd: usd(r.costMicros),
        units: r.units,
      });
      m.spentUsd += r.costMicros;
      m.units += r.units;
    }
    // Summed in micros, rounded once, so a month is exactly the sum its capabilities were billed.
    return [...byMonth.values()].map((m) => ({ ...m, spentUsd: usd(m.spentUsd) }));
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => SetXBudgetPayload, {
    description: 'Set the monthly X budget; raising it above what is spent resumes X use at once.',
  })
  async setXBudget(
    @Ctx() ctx: TenantScope,
    @Args('input') input: SetXBudgetInput,
  ): Promise<SetXBudgetPayload> {
    await this.usage.setBudget(ctx, Math.round(input.monthlyBudgetUsd * 1_000_000));
    return { spend: await this.load(ctx, monthOf(new Date())), userErrors: [] };
  }

  private async load(ctx: TenantScope, month: string): Promise<XSpendModel> {
    const s = await this.usage.spend(ctx, month);
    const seekers = await Promise.all(s.bySeeker.map((b) => this.seekers.findVisible(ctx, b.key)));
    return {
      month: month.slice(0, 7),
      spentUsd: usd(s.totalMicros),
      budgetUsd: usd(s.budgetMicros),
      remainingUsd: usd(Math.max(0, s.budgetMicros - s.totalMicros)),
      paused: s.paused,
      byCapability: s.byCapability.map((c) => ({
        capability: c.key ?? 'unknown',
        spentUsd: usd(c.costMicros),
        units: c.units,
      })),
      bySeeker: s.bySeeker.map((b, i) => ({
        seeker: seekers[i] ?? null,
        spentUsd: usd(b.costMicros),
        units: b.units,
      })),
    };
  }
}
