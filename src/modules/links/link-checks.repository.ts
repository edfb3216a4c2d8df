import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LinkState } from '@libs/outbound';
import { DatabaseService } from '../../platform/database/database.service.js';

export type StoredLinkState = LinkState | 'pending';

export interface LinkRow {
  url: string;
  state: StoredLinkState;
  httpStatus: number | null;
  finalUrl: string | null;
  reason: string | null;
  checkedAt: Date | null;
}

/** A link not tracked or not checked yet. */
export function pendingLink(url: string): LinkRow {
  return { url, state: 'pending', httpStatus: null, finalUrl: null, reason: null, checkedAt: null };
}

export const LINK = `url, state, http_status as "httpStatus", final_url as "finalUrl", reason,
  checked_at as "checkedAt"`;

/** link_checks is global (public layer): no tenant column, read and written outside RLS. */
@Injectable()
export class LinkChecksRepository {
  constructor(private readonly db: DatabaseService) {}

  private run<T>(m: EntityManager | undefined, work: (m: EntityManager) => Promise<T>) {
    return m ? work(m) : this.db.global(work);
  }

  async track(urls: readonly string[], m?: EntityManager): Promise<void> {
    if (!urls.length) return;
    await this.run(m, (q) =>
      q.query(
        `insert into link_checks (url) select unnest($1::text[]) on conflict (url) do nothing`,
        [urls],
      ),
    );
  }

  async find(urls: readonly string[], m?: EntityManager): Promise<LinkRow[]> {
    if (!urls.length) return [];
    return this.run(m, (q) =>
      q.query<LinkRow[]>(`select ${LINK} from link_checks where url = any($1::text[])`, [urls]),
    );
  }

  /** Claims up to `limit` due links for `leaseSeconds`; a worker that dies frees them then. */
  claimDue(limit: number, leaseSeconds: number): Promise<{ url: string; attempts: number }[]> {
    return this.db.global((q) =>
      q.query(
        `with due as (
           select url from link_checks
            where next_check_at <= now() and (lease_until is null or lease_until < now())
            order by next_check_at limit $1 for update skip locked),
         claimed as (
           update link_checks l set lease_until = now() + make_interval(secs => $2)
             from due where l.url = due.url
           returning l.url, l.attempts)
         select url, attempts from claimed`,
        [limit, leaseSeconds],
      ),
    );
  }

  /**
   * Stores a check. A temporary failure (unknown) does not overwrite a definite answer from
   * before: a site that is slow today keeps its last known state until it answers again.
   */
  async record(
    url: string,
    r: {
      state: LinkState;
      httpStatus: number | null;
      finalUrl: string | null;
      reason: string;
    },
    recheckSeconds: number,
  ): Promise<void> {
    await this.db.global((q) =>
      q.query(
        `update link_checks set
           state = case when $2 = 'unknown' and state in ('ok','broken') then state else $2 end,
           http_status = case when $2 = 'unknown' and state in ('ok','broken') then http_status else $3 end,
           final_url = case when $2 = 'unknown' and state in ('ok','broken') then final_url else $4 end,
           reason = case when $2 = 'unknown' and state in ('ok','broken') then reason else $5 end,
           attempts = case when $2 = 'unknown' then attempts + 1 else 0 end,
           checked_at = now(),
           next_check_at = now() + make_interval(secs => $6),
           lease_until = null
         where url = $1`,
        [url, r.state, r.httpStatus, r.finalUrl?.slice(0, 2048) ?? null, r.reason, recheckSeconds],
      ),
    );
  }
}
