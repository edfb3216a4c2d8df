import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import {
  OutcomesReportArgs,
  OutcomesReportModel,
  SeatReportArgs,
  SeatReportModel,
} from './reports.models.js';
import { ReportsService } from './reports.service.js';

/** Leadership's numbers: owners, admins and viewers (coaches see their caseload instead). */
const REPORT_READERS = { roles: ['owner', 'admin', 'viewer'], scopes: ['read'] } as const;

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Allow(REPORT_READERS)
  @Query(() => SeatReportModel, {
    description:
      'Seats over a term (default: the licence term): used and free now, peak, seekers served, by coach, daily utilization, and CSV.',
  })
  seatReport(@Ctx() ctx: TenantScope, @Args() args: SeatReportArgs): Promise<SeatReportModel> {
    return this.reports.seatReport(ctx, args.from, args.to);
  }

  @Allow(REPORT_READERS)
  @Query(() => OutcomesReportModel, {
    description:
      'Activity across the seven capabilities beside pipeline outcomes over a term, for the tenant or one cohort; counts of seekers and events, 1–4 shown as "<5".',
  })
  outcomesReport(
    @Ctx() ctx: TenantScope,
    @Args() args: OutcomesReportArgs,
  ): Promise<OutcomesReportModel> {
    return this.reports.outcomesReport(ctx, args.from, args.to, args.cohortId);
  }
}
