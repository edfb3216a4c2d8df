/**
 * A second Perch worker process that polls one source (argv[2]) and exits. Configuration comes
 * from the environment, as for `npm start`; its log lines (JSON on stdout) tell the test where
 * it is, so the test can kill it at a chosen moment.
 */
import { createPerch } from '../../../src/bootstrap.js';
import { loadConfig } from '../../../src/config/app-config.js';
import { IngestionPoller } from '../../../src/modules/ingestion/ingestion.poller.js';

const perch = await createPerch(loadConfig(process.env));
process.stdout.write(`${JSON.stringify({ msg: 'child ready' })}\n`);
const result = await perch.app.get(IngestionPoller).poll(process.argv[2]);
process.stdout.write(`${JSON.stringify({ msg: 'child done', result })}\n`);
await perch.close();
