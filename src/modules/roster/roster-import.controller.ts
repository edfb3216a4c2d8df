/**
 * `POST /imports/roster?dryRun=true|false` with the CSV as the body (text/csv or
 * application/octet-stream). The file is read under a size cap and checked whole; the answer
 * (202) names the import, whose progress and report the GraphQL field `rosterImport(id)` gives.
 */
import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { Allow, Ctx, MANAGERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { MAX_ROSTER_BYTES } from './roster-csv.js';
import { publicStatus, RosterImportService } from './roster-import.service.js';

function bodyStream(req: unknown): IncomingMessage {
  return (req as { raw?: IncomingMessage }).raw ?? (req as IncomingMessage);
}

async function readCapped(body: IncomingMessage, max: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > max) {
      throw AppError.badInput(`The file is larger than ${max / 1024 ** 2} MB; split it.`, ['file']);
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

@Controller('imports')
export class RosterImportController {
  constructor(private readonly imports: RosterImportService) {}

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Post('roster')
  @HttpCode(202)
  async upload(
    @Ctx() ctx: TenantScope,
    @Query('dryRun') dryRun: string | undefined,
    @Req() req: unknown,
  ): Promise<{ import: { id: string; status: string; totalRows: number; dryRun: boolean } }> {
    const dry = dryRun === undefined || dryRun === 'true' || dryRun === '1';
    if (dryRun !== undefined && !['true', 'false', '1', '0'].includes(dryRun)) {
      throw AppError.badInput('dryRun is true or false.', ['dryRun']);
    }
    const file = await readCapped(bodyStream(req), MAX_ROSTER_BYTES);
    const row = await this.imports.start(ctx, file, dry);
    return {
      import: {
        id: toGlobalId('RosterImport', row.id),
        status: publicStatus(row.status),
        totalRows: row.totalRows,
        dryRun: row.dryRun,
      },
    };
  }
}
