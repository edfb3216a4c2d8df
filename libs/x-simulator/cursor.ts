/**
 * Opaque pagination tokens: a position (an offset, and for post lists the id of the last post
 * sent, so pages stay stable while new posts arrive) signed with a per-simulator key and bound to
 * the endpoint and resource. A token from another endpoint, or an edited one, is refused.
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface CursorPosition {
  offset: number;
  lastId: string;
}

const MAC_BYTES = 10;

export class CursorCodec {
  constructor(private readonly key: Buffer = randomBytes(32)) {}

  encode(scope: string, position: CursorPosition): string {
    const payload = Buffer.from(`${position.offset}.${position.lastId}`);
    return Buffer.concat([payload, this.mac(scope, payload)]).toString('base64url');
  }

  decode(scope: string, token: string): CursorPosition | undefined {
    if (!/^[A-Za-z0-9_-]{16,200}$/.test(token)) return undefined;
    const raw = Buffer.from(token, 'base64url');
    if (raw.length <= MAC_BYTES) return undefined;
    const payload = raw.subarray(0, raw.length - MAC_BYTES);
    const mac = raw.subarray(raw.length - MAC_BYTES);
    if (!this.mac(scope, payload).equals(mac)) return undefined;
    const m = /^(\d{1,9})\.(\d{0,19})$/.exec(payload.toString());
    return m ? { offset: Number(m[1]), lastId: m[2] } : undefined;
  }

  private mac(scope: string, payload: Buffer): Buffer {
    return createHmac('sha256', this.key)
      .update(scope)
      .update('\n')
      .update(payload)
      .digest()
      .subarray(0, MAC_BYTES);
  }
}
