/**
 * The schema promise to integrators: no unannounced breaking change. schema.graphql (generated
 * from the code) is diffed against the published baseline, docs/schema/published.graphql, with
 * GraphQL Inspector; a breaking change fails unless docs/schema/announced-changes.json lists it
 * (announced, with a date and a reason). Deprecations and additions pass. After a release, copy
 * schema.graphql over the baseline and empty the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const root = process.cwd();
const load = (path: string) => buildSchema(readFileSync(join(root, path), 'utf8'));

interface Announced {
  type: string;
  path: string;
  announcedOn: string;
  reason: string;
}

const breaking = (changes: Change[]) =>
  changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);

it('has no breaking change against the published schema that was not announced', async () => {
  const changes = await diff(load('docs/schema/published.graphql'), load('schema.graphql'));
  const announced = (
    JSON.parse(readFileSync(join(root, 'docs/schema/announced-changes.json'), 'utf8')) as {
      changes: Announced[];
    }
  ).changes;
  for (const a of announced) {
    expect(a.announcedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(a.reason.length).toBeGreaterThan(10);
  }
  const unannounced = breaking(changes)
    .filter((c) => !announced.some((a) => a.type === c.type && a.path === c.path))
    .map((c) => `${c.type} ${c.path ?? ''}: ${c.message}`);
  expect(unannounced).toEqual([]);
});

it('tells a removed field (breaking) from a deprecated one (safe)', async () => {
  const before = buildSchema(`type Query { a: String b: String }`);
  const removed = buildSchema(`type Query { a: String }`);
  const deprecated = buildSchema(
    `type Query { a: String b: String @deprecated(reason: "Use a; removal 2027-04-01") }`,
  );
  expect(breaking(await diff(before, removed)).map((c) => c.path)).toEqual(['Query.b']);
  expect(breaking(await diff(before, deprecated))).toEqual([]);
});
