/**
 * The console's persisted operations: the safelist a production api accepts from signed-in
 * people (src/platform/graphql/persisted-operations.ts) is exactly the operations the console
 * sends, hashed as sent. Regenerate after `npm run console:codegen` with
 * `UPDATE_PERSISTED_OPERATIONS=1 npm run test:only -- test/integration/console/persisted-operations`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import * as docs from '../../../console/src/gql/graphql.js';
import { PERSISTED_OPERATIONS } from '../../../src/platform/graphql/persisted-operations.js';

const FILE = join(process.cwd(), 'src/platform/graphql/persisted-operations.ts');

function fromConsole(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(docs)) {
    if (!(value instanceof docs.TypedDocumentString)) continue;
    const text = value.toString();
    const op = /^\s*(query|mutation|subscription)\s+(\w+)/.exec(text);
    if (!op) continue; // a fragment: it travels inside the operations that use it
    out[createHash('sha256').update(text).digest('hex')] = op[2] ?? name;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

it('lists exactly the operations the console sends', async () => {
  const want = fromConsole();
  expect(Object.keys(want).length).toBeGreaterThan(50);
  if (process.env.UPDATE_PERSISTED_OPERATIONS) {
    const head = readFileSync(FILE, 'utf8').split('export const PERSISTED_OPERATIONS')[0];
    const text = `${head}export const PERSISTED_OPERATIONS: Readonly<Record<string, string>> = ${JSON.stringify(want)};\n`;
    // Formatted as the lint wants it, so no other step is needed.
    const options = (await prettier.resolveConfig(FILE)) ?? {};
    writeFileSync(FILE, await prettier.format(text, { ...options, filepath: FILE }));
    return;
  }
  expect(PERSISTED_OPERATIONS).toEqual(want);
});
