/**
 * The browser side of per-tenant sign-on, under /auth/sso/:tenant. A successful sign-in ends
 * like a password sign-in at /session/login: the console's refresh cookie is set, and the
 * browser is sent to the console, which picks the session up with /session/refresh. A refusal
 * answers 4xx JSON naming the reason (`extensions.reason`), never a 500 — but the console's own
 * entry, /login, sends the browser back to the sign-in page with the reason instead.
 */
import {
  Body,
  Controller,
  Get,
  Inject,
  Logger,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AuditRecorder } from '../../platform/audit/audit-recorder.js';
import { Public } from '../../platform/auth/access.decorators.js';
import { systemScope, type TenantScope } from '../../platform/database/context.js';
import { startConsoleSession, type HeaderReply } from '../identity/session.controller.js';
import type { IssuedSession } from '../identity/identity.service.js';
import { reasonFromError, SsoRefusal } from './sso.errors.js';
import { SsoService, type SsoTenant } from './sso.service.js';

/** What the audit log and the choice of answer need of the request. */
interface Req {
  id?: unknown;
  ip?: unknown;
  headers: Record<string, string | string[] | undefined>;
}

/** The reply methods Fastify's and Express's replies both have. */
interface Reply extends HeaderReply {
  status?(n: number): Reply;
  code?(n: number): Reply;
  send(body?: unknown): unknown;
}

function send(reply: Reply, status: number, body: string | object, type: string): void {
  reply.header('content-type', type);
  reply.header('cache-control', 'no-store');
  const r = reply.code ? reply.code(status) : reply.status!(status);
  r.send(typeof body === 'string' ? body : JSON.stringify(body));
}

@Controller('auth/sso/:tenant')
export class SsoController {
  private readonly logger = new Logger(SsoController.name);

  constructor(
    private readonly sso: SsoService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditRecorder,
  ) {}

  /** The console's "Sign in with SSO": whichever protocol the organization uses. */
  @Public()
  @Get('login')
  async login(@Param('tenant') slug: string, @Res() reply: Reply): Promise<void> {
    let url: string;
    try {
      const t = await this.sso.resolve(slug, null);
      url =
        t.connection.protocol === 'saml'
          ? await this.sso.samlLoginUrl(t)
          : await this.sso.oidcLoginUrl(t);
    } catch (err) {
      // A person typed an organization's short name in the console: a refusal goes back to the
      // sign-in page with the reason, rather than to a page of JSON.
      this.refusalPage(reply, err);
      return;
    }
    this.redirect(reply, url);
  }

  @Public()
  @Get('saml/metadata')
  async samlMetadata(@Param('tenant') slug: string, @Res() reply: Reply): Promise<void> {
    await this.answer(reply, null, async () => {
      const t = await this.sso.resolve(slug, 'saml');
      send(reply, 200, this.sso.samlMetadata(t), 'application/samlmetadata+xml; charset=utf-8');
    });
  }

  @Public()
  @Get('saml/login')
  async samlLogin(
    @Param('tenant') slug: string,
    @Req() req: Req,
    @Res() reply: Reply,
  ): Promise<void> {
    await this.answer(reply, req, async () => {
      const t = await this.sso.resolve(slug, 'saml');
      this.redirect(reply, await this.sso.samlLoginUrl(t));
    });
  }

  @Public()
  @Post('saml/acs')
  async samlAcs(
    @Param('tenant') slug: string,
    @Body() body: { SAMLResponse?: unknown } | undefined,
    @Req() req: Req,
    @Res() reply: Reply,
  ): Promise<void> {
    await this.answer(reply, req, async () => {
      const t = await this.sso.resolve(slug, 'saml');
      const value = typeof body?.SAMLResponse === 'string' ? body.SAMLResponse : undefined;
      this.finish(reply, await this.audited(req, t, () => this.sso.samlAcs(t, value)));
    });
  }

  @Public()
  @Get('oidc/login')
  async oidcLogin(
    @Param('tenant') slug: string,
    @Req() req: Req,
    @Res() reply: Reply,
  ): Promise<void> {
    await this.answer(reply, req, async () => {
      const t = await this.sso.resolve(slug, 'oidc');
      this.redirect(reply, await this.sso.oidcLoginUrl(t));
    });
  }

  @Public()
  @Get('oidc/callback')
  async oidcCallback(
    @Param('tenant') slug: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Req,
    @Res() reply: Reply,
  ): Promise<void> {
    await this.answer(reply, req, async () => {
      const t = await this.sso.resolve(slug, 'oidc');
      const strings: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(query ?? {})) {
        if (typeof v === 'string') strings[k] = v;
      }
      this.finish(reply, await this.audited(req, t, () => this.sso.oidcCallback(t, strings)));
    });
  }

  /**
   * Records each sign-in in the tenant's audit log: a success as the person signed in (they
   * exist by then), a refusal as the system, since nobody is known yet.
   */
  private async audited(
    req: Req,
    t: SsoTenant,
    signIn: () => Promise<IssuedSession>,
  ): Promise<IssuedSession> {
    const action = `sso.${t.connection.protocol}.signIn`;
    const meta = {
      requestId: typeof req.id === 'string' ? req.id : null,
      ip: typeof req.ip === 'string' ? req.ip : null,
    };
    try {
      const s = await signIn();
      const m = s.membership;
      const scope: TenantScope = {
        tenantId: s.tenantId,
        principal: {
          kind: 'user',
          userId: m.userId,
          membershipId: m.id,
          role: m.role,
          seekerId: m.seekerId,
        },
      };
      const seekerId = m.seekerId;
      await this.audit.record(scope, [{ action, kind: 'http', seekerId, outcome: 'ok' }], meta);
      return s;
    } catch (err) {
      const reason = reasonFromError(err).reason;
      await this.audit.record(
        systemScope(t.tenantId, 'sso refusal'),
        [{ action, kind: 'http', outcome: `SSO_REFUSED:${reason}` }],
        meta,
      );
      throw err;
    }
  }

  private finish(reply: Reply, session: IssuedSession): void {
    startConsoleSession(reply, this.config, session);
    this.redirect(reply, '/');
  }

  private redirect(reply: Reply, location: string): void {
    reply.header('location', location);
    send(reply, 302, '', 'text/plain; charset=utf-8');
  }

  /** Back to the console's sign-in page, which shows the reason. */
  private refusalPage(reply: Reply, err: unknown): void {
    const refusal = this.refusal(err);
    const q = new URLSearchParams({ error: refusal.message, reason: refusal.reason });
    this.redirect(reply, `/#/signin?${q.toString()}`);
  }

  private refusal(err: unknown) {
    if (!(err instanceof SsoRefusal)) {
      this.logger.warn({ err: (err as Error).message }, 'sso refused an unexpected failure');
    }
    return reasonFromError(err);
  }

  /**
   * Runs a protocol step. A refusal is the protocol's JSON error for a program (an IdP's test, an
   * integrator), and the console's sign-in page with the reason for a person's browser, which
   * asks for HTML when the IdP sends it back here.
   */
  private async answer(reply: Reply, req: Req | null, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      const accept = req?.headers.accept;
      if (typeof accept === 'string' && accept.includes('text/html')) {
        this.refusalPage(reply, err);
        return;
      }
      const refusal = this.refusal(err);
      send(reply, refusal.status, refusal.body(), 'application/json; charset=utf-8');
    }
  }
}
