/**
 * schema.graphql is the published contract: it must equal the schema the server builds. Run
 * `npm run schema:write` after changing types, and review the diff like any API change.
 */
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../../helpers/app.js';

const FILE = new URL('../../../schema.graphql', import.meta.url);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('schema.graphql', () => {
  it('matches the schema the server serves', () => {
    const live = `${printSchema(lexicographicSortSchema(t.perch.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, live);
    expect(readFileSync(FILE, 'utf8')).toBe(live);
  });
});
