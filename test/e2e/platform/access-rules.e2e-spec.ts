/**
 * Default deny, proved over the whole app: every Query and Mutation handler, found through Nest's
 * DiscoveryService, declares @Public or @Allow. A public handler is listed here by name, so
 * making something public is a reviewed change. And a handler without a rule is refused at run
 * time, not served.
 */
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { ACCESS_KEY, type Access } from '../../../src/platform/auth/access.decorators.js';

const RESOLVER_TYPE = 'graphql:resolver_type';
const PUBLIC_OPERATIONS = [
  'AuthResolver.acceptInvitation',
  'AuthResolver.login',
  'AuthResolver.logout',
  'AuthResolver.refreshSession',
];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

function handlers() {
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const out: { name: string; kind: string; access: Access | undefined }[] = [];
  const wrappers = [...t.perch.app.get(ModulesContainer).values()].flatMap((m) => [
    ...m.providers.values(),
  ]);
  for (const wrapper of wrappers) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const method of scanner.getAllMethodNames(proto)) {
      const fn = proto[method] as () => unknown;
      const kind = Reflect.getMetadata(RESOLVER_TYPE, fn) as string | undefined;
      if (kind !== 'Query' && kind !== 'Mutation' && kind !== 'Subscription') continue;
      const access = reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
        fn,
        instance.constructor,
      ]);
      out.push({ name: `${instance.constructor.name}.${method}`, kind, access });
    }
  }
  return out;
}

describe('access rules', () => {
  it('finds the resolvers (the scan is not empty)', () => {
    expect(handlers().length).toBeGreaterThan(20);
  });

  it('has an access rule on every Query and Mutation handler', () => {
    expect(
      handlers()
        .filter((h) => !h.access)
        .map((h) => h.name),
    ).toEqual([]);
  });

  it('makes public only sign-in, refresh, logout and accepting an invitation', () => {
    const pub = handlers()
      .filter((h) => h.access?.public)
      .map((h) => h.name)
      .sort();
    expect(pub).toEqual(PUBLIC_OPERATIONS);
  });

  it('never lets a person without a role in the list through, nor an API key without the scope', () => {
    for (const h of handlers()) {
      if (!h.access || h.access.public) continue;
      expect(h.access.roles.length).toBeGreaterThan(0);
      if (h.kind === 'Mutation') expect(h.access.scopes ?? []).not.toContain('read');
    }
  });
});
