/**
 * The console's only way to the API. The refresh token stays in an httpOnly cookie the page
 * cannot read; the access token lives in this module's memory and goes out as a bearer token.
 * A call that meets an expired token refreshes once through the cookie and tries again.
 */
import type { TypedDocumentString } from './gql/graphql';

export interface ConsoleSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  role: string;
  tenantId: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: readonly string[],
  ) {
    super(message);
  }
}

let session: ConsoleSession | null = null;
let refreshing: Promise<ConsoleSession | null> | null = null;
const listeners = new Set<(s: ConsoleSession | null) => void>();

export function onSessionChange(fn: (s: ConsoleSession | null) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function setSession(s: ConsoleSession | null): void {
  session = s;
  for (const fn of listeners) fn(s);
}

async function sessionCall(path: string, body?: unknown): Promise<ConsoleSession | null> {
  const res = await fetch(`/session/${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-perch-console': '1' },
    body: JSON.stringify(body ?? {}),
  });
  if (res.ok) return (await res.json()) as ConsoleSession;
  const problem = (await res.json().catch(() => ({}))) as {
    errors?: { message?: string; extensions?: { code?: string } }[];
  };
  const e = problem.errors?.[0];
  throw new ApiError(e?.message ?? `HTTP ${res.status}`, e?.extensions?.code ?? String(res.status));
}

export async function signIn(email: string, password: string, tenantSlug?: string) {
  const s = await sessionCall('login', { email, password, ...(tenantSlug ? { tenantSlug } : {}) });
  setSession(s);
  return s;
}

/** Joins an organization with an invitation token; the new account is signed in at once. */
export async function acceptInvitation(token: string, name: string, password: string) {
  const s = await sessionCall('accept', { token, name, password });
  setSession(s);
  return s;
}

/** On page load and when a token expires: the cookie, if any, gives a fresh access token. */
export function resume(): Promise<ConsoleSession | null> {
  refreshing ??= sessionCall('refresh')
    .catch(() => null)
    .then((s) => {
      refreshing = null;
      setSession(s);
      return s;
    });
  return refreshing;
}

export async function switchTenant(tenantSlug: string) {
  setSession(await sessionCall('switch', { tenantSlug }));
}

export async function signOut() {
  await sessionCall('logout').catch(() => null);
  setSession(null);
}

export function currentSession(): ConsoleSession | null {
  return session;
}

interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string[] };
}

/** Runs a typed operation; GraphQL errors become ApiError with the API's code. */
export async function gql<R, V>(
  doc: TypedDocumentString<R, V>,
  ...[variables]: V extends Record<string, never> ? [] | [V] : [V]
): Promise<R> {
  const send = async () => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(session ? { authorization: `Bearer ${session.accessToken}` } : {}),
      },
      body: JSON.stringify({ query: doc.toString(), variables: variables ?? {} }),
    });
    return (await res.json()) as { data?: R; errors?: GqlError[] };
  };
  let body = await send();
  if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && (await resume())) {
    body = await send();
  }
  const err = body.errors?.[0];
  if (err) {
    throw new ApiError(err.message, err.extensions?.code ?? 'ERROR', err.extensions?.field);
  }
  return body.data as R;
}

/** A mutation payload's first user error, thrown like a GraphQL error. */
export function check<P extends { userErrors: { message: string; code: string }[] }>(p: P): P {
  const e = p.userErrors[0];
  if (e) throw new ApiError(e.message, e.code);
  return p;
}

/** Sends a file to a REST upload endpoint with the session's token (archive and roster imports). */
export async function upload<T>(path: string, body: Blob, type = 'application/zip'): Promise<T> {
  const send = () =>
    fetch(path, {
      method: 'POST',
      headers: {
        'content-type': type,
        ...(session ? { authorization: `Bearer ${session.accessToken}` } : {}),
      },
      body,
    });
  let res = await send();
  if (res.status === 401 && (await resume())) res = await send();
  const json = (await res.json().catch(() => ({}))) as T & {
    errors?: { message?: string; extensions?: { code?: string } }[];
  };
  if (!res.ok) {
    const e = json.errors?.[0];
    throw new ApiError(
      e?.message ?? `HTTP ${res.status}`,
      e?.extensions?.code ?? String(res.status),
    );
  }
  return json;
}

/**
 * Fetches a file from a REST download endpoint with the session's token (data-rights exports):
 * a link cannot carry the bearer token, so the page fetches it and hands the browser the blob.
 */
export async function fetchFile(path: string): Promise<Blob> {
  const send = () =>
    fetch(path, {
      headers: session ? { authorization: `Bearer ${session.accessToken}` } : {},
    });
  let res = await send();
  if (res.status === 401 && (await resume())) res = await send();
  if (!res.ok) {
    const json = (await res.json().catch(() => ({}))) as {
      errors?: { message?: string; extensions?: { code?: string } }[];
    };
    const e = json.errors?.[0];
    throw new ApiError(
      e?.message ?? `HTTP ${res.status}`,
      e?.extensions?.code ?? String(res.status),
    );
  }
  return res.blob();
}
