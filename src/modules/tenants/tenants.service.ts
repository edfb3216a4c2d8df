/**
 * Tenants and their licence. Creating a tenant is a system act (sign-up, seeding, tests); the
 * licence is the one place seat limits live, and `lockLicense` is the lock every seat change
 * takes, so concurrent activations are counted one after another.
 */
import { Injectable } from '@nestjs/common';
import { v7 } from 'uuid';
import {
  asTenantId,
  systemScope,
  type Principal,
  type TenantId,
  type TenantScope,
  type TxScope,
} from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { LicenseModel } from './models/license.model.js';
import { TenantModel } from './models/tenant.model.js';
import { type LicenseTerms, TenantsRepository } from './tenants.repository.js';

export type { LicenseTerms } from './tenants.repository.js';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

interface Problem {
  field: string[];
  message: string;
}

function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  // Round-tripping rejects days that do not exist, such as 2026-02-30.
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Everything wrong with a licence's terms, each with its input path; empty when sound. */
export function licenseProblems(t: LicenseTerms): Problem[] {
  const out: Problem[] = [];
  const plan = t.plan.trim();
  if (plan.length < 1 || plan.length > 100) {
    out.push({ field: ['plan'], message: 'A plan name is 1 to 100 characters.' });
  }
  if (!Number.isInteger(t.seatLimit) || t.seatLimit < 0) {
    out.push({ field: ['seatLimit'], message: 'The seat limit is a whole number, 0 or more.' });
  }
  const startOk = isCalendarDay(t.termStart);
  const endOk = isCalendarDay(t.termEnd);
  if (!startOk)
    out.push({ field: ['termStart'], message: 'Use a calendar date written YYYY-MM-DD.' });
  if (!endOk) out.push({ field: ['termEnd'], message: 'Use a calendar date written YYYY-MM-DD.' });
  // Same-width ISO dates compare correctly as strings.
  if (startOk && endOk && t.termEnd <= t.termStart) {
    out.push({ field: ['termEnd'], message: 'The term must end after it starts.' });
  }
  return out;
}

/** Today's date in UTC, YYYY-MM-DD: terms are calendar days, judged the same everywhere. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A term covers its last day, so it has ended only once that day is over. */
export function licenseEnded(license: { termEnd: string }, today: string = utcToday()): boolean {
  return today > license.termEnd;
}

function throwProblems(problems: Problem[], prefix: string[] = []): void {
  const [first, ...more] = problems;
  if (!first) return;
  throw new AppError(
    'BAD_USER_INPUT',
    first.message,
    [...prefix, ...first.field],
    more.map((p) => ({ field: [...prefix, ...p.field], message: p.message })),
  );
}

function mayManageLicense(p: Principal): boolean {
  switch (p.kind) {
    case 'user':
      return p.role === 'owner';
    case 'apiKey':
      // A key is minted by an admin too; it must not carry more than an admin may do.
      return false;
    case 'system':
      return true;
  }
}

@Injectable()
export class TenantsService {
  constructor(
    private readonly repo: TenantsRepository,
    private readonly db: DatabaseService,
  ) {}

  /** Creates a tenant and its licence. System-level: no caller's tenant is involved. */
  async createTenant(input: {
    slug: string;
    name: string;
    license: LicenseTerms;
  }): Promise<{ tenantId: TenantId }> {
    const problems: Problem[] = [];
    if (!SLUG_PATTERN.test(input.slug)) {
      problems.push({
        field: ['slug'],
        message:
          'A slug is 2 to 63 lowercase letters, digits or hyphens, starting with a letter or digit.',
      });
    }
    const name = input.name.trim();
    if (name.length < 1 || name.length > 200) {
      problems.push({ field: ['name'], message: 'A workspace name is 1 to 200 characters.' });
    }
    problems.push(
      ...licenseProblems(input.license).map((p) => ({ ...p, field: ['license', ...p.field] })),
    );
    throwProblems(problems);

    const tenantId = asTenantId(v7());
    await this.repo.insertTenant({ id: tenantId, slug: input.slug, name });
    try {
      await this.db.tx(systemScope(tenantId, 'create tenant'), (tx) =>
        this.repo.upsertLicense(tx, { ...input.license, plan: input.license.plan.trim() }),
      );
    } catch (err) {
      // The tenant row committed on its own; without a licence it would be unusable and would
      // hold its slug forever, so take it back before reporting the failure.
      await this.repo.deleteTenant(tenantId);
      throw err;
    }
    return { tenantId };
  }

  async findIdBySlug(slug: string): Promise<TenantId | null> {
    const id = await this.repo.findIdBySlug(slug);
    return id === null ? null : asTenantId(id);
  }

  /** Every tenant, for system tasks that visit each one. */
  async listTenantIds(): Promise<TenantId[]> {
    return (await this.repo.listIds()).map(asTenantId);
  }

  /** Removes the organization's row (its tenant rows must be gone first: data-rights). */
  async deleteTenant(tenantId: TenantId): Promise<void> {
    await this.repo.deleteTenant(tenantId);
  }

  async getTenant(ctx: TenantScope): Promise<TenantModel> {
    const row = await this.repo.findTenant(ctx);
    if (!row) throw AppError.notFound('tenant');
    return TenantModel.of(row);
  }

  async getLicense(ctx: TenantScope): Promise<LicenseModel | null> {
    const row = await this.repo.findLicense(ctx);
    return row ? LicenseModel.of(row) : null;
  }

  /**
   * Locks the licence row until `tx` ends. Every change to the number of active seats takes this
   * lock first, so under READ COMMITTED the count that follows it sees every earlier change.
   */
  async lockLicense(tx: TxScope): Promise<LicenseModel> {
    const row = await this.repo.findLicense(tx, { lock: true });
    if (!row) throw new AppError('INVALID_STATE', 'This workspace has no licence yet.');
    return LicenseModel.of(row);
  }

  /** Seekers holding a seat right now. */
  countActiveSeats(ctx: TenantScope): Promise<number> {
    return this.repo.countActiveSeats(ctx);
  }

  /** Replaces the licence terms; owners only. Refuses a seat limit below the seats in use. */
  async setLicense(ctx: TenantScope, terms: LicenseTerms): Promise<LicenseModel> {
    if (!mayManageLicense(ctx.principal)) {
      throw new AppError('FORBIDDEN', 'Only an owner of the workspace changes its licence.');
    }
    throwProblems(licenseProblems(terms));
    return this.db.tx(ctx, async (tx) => {
      // Taken first, like activation does, so no seat can be filled between count and write.
      await this.repo.findLicense(tx, { lock: true });
      const used = await this.repo.countActiveSeats(tx);
      if (terms.seatLimit < used) {
        throw new AppError(
          'INVALID_STATE',
          `${used} ${used === 1 ? 'seeker is' : 'seekers are'} active; archive ${used - terms.seatLimit} before lowering the seat limit to ${terms.seatLimit}.`,
          ['seatLimit'],
        );
      }
      return LicenseModel.of(
        await this.repo.upsertLicense(tx, { ...terms, plan: terms.plan.trim() }),
      );
    });
  }
}
