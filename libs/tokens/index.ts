/**
 * Opaque bearer tokens in GitHub's 2021 format: a type prefix, the tenant and row ids, a 256-bit
 * secret and a CRC32 checksum in base62. The checksum lets a typo or a forged token be refused
 * before any database query; the ids let the server find the row under its tenant without a
 * cross-tenant index; only a SHA-256 digest of the secret is stored.
 *
 *   perch_<kind>_<22 chars tenant id><22 chars row id>_<43 chars secret>_<6 chars crc32>
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** API key, refresh token, invitation, X-connect state, calendar feed, SCIM provisioning. */
export type TokenKind = 'key' | 'rt' | 'inv' | 'xst' | 'cal' | 'scim';

export interface MintedToken {
  /** Shown to its owner once; never stored. */
  token: string;
  /** SHA-256 of the secret part, for storage. */
  secretHash: Buffer;
}

export interface ParsedToken {
  kind: TokenKind;
  tenantId: string;
  id: string;
  secret: string;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const TOKEN_RE =
  /^perch_(key|rt|inv|xst|cal|scim)_([A-Za-z0-9_-]{22})([A-Za-z0-9_-]{22})_([A-Za-z0-9_-]{43})_([0-9A-Za-z]{6})$/;

function base62(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out;
}

const uuidToB64 = (uuid: string) =>
  Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');
function b64ToUuid(s: string): string | null {
  const hex = Buffer.from(s, 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Makes a new token for the row `id` of `tenantId`. */
export function mintToken(kind: TokenKind, tenantId: string, id: string): MintedToken {
  const secret = randomBytes(32).toString('base64url');
  const body = `perch_${kind}_${uuidToB64(tenantId)}${uuidToB64(id)}_${secret}`;
  return { token: `${body}_${base62(crc32(body), 6)}`, secretHash: hashSecret(secret) };
}

/** Parses and checksums a token; null for anything malformed or of another kind. */
export function parseToken(token: string, kind: TokenKind): ParsedToken | null {
  const m = TOKEN_RE.exec(token);
  if (!m || m[1] !== kind) return null;
  const body = token.slice(0, token.length - 7);
  if (base62(crc32(body), 6) !== m[5]) return null;
  const tenantId = b64ToUuid(m[2]);
  const id = b64ToUuid(m[3]);
  if (!tenantId || !id) return null;
  return { kind, tenantId, id, secret: m[4] };
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** Constant-time comparison of a presented secret with a stored digest. */
export function secretMatches(secret: string, storedHash: Buffer): boolean {
  const presented = hashSecret(secret);
  return presented.length === storedHash.length && timingSafeEqual(presented, storedHash);
}

/** The first characters of a token, safe to show in lists ("perch_key_AbCd…"). */
export function tokenHint(token: string): string {
  return `${token.slice(0, 16)}…`;
}
