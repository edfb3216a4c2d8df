import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, STAFF } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { Loaders, LoaderRegistry } from '../../platform/graphql/loaders.js';
import { SeekerModel } from '../seekers/models/seeker.model.js';
import { XArchiveImportModel } from './models/x-archive-import.model.js';
import { XArchiveService } from './x-archive.service.js';

@Resolver(() => SeekerModel)
export class XArchiveResolver {
  constructor(private readonly archive: XArchiveService) {}

  @Allow({ roles: [...STAFF, 'seeker'], scopes: ['read'] })
  @Query(() => XArchiveImportModel, { description: 'An X archive import and its progress.' })
  async xArchiveImport(
    @Ctx() ctx: TenantScope,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<XArchiveImportModel> {
    const row = await this.archive.find(ctx, fromGlobalId(id, 'XArchiveImport'));
    if (!row) throw AppError.notFound('archive import');
    return XArchiveImportModel.of(row);
  }

  @ResolveField(() => [XArchiveImportModel], { description: 'X archive imports, newest first.' })
  async xArchiveImports(
    @Ctx() ctx: TenantScope,
    @Loaders() loaders: LoaderRegistry,
    @Parent() seeker: SeekerModel,
  ): Promise<XArchiveImportModel[]> {
    const loader = loaders.get<string, XArchiveImportModel[]>(
      'seeker.xArchiveImports',
      async (ids) => {
        const rows = await this.archive.importsOf(ctx, ids);
        return ids.map((sid) =>
          rows.filter((r) => r.seekerId === sid).map((r) => XArchiveImportModel.of(r)),
        );
      },
    );
    return loader.load(seeker.uuid);
  }
}
