import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { Loaders, type LoaderRegistry } from '../../platform/graphql/loaders.js';
import { StaffMemberModel } from '../identity/models/staff-member.model.js';
import { CoachNoteModel } from './models/coach-note.model.js';
import { SeekersService } from './seekers.service.js';

@Resolver(() => CoachNoteModel)
export class CoachNoteFieldsResolver {
  constructor(private readonly seekers: SeekersService) {}

  @ResolveField(() => StaffMemberModel, {
    nullable: true,
    description: 'Who wrote it; null if written through an API key or by a removed member.',
  })
  async author(
    @Parent() note: CoachNoteModel,
    @Ctx() ctx: TenantScope,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<StaffMemberModel | null> {
    if (!note.authorId) return null;
    return loaders
      .get<string, StaffMemberModel | null>('coachNote.author', (ids) =>
        this.seekers.authorsFor(ctx, ids),
      )
      .load(note.authorId);
  }
}
