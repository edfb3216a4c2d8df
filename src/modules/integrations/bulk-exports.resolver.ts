import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, MANAGERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { PageArgs, pageSize, toPage } from '../../platform/graphql/pagination.js';
import {
  BulkExportConnection,
  BulkExportModel,
  RunBulkExportInput,
  RunBulkExportPayload,
} from './bulk-exports.models.js';
import { BulkExportsService, EXPORT_PARTS } from './bulk-exports.service.js';

const ADMIN = { roles: MANAGERS, scopes: ['admin'] } as const;

@Resolver()
export class BulkExportsResolver {
  constructor(private readonly exports: BulkExportsService) {}

  @Allow(ADMIN)
  @Mutation(() => RunBulkExportPayload, {
    description:
      'Starts an export of the tenant’s seekers, pipelines and outcomes as JSONL. One at a time per client (CONFLICT otherwise).',
  })
  async runBulkExport(
    @Ctx() ctx: TenantScope,
    @Args('input') input: RunBulkExportInput,
  ): Promise<RunBulkExportPayload> {
    const row = await this.exports.start(ctx, input.include ?? [...EXPORT_PARTS]);
    return { bulkExport: BulkExportModel.of(row, null), userErrors: [] };
  }

  @Allow(ADMIN)
  @Query(() => BulkExportModel, { description: 'One export, for polling its status.' })
  async bulkExport(@Ctx() ctx: TenantScope, @Args('id', { type: () => ID }) id: string) {
    const row = await this.exports.find(ctx, fromGlobalId(id, 'BulkExport'));
    if (!row) throw AppError.notFound('bulk export');
    return BulkExportModel.of(row, this.exports.url(ctx.tenantId, row));
  }

  @Allow(ADMIN)
  @Query(() => BulkExportConnection, { description: 'The tenant’s exports, newest first.' })
  async bulkExports(@Ctx() ctx: TenantScope, @Args() args: PageArgs) {
    const first = pageSize(args);
    const rows = await this.exports.list(ctx, args.after, first + 1);
    return toPage(rows, first, args.after, (r) =>
      BulkExportModel.of(r, this.exports.url(ctx.tenantId, r)),
    );
  }
}
