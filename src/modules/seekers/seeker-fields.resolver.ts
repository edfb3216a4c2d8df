/**
 * Fields of Seeker. Each goes through a per-request DataLoader, so a page of seekers costs one
 * batch per field, whatever the page size. The parent seeker was already shown to the caller,
 * which is the visibility check; coach notes add the staff-only rule in the service.
 */
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { Loaders, type LoaderRegistry } from '../../platform/graphql/loaders.js';
import { PageArgs, type Page } from '../../platform/graphql/pagination.js';
import { StaffMemberModel } from '../identity/models/staff-member.model.js';
import { CoachNoteConnection, CoachNoteModel } from './models/coach-note.model.js';
import { ConsentModel } from './models/consent.model.js';
import { SeekerModel } from './models/seeker.model.js';
import { SeekersService } from './seekers.service.js';

@Resolver(() => SeekerModel)
export class SeekerFieldsResolver {
  constructor(private readonly seekers: SeekersService) {}

  @ResolveField(() => [StaffMemberModel], { description: 'Staff assigned to coach this seeker.' })
  coaches(
    @Parent() seeker: SeekerModel,
    @Ctx() ctx: TenantScope,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<StaffMemberModel[]> {
    return loaders
      .get<string, StaffMemberModel[]>('seeker.coaches', (ids) => this.seekers.coachesFor(ctx, ids))
      .load(seeker.uuid);
  }

  @ResolveField(() => CoachNoteModel, {
    nullable: true,
    description: 'The newest coach note; staff only.',
  })
  latestNote(
    @Parent() seeker: SeekerModel,
    @Ctx() ctx: TenantScope,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<CoachNoteModel | null> {
    return loaders
      .get<string, CoachNoteModel | null>('seeker.latestNote', (ids) =>
        this.seekers.latestNotesFor(ctx, ids),
      )
      .load(seeker.uuid);
  }

  @ResolveField(() => CoachNoteConnection, {
    description: 'Coach notes, oldest first; staff only.',
  })
  notes(
    @Parent() seeker: SeekerModel,
    @Args() args: PageArgs,
    @Ctx() ctx: TenantScope,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<Page<CoachNoteModel>> {
    // One loader per distinct page request: seekers asked with the same arguments share a batch.
    const key = `seeker.notes:${args.first ?? ''}:${args.after ?? ''}`;
    return loaders
      .get<string, Page<CoachNoteModel>>(key, (ids) => this.seekers.notesFor(ctx, ids, args))
      .load(seeker.uuid);
  }

  @ResolveField(() => [ConsentModel], {
    description: 'Every consent record, standing and revoked, newest first.',
  })
  consents(
    @Parent() seeker: SeekerModel,
    @Ctx() ctx: TenantScope,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<ConsentModel[]> {
    return loaders
      .get<string, ConsentModel[]>('seeker.consents', (ids) => this.seekers.consentsFor(ctx, ids))
      .load(seeker.uuid);
  }
}
