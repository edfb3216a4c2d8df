export type OutboundErrorCode =
  | 'BAD_URL'
  | 'BLOCKED_ADDRESS'
  | 'BLOCKED_PORT'
  | 'DNS'
  | 'TIMEOUT'
  | 'CONNECTION'
  | 'TLS'
  | 'TOO_MANY_REDIRECTS';

/** Why an outbound request failed or was refused; `url` is the hop it happened on. */
export class OutboundError extends Error {
  override readonly name = 'OutboundError';

  constructor(
    readonly code: OutboundErrorCode,
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
