import { Field, ObjectType } from '@nestjs/graphql';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import { Connection } from '../../../platform/graphql/pagination.js';
import type { CoachNoteEntity } from '../entities/coach-note.entity.js';

/** A note staff keep on a seeker's timeline; never shown to the seeker. */
@ObjectType('CoachNote', { implements: () => [Node] })
export class CoachNoteModel extends Node {
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;

  // Database ids, for field resolvers; not part of the schema.
  uuid!: string;
  seekerId!: string;
  authorId!: string | null;

  static of(row: CoachNoteEntity): CoachNoteModel {
    return Object.assign(new CoachNoteModel(), {
      id: toGlobalId('CoachNote', row.id),
      uuid: row.id,
      seekerId: row.seekerId,
      authorId: row.authorId,
      body: row.body,
      createdAt: row.createdAt,
    });
  }
}

@ObjectType()
export class CoachNoteConnection extends Connection(CoachNoteModel, 'CoachNote') {}
