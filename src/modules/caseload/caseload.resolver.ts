import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, STAFF } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { CaseloadEntryModel } from './caseload.models.js';
import { CaseloadService, MAX_CASELOAD } from './caseload.service.js';

@Resolver()
export class CaseloadResolver {
  constructor(private readonly service: CaseloadService) {}

  @Allow({ roles: STAFF, scopes: ['read'] })
  @Query(() => [CaseloadEntryModel], {
    description: `Every seeker the caller is responsible for (all of them for admins and viewers), by name, with progress across the seven capabilities and at-risk flags. At most ${MAX_CASELOAD}.`,
  })
  async caseload(
    @Ctx() ctx: TenantScope,
    @Args('first', { type: () => Int, defaultValue: 500 }) first: number,
  ): Promise<CaseloadEntryModel[]> {
    if (first < 1 || first > MAX_CASELOAD) {
      throw AppError.badInput(`first is 1 to ${MAX_CASELOAD}.`, ['first']);
    }
    return this.service.caseload(ctx, first);
  }
}
