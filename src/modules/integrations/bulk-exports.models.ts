import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional } from 'class-validator';
import { Node } from '../../platform/graphql/node.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { Connection } from '../../platform/graphql/pagination.js';
import { Payload } from '../../platform/graphql/user-error.js';
import type { ExportRow } from './bulk-exports.repository.js';

export enum BulkExportPart {
  SEEKERS = 'seekers',
  PIPELINES = 'pipelines',
  OUTCOMES = 'outcomes',
}
registerEnumType(BulkExportPart, {
  name: 'BulkExportPart',
  description:
    'SEEKERS: one `Seeker` line each. PIPELINES: `JobApplication` lines (with their stage history), `__parentId` = the seeker. OUTCOMES: one `SeekerOutcome` line per seeker, `__parentId` = the seeker.',
});

export enum BulkExportStatus {
  CREATED = 'created',
  RUNNING = 'running',
  COMPLETED = 'completed',
  FAILED = 'failed',
}
registerEnumType(BulkExportStatus, { name: 'BulkExportStatus' });

@ObjectType('BulkExport', {
  implements: () => [Node],
  description:
    'An asynchronous export of the tenant as gzipped JSONL. Poll it (or subscribe to `bulk_export.completed`), then download `url` before `expiresAt` (7 days).',
})
export class BulkExportModel extends Node {
  @Field(() => BulkExportStatus) status!: BulkExportStatus;
  @Field(() => [BulkExportPart]) include!: BulkExportPart[];
  @Field(() => Int, { description: 'Lines written (when completed).' }) objectCount!: number;
  @Field(() => String, { nullable: true }) errorMessage!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Signed download address (gzip of JSONL); null until completed and after expiry.',
  })
  url!: string | null;
  @Field(() => Int, { nullable: true }) fileBytes!: number | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the gzip file, hex.' })
  sha256!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;

  static of(r: ExportRow, url: string | null): BulkExportModel {
    return Object.assign(new BulkExportModel(), {
      id: toGlobalId('BulkExport', r.id),
      status: r.status as BulkExportStatus,
      include: r.include as BulkExportPart[],
      objectCount: r.objectCount,
      errorMessage: r.error,
      url,
      fileBytes: r.fileBytes,
      sha256: r.sha256,
      createdAt: r.createdAt,
      completedAt: r.completedAt,
      expiresAt: r.expiresAt,
    });
  }
}

@ObjectType()
export class BulkExportConnection extends Connection(BulkExportModel, 'BulkExport') {}

@InputType()
export class RunBulkExportInput {
  @Field(() => [BulkExportPart], {
    nullable: true,
    description: 'What to include (default: all three).',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsEnum(BulkExportPart, { each: true })
  include?: BulkExportPart[];
}

@ObjectType()
export class RunBulkExportPayload extends Payload {
  @Field(() => BulkExportModel, { nullable: true }) bulkExport?: BulkExportModel | null;
}
