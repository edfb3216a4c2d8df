/**
 * Opaque global ids: `<prefix>_<base64url of the 16 uuid bytes>`. The prefix names the type, so
 * `node(id)` knows where to look and a Seeker id passed where a CoachNote is expected is simply
 * not found. Clients must treat them as opaque; no argument accepts a raw database id.
 */
import { AppError } from '../errors.js';

export const ID_PREFIXES = {
  Seeker: 'skr',
  StaffMember: 'stf',
  CoachNote: 'note',
  Consent: 'cns',
  ApiKey: 'key',
  Invitation: 'inv',
  Tenant: 'tnt',
  License: 'lic',
  XArchiveImport: 'xai',
  XWatch: 'xwt',
  Company: 'cmp',
  SeekerTarget: 'tgt',
  Topic: 'tpc',
  Cohort: 'coh',
  MentorContact: 'mct',
  OutreachDraft: 'odr',
  InformationalInterview: 'ivw',
  SeekerTask: 'tsk',
  CohortCheckIn: 'chk',
  Organization: 'org',
  OrgEvent: 'evt',
  HashtagChat: 'cht',
  JobPosting: 'job',
  JobMatch: 'jmt',
  JobApplication: 'app',
  VoiceDraft: 'vdr',
  AuditEvent: 'aud',
  WebhookEndpoint: 'whk',
  WebhookDelivery: 'whd',
  BulkExport: 'bex',
  SsoConnection: 'sso',
  ScimToken: 'sct',
  RosterImport: 'rim',
} as const;
export type NodeType = keyof typeof ID_PREFIXES;

const BY_PREFIX = new Map<string, NodeType>(
  Object.entries(ID_PREFIXES).map(([type, prefix]) => [prefix, type as NodeType]),
);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toGlobalId(type: NodeType, uuid: string): string {
  return `${ID_PREFIXES[type]}_${Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url')}`;
}

/** Decodes any well-formed global id, or returns null. */
export function parseGlobalId(id: string): { type: NodeType; uuid: string } | null {
  const sep = id.indexOf('_');
  if (sep < 1 || id.length - sep - 1 !== 22) return null;
  const type = BY_PREFIX.get(id.slice(0, sep));
  const body = id.slice(sep + 1);
  if (!type || !/^[A-Za-z0-9_-]{22}$/.test(body)) return null;
  const hex = Buffer.from(body, 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return UUID_RE.test(uuid) ? { type, uuid } : null;
}

/** The uuid of an id of the expected type; anything else is NOT_FOUND, like a missing object. */
export function fromGlobalId(id: string, type: NodeType): string {
  const parsed = parseGlobalId(id);
  if (!parsed || parsed.type !== type) throw AppError.notFound(describe(type));
  return parsed.uuid;
}

export function describe(type: NodeType): string {
  return type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
