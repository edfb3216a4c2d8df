import type { IncomingHttpHeaders } from 'node:http';
import type { TenantScope } from '../database/context.js';

/** What we need of a request on either HTTP platform (Express or Fastify). */
export interface RequestWithPerch {
  headers: IncomingHttpHeaders;
  id?: string | number;
  /** Set by the AccessGuard once the caller is authenticated. */
  perch?: TenantScope;
  /** The one identification of this request, shared by the guard runs of its root fields. */
  perchIdentified?: Promise<void>;
}
