/**
 * The safelist (production's default): a person's session runs only the console's persisted
 * operations; API keys may run any operation.
 */
import { jest } from '@jest/globals';
import { ApiKeysPageListDocument } from '../../../console/src/gql/graphql.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { newTenant, type TestTenant } from '../../helpers/factories.js';

jest.setTimeout(60_000);

let t: TestApp;
let a: TestTenant;

beforeAll(async () => {
  t = await startTestApp({ GRAPHQL_SAFELIST: 'true' });
  a = await newTenant(t);
});
afterAll(() => t?.close());

it('lets a session run the console’s operations and nothing else', async () => {
  const listed = await t.gql(ApiKeysPageListDocument.toString(), { after: null }, a.ownerToken);
  expect(listed.errors).toBeUndefined();
  expect(listed.data.apiKeys.nodes).toEqual([]);
  // The same operation reformatted is another text: not listed.
  const reformatted = await t.gql(
    ApiKeysPageListDocument.toString().replace(/\s+/g, ' '),
    { after: null },
    a.ownerToken,
  );
  expect(reformatted.status).toBe(403);
  expect(reformatted.errors?.[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
  const other = await t.gql(`{ seekers(first: 5) { nodes { id } } }`, {}, a.ownerToken);
  expect(other.errors?.[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
  expect(other.data ?? null).toBeNull();
});

it('lets API keys and sign-in run any operation', async () => {
  const created = await t.gql(
    `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }`,
    { i: { name: 'etl', scopes: ['READ'] } },
    a.ownerToken,
  );
  // createApiKey as written here is not the console's text either.
  expect(created.errors?.[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
  const viaConsole = await t.gql(
    (await import('../../../console/src/gql/graphql.js')).ApiKeysPageCreateDocument.toString(),
    { input: { name: 'etl', scopes: ['READ'], expiresAt: null } },
    a.ownerToken,
  );
  const key = viaConsole.data.createApiKey.token as string;
  const any = await t.gql(`{ seekers(first: 5) { nodes { id } } }`, {}, key);
  expect(any.errors).toBeUndefined();
});
