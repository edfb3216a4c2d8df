/**
 * `POST /imports/x-archive?seekerId=…` with the zip as the body (application/zip). The body is
 * streamed to a temporary file under a size cap, never held in memory; the answer (202) names
 * the import, whose progress the GraphQL field `xArchiveImport(id)` reports.
 */
import { Controller, HttpCode, HttpException, HttpStatus, Post, Query, Req } from '@nestjs/common';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { v7 } from 'uuid';
import { Allow, Ctx, WRITERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { XArchiveImportModel } from './models/x-archive-import.model.js';
import { XArchiveService } from './x-archive.service.js';

/** Larger than any real archive of text; media is not read. */
export const MAX_ARCHIVE_BYTES = 512 * 1024 ** 2;

/** The request body as a stream, on Express (the request itself) or Fastify (its raw request). */
function bodyStream(req: unknown): IncomingMessage {
  const raw = (req as { raw?: IncomingMessage }).raw;
  return raw ?? (req as IncomingMessage);
}

async function saveCapped(body: IncomingMessage, file: string, max: number): Promise<number> {
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > max) done(new HttpException('too large', HttpStatus.PAYLOAD_TOO_LARGE));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, cap, createWriteStream(file, { mode: 0o600 }));
    return bytes;
  } catch (err) {
    await rm(file, { force: true });
    throw err;
  }
}

@Controller('imports')
export class XArchiveController {
  constructor(private readonly archive: XArchiveService) {}

  @Allow({ roles: [...WRITERS, 'seeker'], scopes: ['write'] })
  @Post('x-archive')
  @HttpCode(202)
  async upload(
    @Ctx() ctx: TenantScope,
    @Query('seekerId') seekerGid: string | undefined,
    @Req() req: unknown,
  ): Promise<{ import: { id: string; status: string } }> {
    if (!seekerGid) throw AppError.badInput('Name the seeker: /imports/x-archive?seekerId=…');
    const seekerId = fromGlobalId(seekerGid, 'Seeker');
    await this.archive.assertMayImport(ctx, seekerId);
    const file = join(tmpdir(), `perch-archive-${v7()}.zip`);
    const bytes = await saveCapped(bodyStream(req), file, MAX_ARCHIVE_BYTES);
    if (bytes === 0) {
      await rm(file, { force: true });
      throw AppError.badInput('The request body is empty: send the archive zip as the body.');
    }
    const row = await this.archive.start(ctx, seekerId, file, bytes);
    const model = XArchiveImportModel.of(row);
    return { import: { id: model.id, status: model.status } };
  }
}
