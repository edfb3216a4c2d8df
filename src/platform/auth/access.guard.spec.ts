import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { AccessGuard } from './access.guard.js';
import { Allow, Public } from './access.decorators.js';
import type { TenantScope } from '../database/context.js';

class Handlers {
  undecided() {}
  @Public() open() {}
  @Allow({ roles: ['owner', 'admin'], scopes: ['write'] }) manage() {}
}

function run(handler: () => void, perch?: TenantScope) {
  const req = { headers: {}, perch };
  const ctx = new ExecutionContextHost([req, {}], Handlers, handler);
  ctx.setType('http');
  // Plain HTTP requests never open a read session, so no database is needed here.
  return new AccessGuard(new Reflector(), undefined as never).canActivate(ctx);
}

const user = (role: 'owner' | 'coach'): TenantScope => ({
  tenantId: 't' as TenantScope['tenantId'],
  principal: { kind: 'user', userId: 'u', membershipId: 'm', role, seekerId: null },
});
const key = (scopes: ('read' | 'write' | 'admin')[]): TenantScope => ({
  tenantId: 't' as TenantScope['tenantId'],
  principal: { kind: 'apiKey', apiKeyId: 'k', scopes },
});

describe(AccessGuard.name, () => {
  const h = Handlers.prototype;

  it('refuses a handler that declares no access rule, even for an owner', async () => {
    await expect(run(h.undecided, user('owner'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets anyone call a public handler', async () => {
    await expect(run(h.open)).resolves.toBe(true);
  });

  it('asks for sign-in when no credentials were sent', async () => {
    await expect(run(h.manage)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('checks the role of a person', async () => {
    await expect(run(h.manage, user('owner'))).resolves.toBe(true);
    await expect(run(h.manage, user('coach'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('treats admin as including write, and write as excluding nothing below it', async () => {
    await expect(run(h.manage, key(['admin']))).resolves.toBe(true);
    await expect(run(h.manage, key(['write']))).resolves.toBe(true);
    await expect(run(h.manage, key(['read']))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
