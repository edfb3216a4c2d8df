/**
 * Secrets at rest (OAuth tokens of seekers, later SSO and webhook secrets): AES-256-GCM with a
 * fresh 96-bit nonce per value, bound by additional authenticated data to the tenant, table,
 * column and row it belongs to, so a ciphertext copied to another row or tenant fails to decrypt.
 * The stored form names its key, `v1.<kid>.<nonce>.<ciphertext>.<tag>` (base64url parts), so keys
 * rotate the way Rails' key provider does: the primary key encrypts, every known key decrypts,
 * and re-encryption moves old values to the primary.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Where a secret lives; changing any part makes the ciphertext undecryptable there. */
export interface SecretContext {
  tenantId: string;
  table: string;
  column: string;
  rowId: string;
}

export class SecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretError';
  }
}

const VERSION = 'v1';
const KID_RE = /^[A-Za-z0-9_-]{1,32}$/;

function aad(ctx: SecretContext): Buffer {
  // Length-prefixed, so ("ab","c") and ("a","bc") differ.
  return Buffer.from(
    [ctx.tenantId, ctx.table, ctx.column, ctx.rowId].map((p) => `${p.length}:${p}`).join('|'),
  );
}

/** A set of 256-bit keys by id, one of them primary. */
export class Keyring {
  private readonly keys = new Map<string, Buffer>();

  /**
   * @param primary the id of the key that encrypts
   * @param keys every key that may decrypt, by id (the primary among them)
   */
  constructor(
    readonly primary: string,
    keys: Record<string, Buffer>,
  ) {
    for (const [kid, key] of Object.entries(keys)) {
      if (!KID_RE.test(kid))
        throw new SecretError(`key id "${kid}" must be 1–32 letters, digits, _ or -`);
      if (key.length !== 32) throw new SecretError(`key "${kid}" must be 32 bytes`);
      this.keys.set(kid, key);
    }
    if (!this.keys.has(primary))
      throw new SecretError(`the primary key "${primary}" is not in the keyring`);
  }

  /**
   * Parses `kid:base64,kid:base64` (the first is primary) or a single base64 key (id "k1").
   */
  static parse(spec: string): Keyring {
    const parts = spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length === 1 && !parts[0].includes(':')) {
      return new Keyring('k1', { k1: Buffer.from(parts[0], 'base64') });
    }
    const keys: Record<string, Buffer> = {};
    for (const p of parts) {
      const [kid, b64] = p.split(':');
      if (!kid || !b64) throw new SecretError('keys are written kid:base64, separated by commas');
      keys[kid] = Buffer.from(b64, 'base64');
    }
    return new Keyring(parts[0].split(':')[0], keys);
  }

  key(kid: string): Buffer | undefined {
    return this.keys.get(kid);
  }
}

/** Encrypts and decrypts values for one place (SecretContext) with a keyring. */
export class SecretBox {
  constructor(private readonly keyring: Keyring) {}

  encrypt(plaintext: string, ctx: SecretContext): string {
    const kid = this.keyring.primary;
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keyring.key(kid)!, nonce);
    cipher.setAAD(aad(ctx));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [
      VERSION,
      kid,
      nonce.toString('base64url'),
      ct.toString('base64url'),
      tag.toString('base64url'),
    ].join('.');
  }

  decrypt(stored: string, ctx: SecretContext): string {
    const [version, kid, nonce, ct, tag, extra] = stored.split('.');
    if (
      version !== VERSION ||
      !kid ||
      nonce === undefined ||
      ct === undefined ||
      !tag ||
      extra !== undefined
    ) {
      throw new SecretError('not a stored secret');
    }
    const key = this.keyring.key(kid);
    if (!key) throw new SecretError(`the key "${kid}" that encrypted this value is not configured`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
      decipher.setAAD(aad(ctx));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(ct, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      // Wrong row, wrong tenant, tampered bytes: one answer, no detail about which.
      throw new SecretError('the secret does not decrypt here');
    }
  }

  /** The key id a stored value was encrypted with. */
  static keyId(stored: string): string | null {
    const parts = stored.split('.');
    return parts[0] === VERSION && parts[1] ? parts[1] : null;
  }

  /** True when the value should be re-encrypted with the primary key. */
  needsRotation(stored: string): boolean {
    return SecretBox.keyId(stored) !== this.keyring.primary;
  }

  /** Decrypts with whichever key encrypted it and encrypts again with the primary. */
  reencrypt(stored: string, ctx: SecretContext): string {
    return this.encrypt(this.decrypt(stored, ctx), ctx);
  }
}
