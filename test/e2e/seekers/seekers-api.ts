/**
 * Operations and small helpers shared by the seekers e2e files. Every helper goes through the
 * public GraphQL API (or the identity factories) so the files test what a client would see.
 */
import { randomBytes } from 'node:crypto';
import { parseGlobalId } from '../../../src/platform/graphql/global-id.js';
import type { GqlResult, TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { login, newMember, type TestTenant } from '../../helpers/factories.js';

export const USER_ERRORS = `userErrors { field message code }`;
export const SEEKER_FIELDS = `id name email headline status xHandle careerStage targetRoles activatedAt`;

export const SEEKER = `query($id: ID!) { seeker(id: $id) { ${SEEKER_FIELDS} } }`;
export const SEEKER_PAGE = `query($first: Int, $after: String, $search: String, $status: SeekerStatus) {
  seekers(first: $first, after: $after, search: $search, status: $status) {
    edges { cursor node { id name } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

export const CREATE = `mutation($input: CreateSeekerInput!) { createSeeker(input: $input) { seeker { ${SEEKER_FIELDS} } ${USER_ERRORS} } }`;
export const UPDATE = `mutation($input: UpdateSeekerInput!) { updateSeeker(input: $input) { seeker { ${SEEKER_FIELDS} } ${USER_ERRORS} } }`;
export const ACTIVATE = `mutation($id: ID!) { activateSeeker(input: { seekerId: $id }) { seeker { id status activatedAt } ${USER_ERRORS} } }`;
export const ARCHIVE = `mutation($id: ID!) { archiveSeeker(input: { seekerId: $id }) { seeker { id status } ${USER_ERRORS} } }`;
export const ASSIGN = `mutation($seekerId: ID!, $staffMemberId: ID!) { assignCoach(input: { seekerId: $seekerId, staffMemberId: $staffMemberId }) { seeker { id coaches { id } } ${USER_ERRORS} } }`;
export const UNASSIGN = `mutation($seekerId: ID!, $staffMemberId: ID!) { unassignCoach(input: { seekerId: $seekerId, staffMemberId: $staffMemberId }) { seeker { id coaches { id } } ${USER_ERRORS} } }`;
export const ADD_NOTE = `mutation($seekerId: ID!, $body: String!) { addCoachNote(input: { seekerId: $seekerId, body: $body }) { note { id body author { id name } } ${USER_ERRORS} } }`;
export const RECORD_CONSENT = `mutation($seekerId: ID!, $kind: ConsentKind!) { recordConsent(input: { seekerId: $seekerId, kind: $kind }) { consent { id kind source active revokedAt revokeSource } ${USER_ERRORS} } }`;
export const REVOKE_CONSENT = `mutation($consentId: ID!) { revokeConsent(input: { consentId: $consentId }) { consent { id kind active revokedAt revokeSource } ${USER_ERRORS} } }`;
export const LINK_X = `mutation($seekerId: ID!, $handle: String!) { linkXHandle(input: { seekerId: $seekerId, handle: $handle }) { seeker { id xHandle } ${USER_ERRORS} } }`;
export const SEAT_USAGE = `{ seatUsage { plan seatLimit used free termStart termEnd unassignedActiveSeekers byCoach { coach { id } activeSeekers } } }`;

/** The top-level error code of a result (NOT_FOUND, FORBIDDEN, …), if any. */
export const errorCode = (res: GqlResult<unknown>): string | undefined =>
  res.errors?.[0]?.extensions.code;

/** The database uuid behind a global id. */
export function uuidOf(globalId: string): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw new Error(`not a global id: ${globalId}`);
  return parsed.uuid;
}

export const suffix = () => randomBytes(4).toString('hex');

/** Signs the seeker in as themself (role seeker, linked to their record); returns the token. */
export async function seekerToken(
  t: TestApp,
  tenant: TestTenant,
  seeker: { id: string; email: string },
): Promise<string> {
  await newMember(t, tenant.tenantId, 'seeker', seeker.email, uuidOf(seeker.id));
  return (await login(t, seeker.email)).accessToken;
}

/** Activates through the API and fails loudly if it did not work. */
export async function activate(t: TestApp, token: string, seekerId: string): Promise<void> {
  const res = await t.gql(ACTIVATE, { id: seekerId }, token);
  if (res.data?.activateSeeker?.seeker?.status !== 'ACTIVE') {
    throw new Error(`activateSeeker failed: ${JSON.stringify(res.body)}`);
  }
}

/** Superuser read of one query's rows, bypassing RLS and the API. */
export function dbRows<T = Record<string, unknown>>(
  t: TestApp,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return withClient(t.db.ownerUrl, async (c) => (await c.query(sql, params)).rows as T[]);
}

/** Everything stored about one seeker, for "nothing changed" assertions. */
export async function seekerSnapshot(t: TestApp, seekerId: string) {
  const id = uuidOf(seekerId);
  const [seeker] = await dbRows(t, `select to_jsonb(s) as row from seekers s where id = $1`, [id]);
  const coaches = await dbRows(
    t,
    `select membership_id from seeker_coaches where seeker_id = $1 order by membership_id`,
    [id],
  );
  const notes = await dbRows(
    t,
    `select id, body from coach_notes where seeker_id = $1 order by id`,
    [id],
  );
  const consents = await dbRows(
    t,
    `select to_jsonb(c) as row from consents c where seeker_id = $1 order by id`,
    [id],
  );
  return { seeker, coaches, notes, consents };
}
