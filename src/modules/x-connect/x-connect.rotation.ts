/**
 * Key rotation for X tokens at rest: every value not under the primary key is decrypted with the
 * key that made it and encrypted again with the primary, row by row under the tenant's rules.
 * After a run, the old key can leave PERCH_MASTER_KEY: nothing still needs it.
 */
import type { SecretBox } from '@libs/secrets';
import type { DatabaseService } from '../../platform/database/database.service.js';
import { systemScope, type TenantId } from '../../platform/database/context.js';

export async function rotateXTokens(
  db: DatabaseService,
  box: SecretBox,
  tenantIds: readonly TenantId[],
): Promise<{ rows: number; values: number }> {
  let rows = 0;
  let values = 0;
  for (const tenantId of tenantIds) {
    await db.tx(systemScope(tenantId, 'rotate secrets'), async (tx) => {
      const found = await tx.manager.query<
        { id: string; access_token_enc: string; refresh_token_enc: string | null }[]
      >(
        `select id, access_token_enc, refresh_token_enc from x_connections where tenant_id = $1 for update`,
        [tenantId],
      );
      for (const r of found) {
        const place = (column: string) => ({
          tenantId,
          table: 'x_connections',
          column,
          rowId: r.id,
        });
        const at = box.needsRotation(r.access_token_enc)
          ? box.reencrypt(r.access_token_enc, place('access_token_enc'))
          : r.access_token_enc;
        const rt =
          r.refresh_token_enc && box.needsRotation(r.refresh_token_enc)
            ? box.reencrypt(r.refresh_token_enc, place('refresh_token_enc'))
            : r.refresh_token_enc;
        const changed = Number(at !== r.access_token_enc) + Number(rt !== r.refresh_token_enc);
        if (!changed) continue;
        await tx.manager.query(
          `update x_connections set access_token_enc = $3, refresh_token_enc = $4 where tenant_id = $1 and id = $2`,
          [tenantId, r.id, at, rt],
        );
        rows++;
        values += changed;
      }
    });
  }
  return { rows, values };
}
