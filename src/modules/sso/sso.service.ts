/**
 * Per-tenant sign-on. SAML 2.0 goes through node-saml's `SAML` class (the engine behind
 * passport-saml's MultiSamlStrategy) with options built per tenant from its connection; OIDC
 * through openid-client with discovery per tenant issuer, PKCE, state and nonce. Both end in
 * `signIn`: the identity is looked up by (tenant, issuer, subject), never by email, and a first
 * sign-in provisions the person just in time, in one transaction with the seat it takes.
 */
import { X509Certificate } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SAML, ValidateInResponseTo, type CacheProvider, type Profile } from '@node-saml/node-saml';
import * as oidc from 'openid-client';
import { v7 } from 'uuid';
import { SecretBox } from '@libs/secrets';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import {
  systemScope,
  type TenantId,
  type TenantScope,
  type TxScope,
} from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { IdentityService, type IssuedSession } from '../identity/identity.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { TenantsService } from '../tenants/tenants.service.js';
import type {
  CreateSsoConnectionInput,
  UpdateSsoConnectionInput,
} from './inputs/sso-connection.input.js';
import { reasonFromError, SsoRefusal } from './sso.errors.js';
import {
  SsoRepository,
  type ConnectionRow,
  type JitRole,
  type SsoProtocol,
} from './sso.repository.js';

/** Allowed difference between the IdP's clock and ours. */
export const CLOCK_SKEW_MS = 60_000;
/** How long a started sign-in may take at the IdP. */
const REQUEST_TTL_MS = 10 * 60_000;
/** How long an assertion id is remembered when the assertion names no end of validity. */
const REPLAY_TTL_MS = 24 * 3_600_000;
const DISCOVERY_TTL_MS = 10 * 60_000;

const SUBJECT_ID = 'urn:oasis:names:tc:SAML:attribute:subject-id';
const PAIRWISE_ID = 'urn:oasis:names:tc:SAML:attribute:pairwise-id';
const EMAIL_OIDS = ['email', 'mail', 'urn:oid:0.9.2342.19200300.100.1.3'];
const NAME_OIDS = ['displayName', 'name', 'urn:oid:2.16.840.1.113730.3.1.241', 'cn'];

export interface SsoTenant {
  tenantId: TenantId;
  slug: string;
  connection: ConnectionRow;
}

/** What an IdP told us about a person, after every check passed. */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  name: string | null;
  attributes: Record<string, unknown>;
  /** Assertion id and how long it must be remembered, for SAML replay protection. */
  assertion?: { id: string; until: Date };
}

