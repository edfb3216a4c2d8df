/**
 * libs/x-client: Perch's access to the X API v2 through twitter-api-v2 — a governor for rate
 * windows, retries and timeouts, typed results, and a record of every call for the cost meter.
 */
export { XError, toXError, type XErrorCode } from './errors.js';
export { Governor, type GovernorOptions, type RateWindow } from './governor.js';
export {
  XClient,
  XOAuth,
  XReader,
  XUserClient,
  type CallHook,
  type PageOptions,
  type TimelineOptions,
  type XClientOptions,
  type XTokens,
} from './x-client.js';
export type { XCallRecord, XList, XPage, XPost, XUsageKind, XUser } from './types.js';
export {
  ArchiveError,
  DEFAULT_ARCHIVE_LIMITS,
  archiveTweetToPost,
  eraOf,
  parseYtd,
  readXArchive,
  type ArchiveAccount,
  type ArchiveEra,
  type ArchiveErrorCode,
  type ArchiveLimits,
  type ArchiveProgress,
  type ArchiveRecord,
} from './archive.js';
