/**
 * The console's typed operations are generated from schema.graphql (`npm run console:codegen`).
 * A schema change that would break an operation, or generated types that were not regenerated,
 * fail here rather than in a coach's browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../../../console/codegen.js';

it('console/src/gql matches what codegen makes from the API schema and the console’s operations', async () => {
  const outputs = (await generate({ ...config, cwd: process.cwd(), silent: true }, false)) as {
    filename: string;
    content: string;
  }[];
  expect(outputs.length).toBeGreaterThan(0);
  for (const o of outputs) {
    const committed = readFileSync(join(process.cwd(), o.filename), 'utf8');
    expect({ file: o.filename, same: committed === o.content }).toEqual({
      file: o.filename,
      same: true,
    });
  }
}, 60_000);