@Injectable()
export class SsoService {
  private readonly discovered = new Map<string, { at: number; config: oidc.Configuration }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DatabaseService,
    private readonly repo: SsoRepository,
    private readonly box: SecretBox,
    private readonly tenants: TenantsService,
    private readonly identity: IdentityService,
    private readonly seekers: SeekersService,
  ) {}

  // URLs an IdP admin needs

  baseUrl(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/+$/, '');
  }

  spEntityId(slug: string): string {
    return `${this.baseUrl()}/auth/sso/${slug}/saml/metadata`;
  }

  acsUrl(slug: string): string {
    return `${this.baseUrl()}/auth/sso/${slug}/saml/acs`;
  }

  oidcRedirectUri(slug: string): string {
    return `${this.baseUrl()}/auth/sso/${slug}/oidc/callback`;
  }

  /**
   * The tenant named in the URL and its enabled connection of the protocol (of either protocol
   * when null: the console's "Sign in with SSO" knows only the organization).
   */
  async resolve(slug: string, protocol: SsoProtocol | null): Promise<SsoTenant> {
    const tenantId = /^[a-z0-9][a-z0-9-]{1,62}$/.test(slug)
      ? await this.tenants.findIdBySlug(slug)
      : null;
    if (!tenantId) throw new SsoRefusal('unknown_tenant', `No organization is called “${slug}”.`);
    const connection = await this.repo.enabledConnection(
      systemScope(tenantId, 'sso resolve'),
      protocol,
    );
    if (!connection) {
      throw new SsoRefusal(
        'no_connection',
        `${slug} has no enabled ${protocol ? protocol.toUpperCase() + ' ' : ''}single sign-on.`,
      );
    }
    return { tenantId, slug, connection };
  }

  // SAML

  private saml(t: SsoTenant): SAML {
    const ctx = systemScope(t.tenantId, 'saml');
    const connectionId = t.connection.id;
    // InResponseTo: a request id is valid only while its row exists, and removed once used.
    const cacheProvider: CacheProvider = {
      saveAsync: async (key, value) => {
        await this.repo.insertRequest(ctx, {
          id: v7(),
          connectionId,
          key,
          nonce: null,
          verifierEnc: null,
          expiresAt: new Date(Date.now() + REQUEST_TTL_MS),
        });
        return { value, createdAt: Date.now() };
      },
      // node-saml wants the time the request was made back.
      getAsync: async (key) => {
        const expiresAt = await this.repo.requestExpiry(ctx, connectionId, key);
        return expiresAt ? new Date(expiresAt.getTime() - REQUEST_TTL_MS).toISOString() : null;
      },
      removeAsync: async (key) =>
        key && (await this.repo.takeRequest(ctx, connectionId, key)) ? key : null,
    };
    return new SAML({
      issuer: this.spEntityId(t.slug),
      audience: this.spEntityId(t.slug),
      callbackUrl: this.acsUrl(t.slug),
      entryPoint: t.connection.samlSsoUrl ?? undefined,
      idpCert: t.connection.samlIdpCerts,
      idpIssuer: t.connection.samlIdpEntityId ?? undefined,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: true,
      acceptedClockSkewMs: CLOCK_SKEW_MS,
      validateInResponseTo: ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: REQUEST_TTL_MS,
      identifierFormat: null,
      disableRequestedAuthnContext: true,
      cacheProvider,
    });
  }

  /** SP-initiated sign-in: the IdP URL carrying a request id kept for InResponseTo. */
  async samlLoginUrl(t: SsoTenant): Promise<string> {
    return this.saml(t).getAuthorizeUrlAsync('', undefined, {});
  }

  samlMetadata(t: SsoTenant): string {
    return this.saml(t).generateServiceProviderMetadata(null, null);
  }

  /** Checks a POSTed SAMLResponse and signs the person in. Throws SsoRefusal otherwise. */
  async samlAcs(t: SsoTenant, samlResponse: string | undefined): Promise<IssuedSession> {
    if (!samlResponse || samlResponse.length > 512 * 1024) {
      throw new SsoRefusal('bad_request', 'Post a SAMLResponse form field (at most 512 KiB).');
    }
    const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
    // A response carries one assertion in one response. More of either is signature wrapping
    // (XSW): refused before any of it is read, whatever node-saml would make of it.
    const count = (re: RegExp) => xml.match(re)?.length ?? 0;
    if (count(/<(?:[\w-]+:)?Assertion[\s>]/g) > 1 || count(/<(?:[\w-]+:)?Response[\s>]/g) > 1) {
      throw new SsoRefusal(
        'wrapped',
        'The response carries more than one assertion or response (XML signature wrapping).',
      );
    }
    let profile: Profile | null;
    try {
      ({ profile } = await this.saml(t).validatePostResponseAsync({ SAMLResponse: samlResponse }));
    } catch (err) {
      const refusal = reasonFromError(err);
      // The response is unverified here, so it only picks the clearer of two refusals.
      const destination = /<(?:\w+:)?Response\b[^>]*\bDestination="([^"]*)"/.exec(xml)?.[1];
      if (
        (refusal.reason === 'replayed' || refusal.reason === 'audience') &&
        destination &&
        destination !== this.acsUrl(t.slug)
      ) {
        throw new SsoRefusal(
          'wrong_tenant',
          'This response was issued for another organization’s sign-on, not this one.',
        );
      }
      throw refusal;
    }
    if (!profile) throw new SsoRefusal('invalid', 'The response holds no assertion.');
    const destination = /<(?:\w+:)?Response\b[^>]*\bDestination="([^"]*)"/.exec(xml)?.[1];
    if (destination && destination !== this.acsUrl(t.slug)) {
      throw new SsoRefusal('wrong_tenant', 'This response was issued for another organization.');
    }
    if (profile.issuer !== t.connection.samlIdpEntityId) {
      throw new SsoRefusal('wrong_issuer', 'The assertion comes from another identity provider.');
    }
    const assertion = (profile.getAssertion?.() ?? {}) as {
      Assertion?: {
        $?: { ID?: string };
        Conditions?: { $?: { NotOnOrAfter?: string } }[];
      };
    };
    const assertionId = assertion.Assertion?.$?.ID;
    if (!assertionId) throw new SsoRefusal('invalid', 'The assertion has no ID.');
    const notAfter = assertion.Assertion?.Conditions?.[0]?.$?.NotOnOrAfter;
    const until = notAfter
      ? new Date(Date.parse(notAfter) + CLOCK_SKEW_MS)
      : new Date(Date.now() + REPLAY_TTL_MS);
    const attrs = profile as unknown as Record<string, unknown>;
    const subject =
      firstString(attrs[SUBJECT_ID]) ?? firstString(attrs[PAIRWISE_ID]) ?? profile.nameID;
    if (!subject) throw new SsoRefusal('invalid', 'The assertion names no subject.');
    return this.signIn(t, {
      issuer: profile.issuer,
      subject,
      email: pick(attrs, t.connection.emailAttribute, EMAIL_OIDS) ?? emailLike(profile.nameID),
      name: pick(attrs, t.connection.nameAttribute, NAME_OIDS),
      attributes: attrs,
      assertion: { id: assertionId, until },
    });
  }

  // OIDC

  private async oidcConfig(t: SsoTenant): Promise<oidc.Configuration> {
    const c = t.connection;
    const key = `${c.id}:${c.updatedAt.getTime()}`;
    const hit = this.discovered.get(key);
    if (hit && Date.now() - hit.at < DISCOVERY_TTL_MS) return hit.config;
    const secret = c.oidcClientSecretEnc
      ? this.box.decrypt(c.oidcClientSecretEnc, secretPlace(t.tenantId, c.id))
      : undefined;
    // Plain-http issuers exist only on developers' machines and in tests.
    const execute = [oidc.enableNonRepudiationChecks];
    if (this.config.env !== 'production') execute.push(oidc.allowInsecureRequests);
    let config: oidc.Configuration;
    try {
      config = await oidc.discovery(
        new URL(c.oidcIssuer!),
        c.oidcClientId!,
        { id_token_signed_response_alg: 'RS256' },
        secret ? oidc.ClientSecretPost(secret) : oidc.None(),
        { execute, timeout: 10 },
      );
    } catch {
      throw new SsoRefusal(
        'unavailable',
        `The identity provider at ${c.oidcIssuer} did not answer its discovery document.`,
      );
    }
    this.discovered.set(key, { at: Date.now(), config });
    return config;
  }

  async oidcLoginUrl(t: SsoTenant): Promise<string> {
    const config = await this.oidcConfig(t);
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const id = v7();
    await this.repo.insertRequest(systemScope(t.tenantId, 'oidc login'), {
      id,
      connectionId: t.connection.id,
      key: state,
      nonce,
      verifierEnc: this.box.encrypt(verifier, {
        tenantId: t.tenantId,
        table: 'sso_requests',
        column: 'verifier_enc',
        rowId: id,
      }),
      expiresAt: new Date(Date.now() + REQUEST_TTL_MS),
    });
    return oidc
      .buildAuthorizationUrl(config, {
        redirect_uri: this.oidcRedirectUri(t.slug),
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      })
      .toString();
  }

  async oidcCallback(
    t: SsoTenant,
    query: Record<string, string | undefined>,
  ): Promise<IssuedSession> {
    if (query.error) {
      throw new SsoRefusal(
        'idp_error',
        `The identity provider refused: ${String(query.error).slice(0, 100)}.`,
      );
    }
    if (!query.state || !query.code)
      throw new SsoRefusal('bad_request', 'The callback needs state and code.');
    const pending = await this.repo.takeRequest(
      systemScope(t.tenantId, 'oidc callback'),
      t.connection.id,
      query.state,
    );
    if (!pending?.verifierEnc || !pending.nonce) {
      throw new SsoRefusal(
        'state',
        'This sign-in is unknown to this organization, expired or already used.',
      );
    }
    const verifier = this.box.decrypt(pending.verifierEnc, {
      tenantId: t.tenantId,
      table: 'sso_requests',
      column: 'verifier_enc',
      rowId: pending.id,
    });
    const config = await this.oidcConfig(t);
    const current = new URL(this.oidcRedirectUri(t.slug));
    for (const [k, v] of Object.entries(query)) if (v !== undefined) current.searchParams.set(k, v);
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: verifier,
        expectedState: query.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (err) {
      throw reasonFromError(err);
    }
    if (!claims) throw new SsoRefusal('invalid', 'The identity provider sent no ID token.');
    // openid-client checked iss against the discovered issuer; the connection's own value is
    // what links are keyed on, so it must be the same.
    if (claims.iss !== config.serverMetadata().issuer) {
      throw new SsoRefusal('wrong_issuer', 'The token comes from another issuer.');
    }
    const raw = claims as Record<string, unknown>;
    return this.signIn(t, {
      // The configured issuer, which discovery proved equal to claims.iss: links made by an
      // administrator (linkIdentity) know only the configured value.
      issuer: t.connection.oidcIssuer!,
      subject: claims.sub,
      email: pick(raw, t.connection.emailAttribute, ['email']),
      name: pick(raw, t.connection.nameAttribute, ['name', 'preferred_username']),
      attributes: raw,
    });
  }

  // Administration (GraphQL)

  urls(slug: string, protocol: SsoProtocol) {
    return {
      spEntityId: this.spEntityId(slug),
      acsUrl: this.acsUrl(slug),
      metadataUrl: this.spEntityId(slug),
      loginUrl: `${this.baseUrl()}/auth/sso/${slug}/${protocol}/login`,
      redirectUri: protocol === 'oidc' ? this.oidcRedirectUri(slug) : null,
    };
  }

  async tenantSlug(ctx: TenantScope): Promise<string> {
    const tenant = await this.tenants.getTenant(ctx);
    return tenant.slug;
  }

  async createConnection(
    ctx: TenantScope,
    input: CreateSsoConnectionInput,
  ): Promise<ConnectionRow> {
    requireManager(ctx);
    const protocol = input.protocol === 'SAML' ? 'saml' : 'oidc';
    const id = v7();
    const problems: { field: string[]; message: string }[] = [];
    const need = (value: string | undefined, field: string, what: string) => {
      if (!value)
        problems.push({
          field: [field],
          message: `A ${protocol.toUpperCase()} connection needs ${what}.`,
        });
    };
    let certs: string[] = [];
    if (protocol === 'saml') {
      need(input.samlIdpEntityId, 'samlIdpEntityId', 'the IdP entity id');
      need(input.samlSsoUrl, 'samlSsoUrl', 'the IdP sign-on URL');
      if (input.samlSsoUrl && !this.acceptableUrl(input.samlSsoUrl)) {
        problems.push({ field: ['samlSsoUrl'], message: 'The sign-on URL must be an https URL.' });
      }
      certs = (input.samlIdpCertificates ?? []).map((c) => c.trim());
      problems.push(...certificateProblems(certs));
    } else {
      need(input.oidcIssuer, 'oidcIssuer', 'the issuer URL');
      need(input.oidcClientId, 'oidcClientId', 'the client id');
      if (input.oidcIssuer && !this.acceptableUrl(input.oidcIssuer)) {
        problems.push({ field: ['oidcIssuer'], message: 'The issuer must be an https URL.' });
      }
    }
    const roleValues = mappings(input.roleMappings ?? []);
    if (input.roleMappings?.length && !input.roleAttribute) {
      problems.push({
        field: ['roleAttribute'],
        message: 'Role mappings need the attribute they read.',
      });
    }
    refuse(problems);
    return this.repo.insertConnection(ctx, {
      id,
      protocol,
      name: input.name.trim(),
      enabled: input.enabled ?? true,
      requireForStaff: input.requireSsoForStaff ?? false,
      samlIdpEntityId: protocol === 'saml' ? input.samlIdpEntityId! : null,
      samlSsoUrl: protocol === 'saml' ? input.samlSsoUrl! : null,
      samlIdpCerts: certs,
      oidcIssuer: protocol === 'oidc' ? input.oidcIssuer!.replace(/\/+$/, '') : null,
      oidcClientId: protocol === 'oidc' ? input.oidcClientId! : null,
      oidcClientSecretEnc:
        protocol === 'oidc' && input.oidcClientSecret
          ? this.box.encrypt(input.oidcClientSecret, secretPlace(ctx.tenantId, id))
          : null,
      emailAttribute: input.emailAttribute ?? null,
      nameAttribute: input.nameAttribute ?? null,
      roleAttribute: input.roleAttribute ?? null,
      roleValues,
      defaultRole: (input.defaultRole?.toLowerCase() as JitRole | undefined) ?? null,
      jitRoles: [...new Set(input.jitRoles.map((r) => r.toLowerCase() as JitRole))],
    });
  }

  /**
   * Changes a connection's settings, checked as on creation; what the input omits stays. The
   * IdP's identity (entity id, issuer) is not among them: links name it.
   */
  async updateConnection(
    ctx: TenantScope,
    id: string,
    patch: Omit<UpdateSsoConnectionInput, 'ssoConnectionId'>,
  ): Promise<ConnectionRow> {
    requireManager(ctx);
    // A null sent for a field means, as an omitted one, "leave it".
    const input = Object.fromEntries(
      Object.entries(patch).filter(([, v]) => v !== null && v !== undefined),
    ) as typeof patch;
    return this.db.tx(ctx, async (tx) => {
      const c = await this.repo.findConnection(tx, id, { lock: true });
      if (!c) throw AppError.notFound('SSO connection');
      const problems: { field: string[]; message: string }[] = [];
      const only = (protocol: SsoProtocol, fields: (keyof typeof input)[]) => {
        for (const f of fields) {
          if (c.protocol !== protocol && input[f] !== undefined) {
            problems.push({
              field: [f],
              message: `This applies to ${protocol.toUpperCase()} connections only.`,
            });
          }
        }
      };
      only('saml', ['samlSsoUrl', 'samlIdpCertificates']);
      only('oidc', ['oidcClientId', 'oidcClientSecret']);
      if (input.samlSsoUrl !== undefined && !this.acceptableUrl(input.samlSsoUrl)) {
        problems.push({ field: ['samlSsoUrl'], message: 'The sign-on URL must be an https URL.' });
      }
      const certs = input.samlIdpCertificates?.map((pem) => pem.trim());
      if (certs && c.protocol === 'saml') problems.push(...certificateProblems(certs));
      // An empty string clears an optional text.
      const text = (v: string | undefined, was: string | null) =>
        v === undefined ? was : v.trim() || null;
      const roleAttribute = text(input.roleAttribute, c.roleAttribute);
      const roleValues = input.roleMappings ? mappings(input.roleMappings) : c.roleValues;
      if (Object.keys(roleValues).length > 0 && !roleAttribute) {
        problems.push({
          field: ['roleAttribute'],
          message: 'Role mappings need the attribute they read.',
        });
      }
      refuse(problems);
      const secret = input.oidcClientSecret;
      const saved = await this.repo.saveConnection(tx, {
        ...c,
        name: input.name?.trim() ?? c.name,
        enabled: input.enabled ?? c.enabled,
        requireForStaff: input.requireSsoForStaff ?? c.requireForStaff,
        samlSsoUrl: input.samlSsoUrl ?? c.samlSsoUrl,
        samlIdpCerts: certs ?? c.samlIdpCerts,
        oidcClientId: input.oidcClientId ?? c.oidcClientId,
        oidcClientSecretEnc:
          secret === undefined
            ? c.oidcClientSecretEnc
            : secret === ''
              ? null
              : this.box.encrypt(secret, secretPlace(ctx.tenantId, c.id)),
        emailAttribute: text(input.emailAttribute, c.emailAttribute),
        nameAttribute: text(input.nameAttribute, c.nameAttribute),
        roleAttribute,
        roleValues,
        defaultRole:
          input.defaultRole === undefined
            ? c.defaultRole
            : ((input.defaultRole.toLowerCase() || null) as JitRole | null),
        jitRoles: input.jitRoles
          ? [...new Set(input.jitRoles.map((r) => r.toLowerCase() as JitRole))]
          : c.jitRoles,
      });
      return saved;
    });
  }

  /**
   * Links an existing member to an IdP identity, for the person whose account already had the
   * email the IdP sends (sign-on refuses to take such an account over by itself). The
   * administrator vouches for the match; the subject is the IdP's identifier (SAML subject-id,
   * pairwise-id or NameID; OIDC `sub`).
   */
  async linkIdentity(
    ctx: TenantScope,
    input: { connectionId: string; membershipId: string; subject: string },
  ): Promise<ConnectionRow> {
    requireManager(ctx);
    return this.db.tx(ctx, async (tx) => {
      const c = await this.repo.findConnection(tx, input.connectionId);
      if (!c) throw AppError.notFound('SSO connection');
      if (!(await this.repo.membershipExists(tx, input.membershipId))) {
        throw AppError.notFound('staff member');
      }
      const issuer = c.protocol === 'saml' ? c.samlIdpEntityId! : c.oidcIssuer!;
      if (await this.repo.findLink(tx, issuer, input.subject)) {
        throw new AppError(
          'CONFLICT',
          'This identity of the IdP is already linked to someone in this organization.',
          ['subject'],
        );
      }
      await this.repo.insertLink(tx, {
        connectionId: c.id,
        issuer,
        subject: input.subject,
        membershipId: input.membershipId,
      });
      return c;
    });
  }

  async deleteConnection(ctx: TenantScope, id: string): Promise<void> {
    requireManager(ctx);
    if (!(await this.repo.deleteConnection(ctx, id))) throw AppError.notFound('SSO connection');
  }

  findConnection(ctx: TenantScope, id: string): Promise<ConnectionRow | null> {
    return this.repo.findConnection(ctx, id);
  }

  listConnections(ctx: TenantScope, after: { createdAt: Date; id: string } | null, limit: number) {
    return this.repo.listConnections(ctx, after, limit);
  }

  /** https everywhere but on a developer's machine or in tests, where local IdPs are http. */
  private acceptableUrl(value: string): boolean {
    try {
      const url = new URL(value);
      return (
        url.protocol === 'https:' || (url.protocol === 'http:' && this.config.env !== 'production')
      );
    } catch {
      return false;
    }
  }

  // Linking and just-in-time provisioning

  private async signIn(t: SsoTenant, who: SsoIdentity): Promise<IssuedSession> {
    const ctx = systemScope(t.tenantId, `sso sign-in (${t.connection.protocol})`);
    try {
      return await this.db.tx(ctx, async (tx) => {
        if (who.assertion) {
          const fresh = await this.repo.rememberAssertion(
            tx,
            t.connection.id,
            who.assertion.id,
            who.assertion.until,
          );
          if (!fresh) throw new SsoRefusal('replayed', 'This assertion was already used.');
        }
        const link = await this.repo.findLink(tx, who.issuer, who.subject);
        const membershipId = link?.membershipId ?? (await this.provision(tx, t, who));
        try {
          return await this.identity.issueForMembership(tx, membershipId);
        } catch {
          throw new SsoRefusal('inactive', 'Your account in this organization is disabled.');
        }
      });
    } catch (err) {
      if (err instanceof SsoRefusal) throw err;
      if (err instanceof AppError && err.code === 'SEAT_LIMIT_REACHED') {
        throw new SsoRefusal(
          'seat_limit_reached',
          'Every seat of this organization’s licence is taken; ask your career center.',
        );
      }
      if ((err as { code?: string }).code === '23505') {
        // Two first sign-ins racing, or an email taken meanwhile: the loser tries again.
        throw new SsoRefusal('account_exists', 'This account was just created; sign in again.');
      }
      throw err;
    }
  }

  private async provision(tx: TxScope, t: SsoTenant, who: SsoIdentity): Promise<string> {
    const role = chooseRole(t.connection, who.attributes);
    if (!role || !t.connection.jitRoles.includes(role)) {
      throw new SsoRefusal(
        'not_provisioned',
        'You have no account in this organization and sign-on may not create one for your role; ask an administrator to invite you.',
      );
    }
    if (!who.email) {
      throw new SsoRefusal('not_provisioned', 'The identity provider sent no email address.');
    }
    // Email is not an identifier (REFEDS): an account that already has this email is never
    // taken over by sign-on. An administrator links it (or the person uses their password).
    if (await this.identity.emailTaken(who.email, tx)) {
      throw new SsoRefusal(
        'account_exists',
        'A Perch account with this email already exists and is not linked to this identity provider; ask an administrator of the organization to link it.',
      );
    }
    const name = (who.name ?? who.email).slice(0, 200);
    let seekerId: string | null = null;
    if (role === 'seeker') {
      const seeker = await this.seekers.createSeeker(tx, { name, email: who.email });
      await this.seekers.activateSeeker(tx, seeker.uuid);
      seekerId = seeker.uuid;
    }
    const membershipId = await this.identity.provisionSsoMember(tx, {
      email: who.email,
      name,
      role,
      seekerId,
    });
    await this.repo.insertLink(tx, {
      connectionId: t.connection.id,
      issuer: who.issuer,
      subject: who.subject,
      membershipId,
    });
    return membershipId;
  }
}

