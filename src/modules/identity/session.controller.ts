/**
 * Cookie sessions for the coach console. The refresh token lives in an httpOnly, SameSite=Strict
 * cookie scoped to /session, so page scripts never see it; the short-lived access token is
 * returned in the body and kept in memory, and GraphQL is called with it as a bearer token (a
 * bearer header is never sent by a browser on its own, so GraphQL needs no CSRF defence). Every
 * /session call must carry `X-Perch-Console: 1`: a cross-site form cannot set that header and a
 * cross-site script cannot send it without a CORS preflight Perch never grants.
 */
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Public } from '../../platform/auth/access.decorators.js';
import { AppError } from '../../platform/errors.js';
import { IdentityService, type IssuedSession } from './identity.service.js';
import { AcceptInvitationInput } from './inputs/identity.inputs.js';

export const SESSION_COOKIE = 'perch_session';
export const CONSOLE_HEADER = 'x-perch-console';

export class SessionLoginBody {
  @IsString() @MaxLength(320) email!: string;
  @IsString() @MaxLength(1024) password!: string;
  @IsOptional() @IsString() @MaxLength(100) tenantSlug?: string;
}

export class SessionSwitchBody {
  @IsString() @MaxLength(100) tenantSlug!: string;
}

/** What the console gets: never the refresh token. */
export interface ConsoleSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  role: string;
  tenantId: string;
}

/** The one method both HTTP adapters' replies share for headers. */
export interface HeaderReply {
  header(name: string, value: string): unknown;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name)
      return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

@Controller('session')
export class SessionController {
  constructor(
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Headers(CONSOLE_HEADER) marker: string | undefined,
    @Body() body: SessionLoginBody,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<ConsoleSession> {
    requireMarker(marker);
    return this.issue(reply, await this.identity.login(body));
  }

  /**
   * The console's "I have an invitation": acceptInvitation, ending like a sign-in, with the
   * refresh token in the cookie rather than in the page (GraphQL's acceptInvitation returns it).
   */
  @Public()
  @Post('accept')
  @HttpCode(200)
  async accept(
    @Headers(CONSOLE_HEADER) marker: string | undefined,
    @Body() body: AcceptInvitationInput,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<ConsoleSession> {
    requireMarker(marker);
    return this.issue(reply, await this.identity.acceptInvitation(body));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(
    @Headers(CONSOLE_HEADER) marker: string | undefined,
    @Headers('cookie') cookie: string | undefined,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<ConsoleSession> {
    requireMarker(marker);
    const token = readCookie(cookie, SESSION_COOKIE);
    if (!token) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    try {
      return this.issue(reply, await this.identity.refresh(token));
    } catch (err) {
      this.clear(reply);
      throw err;
    }
  }

  /** Sign in to another organization the person belongs to; the access token proves who. */
  @Public()
  @Post('switch')
  @HttpCode(200)
  async switchTenant(
    @Headers(CONSOLE_HEADER) marker: string | undefined,
    @Headers('cookie') cookie: string | undefined,
    @Body() body: SessionSwitchBody,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<ConsoleSession> {
    requireMarker(marker);
    const token = readCookie(cookie, SESSION_COOKIE);
    if (!token) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    // Refreshing first proves the cookie is live and yields the principal to switch from.
    const current = await this.identity.refresh(token);
    const next = await this.identity.switchFrom(current, body.tenantSlug);
    await this.identity.logout(current.refreshToken).catch(() => undefined);
    return this.issue(reply, next);
  }

  @Public()
  @Post('logout')
  @HttpCode(200)
  async logout(
    @Headers(CONSOLE_HEADER) marker: string | undefined,
    @Headers('cookie') cookie: string | undefined,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<{ ok: true }> {
    requireMarker(marker);
    const token = readCookie(cookie, SESSION_COOKIE);
    this.clear(reply);
    if (token) await this.identity.logout(token).catch(() => undefined);
    return { ok: true };
  }

  private issue(reply: HeaderReply, s: IssuedSession): ConsoleSession {
    return startConsoleSession(reply, this.config, s);
  }

  private clear(reply: HeaderReply): void {
    reply.header('set-cookie', sessionCookie(this.config, '', 0));
  }
}

/** Sets the console's refresh cookie for a new session; SSO sign-in ends here too. */
export function startConsoleSession(
  reply: HeaderReply,
  config: AppConfig,
  s: IssuedSession,
): ConsoleSession {
  const maxAge = Math.max(0, Math.floor((s.refreshTokenExpiresAt.getTime() - Date.now()) / 1000));
  reply.header('set-cookie', sessionCookie(config, encodeURIComponent(s.refreshToken), maxAge));
  reply.header('cache-control', 'no-store');
  return {
    accessToken: s.accessToken,
    accessTokenExpiresAt: s.accessTokenExpiresAt.toISOString(),
    role: s.membership.role,
    tenantId: s.tenantId,
  };
}

function sessionCookie(config: AppConfig, value: string, maxAge: number): string {
  // Secure whenever Perch is reached over https; plain http only on a developer's machine.
  const secure = (config.publicUrl ?? '').startsWith('https:') ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=/session; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`;
}

function requireMarker(marker: string | undefined): void {
  if (marker !== '1') {
    throw new AppError('FORBIDDEN', `Send the ${CONSOLE_HEADER}: 1 header (the console does).`);
  }
}
