/**
 * Outbound HTTP to URLs that users or posts supplied (link checks, later webhook deliveries),
 * refusing server-side request forgery: private, loopback, link-local and other non-public
 * addresses, unusual ports, credentials in URLs, and redirects to any of these.
 */
export { isPublicAddress } from './address.js';
export { OutboundError, type OutboundErrorCode } from './errors.js';
export {
  checkTarget,
  type OutboundOptions,
  type OutboundResponse,
  safeRequest,
} from './request.js';
export { type LinkCheck, type LinkState, checkLink } from './link-check.js';