function requireManager(ctx: TenantScope): void {
  const p = ctx.principal;
  const ok =
    p.kind === 'system' ||
    (p.kind === 'user' && (p.role === 'owner' || p.role === 'admin')) ||
    (p.kind === 'apiKey' && p.scopes.includes('admin'));
  if (!ok) throw new AppError('FORBIDDEN', 'Only owners and admins configure sign-on.');
}

export function secretPlace(tenantId: string, connectionId: string) {
  return {
    tenantId,
    table: 'sso_connections',
    column: 'oidc_client_secret_enc',
    rowId: connectionId,
  };
}

/** Problems with a list of IdP signing certificates: none, or one that is not PEM. */
function certificateProblems(certs: string[]): { field: string[]; message: string }[] {
  if (certs.length === 0) {
    return [{ field: ['samlIdpCertificates'], message: 'Add the IdP signing certificate (PEM).' }];
  }
  return certs.flatMap((pem, i) => {
    try {
      new X509Certificate(pem);
      return [];
    } catch {
      return [
        { field: ['samlIdpCertificates', String(i)], message: 'This is not a PEM certificate.' },
      ];
    }
  });
}

function mappings(list: readonly { value: string; role: string }[]): Record<string, JitRole> {
  const values: Record<string, JitRole> = {};
  for (const m of list) values[m.value] = m.role.toLowerCase() as JitRole;
  return values;
}

