import { Injectable } from '@nestjs/common';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { parseGlobalId } from '../../platform/graphql/global-id.js';
import { decodeCursor, type Page, toPage } from '../../platform/graphql/pagination.js';
import { AuditEventModel, type AuditEventsArgs, type AuditRow } from './audit.models.js';
import { AuditRepository } from './audit.repository.js';

@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  async list(ctx: TenantScope, args: AuditEventsArgs): Promise<Page<AuditEventModel>> {
    const first = args.first ?? 20;
    const seekerId = args.seekerId ? this.idOf(args.seekerId, ['Seeker'], 'seeker') : null;
    const actorId = args.actorId
      ? this.idOf(args.actorId, ['StaffMember', 'ApiKey'], 'staff member or API key')
      : null;
    const since = args.since ? new Date(args.since) : null;
    const until = args.until ? new Date(args.until) : null;
    const filter = {
      seekerId,
      actorId,
      action: args.action ?? null,
      kind: args.kind ?? null,
      since,
      until,
    };
    const rows = await this.repo.list(ctx, filter, decodeCursor(args.after), first + 1);
    if (!rows.length && (seekerId || actorId)) {
      // An id this tenant never had is NOT_FOUND, as everywhere; one it had (an erased seeker,
      // a removed key) still has its history.
      const known = await this.repo.mentions(ctx, seekerId, actorId);
      if (!known) throw AppError.notFound(seekerId ? 'seeker' : 'staff member or API key');
    }
    return toPage(rows, first, args.after, (r) => AuditEventModel.of(r));
  }

  async find(ctx: TenantScope, uuid: string): Promise<AuditRow | null> {
    return this.repo.one(ctx, uuid);
  }

  private idOf(id: string, types: string[], what: string): string {
    const g = parseGlobalId(id);
    if (!g || !types.includes(g.type)) throw AppError.notFound(what);
    return g.uuid;
  }
}
