/**
 * Webhook signatures in Stripe's scheme: `Perch-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256(secret, "<t>.<raw body>")>`. Signing the timestamp with the body lets a receiver
 * refuse replays older than its tolerance; while a secret is being rotated both secrets sign, so
 * the header then carries two `v1` values and a receiver accepts either.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Perch-Signature';
/** How far a receiver should let the signed time be from its clock. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function signature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The header value for a body signed at `timestamp` with every given secret. */
export function signatureHeader(secrets: readonly string[], timestamp: number, body: string) {
  return [`t=${timestamp}`, ...secrets.map((s) => `v1=${signature(s, timestamp, body)}`)].join(',');
}

export type VerifyResult =
  { ok: true; timestamp: number } | { ok: false; reason: 'malformed' | 'stale' | 'mismatch' };

/** What a receiver does: parse, check the time, compare in constant time. */
export function verifySignature(
  header: string | undefined,
  body: string,
  secret: string,
  opts: { toleranceSeconds?: number; now?: number } = {},
): VerifyResult {
  if (!header) return { ok: false, reason: 'malformed' };
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  const sigs = parts
    .filter(([k, v]) => k === 'v1' && /^[0-9a-f]{64}$/.test(v ?? ''))
    .map(([, v]) => v);
  if (!Number.isInteger(t) || !sigs.length) return { ok: false, reason: 'malformed' };
  const now = opts.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - t) > (opts.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) {
    return { ok: false, reason: 'stale' };
  }
  const want = Buffer.from(signature(secret, t, body), 'hex');
  const ok = sigs.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), want));
  return ok ? { ok: true, timestamp: t } : { ok: false, reason: 'mismatch' };
}
