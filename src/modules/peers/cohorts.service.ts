/**
 * Cohorts: a coach's group of seekers at the same stage, in the same field, learning together.
 * This is the start of the peers capability (issue 5); topics can belong to a cohort, so every
 * member's briefing includes them.
 */
import { Injectable } from '@nestjs/common';
import { v7 } from 'uuid';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { decodeCursor, pageSize, toPage } from '../../platform/graphql/pagination.js';
import type { SeekerModel } from '../seekers/models/seeker.model.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { CohortsRepository, type CohortRow } from './cohorts.repository.js';

@Injectable()
export class CohortsService {
  constructor(
    private readonly repo: CohortsRepository,
    private readonly seekers: SeekersService,
  ) {}

  create(
    ctx: TenantScope,
    input: { name: string; field?: string; termStart?: string; termEnd?: string },
  ): Promise<CohortRow> {
    if (input.termStart && input.termEnd && input.termEnd < input.termStart) {
      throw AppError.badInput('The term ends before it starts.', ['termEnd']);
    }
    return this.repo.insert(ctx, {
      id: v7(),
      name: input.name.trim(),
      field: input.field?.trim() || null,
      termStart: input.termStart ?? null,
      termEnd: input.termEnd ?? null,
    });
  }

  find(ctx: TenantScope, id: string): Promise<CohortRow | null> {
    return this.repo.find(ctx, id);
  }

  async cohort(ctx: TenantScope, id: string): Promise<CohortRow> {
    const c = await this.repo.find(ctx, id);
    if (!c) throw AppError.notFound('cohort');
    return c;
  }

  async list(ctx: TenantScope, args: { first?: number; after?: string }) {
    const first = pageSize(args);
    const rows = await this.repo.list(ctx, decodeCursor(args.after), first + 1);
    return toPage(rows, first, args.after, (r) => r);
  }

  async addMember(ctx: TenantScope, cohortId: string, seekerId: string): Promise<CohortRow> {
    const c = await this.cohort(ctx, cohortId);
    if (!(await this.seekers.findVisible(ctx, seekerId))) throw AppError.notFound('seeker');
    await this.repo.addMember(ctx, cohortId, seekerId);
    return c;
  }

  async removeMember(ctx: TenantScope, cohortId: string, seekerId: string): Promise<CohortRow> {
    const c = await this.cohort(ctx, cohortId);
    if (!(await this.seekers.findVisible(ctx, seekerId))) throw AppError.notFound('seeker');
    await this.repo.removeMember(ctx, cohortId, seekerId);
    return c;
  }

  /** The members the caller may see (a coach: those they coach). */
  async members(ctx: TenantScope, cohortId: string): Promise<SeekerModel[]> {
    const ids = await this.repo.memberIds(ctx, cohortId);
    const seen = await Promise.all(ids.map((id) => this.seekers.findVisible(ctx, id)));
    return seen.filter((s): s is SeekerModel => s !== null);
  }
}
