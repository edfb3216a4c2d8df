/**
 * Seat and outcomes reports for a term. A term is a date range; without one the licence's term
 * is used (a tenant has one licence, whose term is replaced on renewal, so past terms are asked
 * for by their dates). Seat history comes from seat_events, which a trigger on seekers writes.
 */
import { Injectable } from '@nestjs/common';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/graphql/global-id.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { suppress, toCsv } from './csv.js';
import type {
  OutcomeMetricModel,
  OutcomesReportModel,
  SeatReportModel,
  SeatUtilizationDayModel,
} from './reports.models.js';
import { ReportsRepository } from './reports.repository.js';

const DAY = 86_400_000;
/** Ten years of days: licences run for several years, and more is a typo. */
const MAX_DAYS = 3660;

/** The order a career center reads them in: the seven capabilities, then the pipeline. */
const METRICS: [string, string][] = [
  ['research', 'companies targeted'],
  ['trends', 'topics followed'],
  ['mentorship', 'contacts reached out to'],
  ['mentorship', 'informational interviews held'],
  ['peers', 'cohort check-ins'],
  ['orgs', 'events and chats attended'],
  ['jobs', 'jobs saved'],
  ['jobs', 'applications sent'],
  ['voice', 'drafts written'],
  ['voice', 'posts published'],
  ['pipeline', 'interviews'],
  ['pipeline', 'offers'],
  ['pipeline', 'offers accepted'],
];

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly repo: ReportsRepository,
    private readonly tenants: TenantsService,
  ) {}

  /** The term's first day and the day after its last, at UTC midnight. */
  private async term(
    ctx: TenantScope,
    from?: string | null,
    to?: string | null,
  ): Promise<{ start: Date; end: Date; seatLimit: number }> {
    const license = await this.tenants.getLicense(ctx);
    const f = from ?? license?.termStart;
    const t = to ?? license?.termEnd;
    if (!f || !t) throw AppError.badInput('The tenant has no licence; give from and to.', ['from']);
    const start = new Date(`${f}T00:00:00Z`);
    const end = new Date(new Date(`${t}T00:00:00Z`).getTime() + DAY);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
      throw AppError.badInput('from and to are dates like 2026-09-01.', ['from']);
    if (end <= start) throw AppError.badInput('to is before from.', ['to']);
    if ((end.getTime() - start.getTime()) / DAY > MAX_DAYS)
      throw AppError.badInput(`A report covers at most ${MAX_DAYS} days.`, ['to']);
    return { start, end, seatLimit: license?.seatLimit ?? 0 };
  }

  async seatReport(
    ctx: TenantScope,
    from?: string | null,
    to?: string | null,
  ): Promise<SeatReportModel> {
    const { start, end, seatLimit } = await this.term(ctx, from, to);
    const events = await this.repo.seatEvents(ctx, end);
    const holding = new Set<string>();
    const served = new Set<string>();
    let used = 0;
    let i = 0;
    // Before the term: who holds a seat when it opens.
    for (; i < events.length && events[i].at < start; i++) {
      const e = events[i];
      used += e.kind === 'taken' ? 1 : -1;
      if (e.seekerId) {
        if (e.kind === 'taken') holding.add(e.seekerId);
        else holding.delete(e.seekerId);
      }
    }
    for (const s of holding) served.add(s);
    // Seats held when the term opens by seekers since erased (their events have no seeker).
    let anonymous = Math.max(0, used - holding.size);
    const days: SeatUtilizationDayModel[] = [];
    let peak = used;
    for (let d = start.getTime(); d < end.getTime(); d += DAY) {
      let dayPeak = used;
      for (; i < events.length && events[i].at.getTime() < d + DAY; i++) {
        const e = events[i];
        used += e.kind === 'taken' ? 1 : -1;
        dayPeak = Math.max(dayPeak, used);
        if (e.kind === 'taken') {
          if (e.seekerId) served.add(e.seekerId);
          else anonymous++;
        }
      }
      peak = Math.max(peak, dayPeak);
      days.push({
        date: day(new Date(d)),
        used,
        peak: dayPeak,
        utilization: seatLimit > 0 ? Math.round((used / seatLimit) * 10_000) / 10_000 : 0,
      });
    }
    const usedNow = await this.repo.activeSeats(ctx);
    const byCoach = (await this.repo.byCoach(ctx, [...served])).map((c) => ({
      coachId: c.coachId ? toGlobalId('StaffMember', c.coachId) : null,
      coachName: c.coachName,
      seekers: c.seekers,
      activeNow: c.activeNow,
    }));
    return {
      from: day(start),
      to: day(new Date(end.getTime() - DAY)),
      seatLimit,
      used: usedNow,
      free: Math.max(0, seatLimit - usedNow),
      peak,
      // Erased seekers' seats still count, once per seat taken.
      seekersServed: served.size + anonymous,
      byCoach,
      utilization: days,
      csv: toCsv(
        ['date', 'used', 'peak', 'seat_limit', 'utilization'],
        days.map((d) => [d.date, d.used, d.peak, seatLimit, d.utilization]),
      ),
    };
  }

  async outcomesReport(
    ctx: TenantScope,
    from?: string | null,
    to?: string | null,
    cohortGid?: string | null,
  ): Promise<OutcomesReportModel> {
    const { start, end } = await this.term(ctx, from, to);
    const cohortId = cohortGid ? fromGlobalId(cohortGid, 'Cohort') : null;
    if (cohortId && !(await this.repo.cohortExists(ctx, cohortId)))
      throw AppError.notFound('cohort');
    const rows = await this.repo.outcomes(ctx, start, end, cohortId);
    const population = await this.repo.population(ctx, cohortId);
    const metrics: OutcomeMetricModel[] = METRICS.map(([capability, metric]) => {
      const r = rows.find((x) => x.capability === capability && x.metric === metric);
      const seekers = r?.seekers ?? 0;
      const events = r?.events ?? 0;
      const hidden = suppress(seekers) !== String(seekers);
      return {
        capability,
        metric,
        seekers: suppress(seekers),
        // Few seekers' events would single them out, whatever the count.
        events: hidden ? suppress(1) : suppress(events),
      };
    });
    return {
      from: day(start),
      to: day(new Date(end.getTime() - DAY)),
      cohortId: cohortGid ?? null,
      seekers: suppress(population),
      metrics,
      csv: toCsv(
        ['capability', 'metric', 'seekers', 'events'],
        metrics.map((m) => [m.capability, m.metric, m.seekers, m.events]),
      ),
    };
  }
}
