/**
 * `npm run migration:run`: applies pending migrations as the schema owner (DATABASE_OWNER_URL),
 * for deployments that migrate before starting the api and worker.
 */
import { loadConfig } from '../src/config/app-config.js';
import { runMigrations } from '../src/platform/database/provision.js';

const config = loadConfig();
if (!config.database.ownerUrl) {
  process.stderr.write('DATABASE_OWNER_URL is required to run migrations.\n');
  process.exit(1);
}
const ran = await runMigrations(config.database.ownerUrl);
process.stdout.write(ran.length ? `Applied: ${ran.join(', ')}\n` : 'Nothing to apply.\n');
