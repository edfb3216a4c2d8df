/**
 * `npm run secrets:rotate`: re-encrypts every secret at rest with the primary key of
 * PERCH_MASTER_KEY (see docs/decisions.md, "Secrets at rest"). Safe to run twice.
 */
import { loadConfig } from '../src/config/app-config.js';
import { createPerch } from '../src/bootstrap.js';
import { TenantsService } from '../src/modules/tenants/tenants.service.js';
import { rotateXTokens } from '../src/modules/x-connect/x-connect.rotation.js';
import { DatabaseService } from '../src/platform/database/database.service.js';
import { SecretBox } from '@libs/secrets';

const perch = await createPerch({ ...loadConfig(), role: 'worker', demoSeed: false });
try {
  const tenants = await perch.app.get(TenantsService).listTenantIds();
  const done = await rotateXTokens(
    perch.app.get(DatabaseService),
    perch.app.get(SecretBox),
    tenants,
  );
  process.stdout.write(`Re-encrypted ${done.values} values in ${done.rows} rows.\n`);
} finally {
  await perch.close();
}
