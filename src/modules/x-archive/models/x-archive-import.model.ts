import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import type { ImportRow } from '../x-archive.repository.js';

export enum ArchiveImportStatus {
  PROCESSING = 'processing',
  COMPLETED = 'completed',
  FAILED = 'failed',
}
registerEnumType(ArchiveImportStatus, { name: 'ArchiveImportStatus' });

@ObjectType('XArchiveImport', { implements: () => [Node] })
export class XArchiveImportModel extends Node {
  @Field(() => ArchiveImportStatus) status!: ArchiveImportStatus;
  @Field(() => String, {
    nullable: true,
    description: 'ARCHIVE_BOMB, ARCHIVE_NOT_X, ARCHIVE_MALFORMED, …',
  })
  errorCode!: string | null;
  @Field(() => String, { nullable: true }) errorMessage!: string | null;
  @Field(() => Float, { description: 'Size of the uploaded zip.' }) bytes!: number;
  @Field(() => String, { nullable: true }) xUsername!: string | null;
  @Field(() => Int, { description: 'Posts added by this import (a re-import adds none).' })
  posts!: number;
  @Field(() => Int) following!: number;
  @Field(() => Int) followers!: number;
  @Field(() => Float, { description: 'Share of the archive read, 0 to 1.' }) progress!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;

  static of(r: ImportRow): XArchiveImportModel {
    return Object.assign(new XArchiveImportModel(), {
      id: toGlobalId('XArchiveImport', r.id),
      status: r.status as ArchiveImportStatus,
      errorCode: r.errorCode,
      errorMessage: r.errorMessage,
      bytes: r.bytes,
      xUsername: r.xUsername,
      posts: r.posts,
      following: r.following,
      followers: r.followers,
      progress: r.status === 'completed' ? 1 : r.entriesTotal ? r.entriesDone / r.entriesTotal : 0,
      createdAt: r.createdAt,
      finishedAt: r.finishedAt,
    });
  }
}