/** Every problem of a form at once: the first as the error, the rest beside it. */
function refuse(problems: { field: string[]; message: string }[]): void {
  if (!problems.length) return;
  const [first, ...more] = problems;
  throw new AppError('BAD_USER_INPUT', first.message, first.field, more);
}

/** The role from the connection's attribute and values; the default when none matches. */
export function chooseRole(c: ConnectionRow, attributes: Record<string, unknown>): JitRole | null {
  if (c.roleAttribute) {
    const values = ([] as unknown[]).concat(attributes[c.roleAttribute] ?? []);
    // Staff roles first: a person who is both student and coach signs in as staff.
    for (const role of ['coach', 'viewer', 'seeker'] as const) {
      if (values.some((v) => typeof v === 'string' && c.roleValues[v] === role)) return role;
    }
  }
  return c.defaultRole;
}

function firstString(v: unknown): string | null {
  const s = Array.isArray(v) ? (v as unknown[])[0] : v;
  return typeof s === 'string' && s.length > 0 ? s : null;
}

function pick(attrs: Record<string, unknown>, configured: string | null, names: string[]) {
  for (const n of configured ? [configured] : names) {
    const v = firstString(attrs[n]);
    if (v) return v;
  }
  return null;
}

function emailLike(v: string | undefined): string | null {
  return v && /^[^@\s]+@[^@\s]+$/.test(v) ? v : null;
}
