/**
 * When a link is looked at again. A definite answer holds for days (sites change slowly and every
 * check is a request to someone else's server); a temporary failure is retried soon, backing off.
 */
import type { LinkState } from '@libs/outbound';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Seconds until the next check of a link found in `state` after `attempts` temporary failures. */
export function recheckAfterSeconds(state: LinkState, attempts: number): number {
  switch (state) {
    case 'ok':
      return 7 * DAY;
    case 'broken':
      // A page can come back (a site moved, then fixed); look again before anyone acts on it.
      return 3 * DAY;
    case 'blocked':
      return 30 * DAY;
    case 'unknown':
      return Math.min(15 * MINUTE * 2 ** Math.max(0, attempts), DAY);
  }
}
