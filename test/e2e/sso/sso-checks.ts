/**
 * What the SSO suites check after a sign-in or a refusal: how many accounts, memberships, links
 * and seekers exist (a refusal must leave them all as they were), and the refusal's reason.
 */
import type request from 'supertest';
import type { TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';

export async function identityCounts(t: TestApp): Promise<Record<string, number>> {
  return withClient(t.db.ownerUrl, async (c) => {
    const r = await c.query(
      `select (select count(*) from users)::int as users, (select count(*) from memberships)::int as memberships,
              (select count(*) from sso_links)::int as links, (select count(*) from seekers)::int as seekers`,
    );
    return r.rows[0] as Record<string, number>;
  });
}

export function reasonOf(res: request.Response): string {
  return (res.body as { errors: { extensions: { reason: string } }[] }).errors[0].extensions.reason;
}
