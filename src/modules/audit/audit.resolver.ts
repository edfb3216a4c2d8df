import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, MANAGERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AuditEventConnection, AuditEventsArgs } from './audit.models.js';
import { AuditService } from './audit.service.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Query(() => AuditEventConnection, {
    description:
      'The audit log, newest first: every mutation and every read of one seeker’s data, with who, when and through which session or API key. Owners and admins, and API keys with the admin scope. `seekerId` answers “who looked at this student’s data”.',
  })
  auditEvents(@Ctx() ctx: TenantScope, @Args() args: AuditEventsArgs) {
    return this.audit.list(ctx, args);
  }
}
