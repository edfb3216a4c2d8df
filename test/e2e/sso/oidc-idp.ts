/**
 * A tiny OpenID provider for tests: one local HTTP server serving any number of issuers
 * (`/<name>`), each with discovery, an authorization endpoint that signs everyone in at once, a
 * JWKS and a token endpoint. The ID token the token endpoint returns is whatever the test makes
 * of the sign-in's nonce, so each bad case is one function.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import request from 'supertest';
import type { TestApp } from '../../helpers/app.js';
import type { TestTenant } from '../../helpers/factories.js';

export interface IdTokenClaims {
  iss: string;
  aud: string;
  sub: string;
  nonce?: string;
  iat?: number;
  exp?: number;
  [claim: string]: unknown;
}

export interface TestIssuer {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claims a good token would carry for this sign-in. */
  claims(nonce: string, extra?: Record<string, unknown>): IdTokenClaims;
  /** The ID token the token endpoint answers next; a good one when unset. Reset after each use. */
  next: ((nonce: string) => Promise<string>) | null;
  sign(claims: IdTokenClaims, key?: CryptoKey, kid?: string): Promise<string>;
}

export interface TestOp {
  url: string;
  issuer(name: string): Promise<TestIssuer>;
  close(): Promise<void>;
}

const now = () => Math.floor(Date.now() / 1000);

/** An unsigned ("alg": "none") JWT. */
export function unsignedJwt(claims: IdTokenClaims): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

export async function startOp(): Promise<TestOp> {
  const issuers = new Map<string, TestIssuer & { jwk: JWK }>();
  /** Each issued code's nonce, as an IdP remembers it for the token request. */
  const codes = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const [, name, ...rest] = url.pathname.split('/');
      const iss = issuers.get(name ?? '');
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (!iss) return json(404, { error: 'not_found' });
      const path = rest.join('/');
      if (path === '.well-known/openid-configuration') {
        return json(200, {
          issuer: iss.issuer,
          authorization_endpoint: `${iss.issuer}/authorize`,
          token_endpoint: `${iss.issuer}/token`,
          jwks_uri: `${iss.issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
        });
      }
      if (path === 'authorize') {
        const code = `code-${Math.random().toString(36).slice(2)}`;
        codes.set(code, url.searchParams.get('nonce') ?? '');
        const back = new URL(url.searchParams.get('redirect_uri') ?? '');
        back.searchParams.set('code', code);
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        res.writeHead(302, { location: back.toString() });
        return res.end();
      }
      if (path === 'jwks') return json(200, { keys: [iss.jwk] });
      if (path === 'token' && req.method === 'POST') {
        let body = '';
        for await (const chunk of req) body += String(chunk);
        const code = new URLSearchParams(body).get('code') ?? '';
        const nonce = codes.get(code);
        codes.delete(code);
        if (nonce === undefined) return json(400, { error: 'invalid_grant' });
        const make = iss.next ?? ((n: string) => iss.sign(iss.claims(n)));
        iss.next = null;
        return json(200, {
          access_token: 'at-' + Math.random().toString(36).slice(2),
          token_type: 'Bearer',
          expires_in: 300,
          id_token: await make(nonce),
        });
      }
      return json(404, { error: 'not_found' });
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async issuer(name) {
      const { privateKey, publicKey } = await generateKeyPair('RS256');
      const jwk = { ...(await exportJWK(publicKey)), kid: `k-${name}`, alg: 'RS256', use: 'sig' };
      const issuer = `${url}/${name}`;
      const iss: TestIssuer & { jwk: JWK } = {
        issuer,
        clientId: `client-${name}`,
        clientSecret: `secret-${name}`,
        jwk,
        next: null,
        claims: (nonce, extra = {}) => ({
          iss: issuer,
          aud: `client-${name}`,
          sub: `sub-${Math.random().toString(36).slice(2)}`,
          nonce,
          iat: now(),
          exp: now() + 300,
          ...extra,
        }),
        sign: (claims, key = privateKey, kid = `k-${name}`) =>
          new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key),
      };
      issuers.set(name, iss);
      return iss;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const CREATE_OIDC = `mutation($input: CreateSsoConnectionInput!) {
  createSsoConnection(input: $input) {
    ssoConnection { id redirectUri loginUrl oidcClientSecretSet }
    userErrors { field code message }
  }
}`;

export async function oidcConnection(
  app: TestApp,
  tenant: TestTenant,
  iss: TestIssuer,
  extra: Record<string, unknown> = {},
) {
  const res = await app.gql(
    CREATE_OIDC,
    {
      input: {
        protocol: 'OIDC',
        name: 'University OIDC',
        oidcIssuer: iss.issuer,
        oidcClientId: iss.clientId,
        oidcClientSecret: iss.clientSecret,
        roleAttribute: 'groups',
        roleMappings: [{ value: 'career-staff', role: 'COACH' }],
        defaultRole: 'SEEKER',
        jitRoles: ['COACH', 'SEEKER'],
        ...extra,
      },
    },
    tenant.ownerToken,
  );
  const conn = res.data?.createSsoConnection?.ssoConnection;
  if (!conn) throw new Error(JSON.stringify(res.body));
  return conn as {
    id: string;
    redirectUri: string;
    loginUrl: string;
    oidcClientSecretSet: boolean;
  };
}

/**
 * The whole browser round trip: Perch's login redirect, the IdP's authorize endpoint (which
 * signs the person in at once) and back to Perch's callback.
 */
export async function oidcSignIn(app: TestApp, tenant: TestTenant, at: TestTenant = tenant) {
  const start = await request(app.http).get(`/auth/sso/${tenant.slug}/oidc/login`);
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.location);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('nonce')).toBeTruthy();
  const idp = await fetch(authorize, { redirect: 'manual' });
  const back = new URL(idp.headers.get('location')!);
  const path = back.pathname.replace(`/auth/sso/${tenant.slug}/`, `/auth/sso/${at.slug}/`);
  return request(app.http).get(`${path}${back.search}`);
}
