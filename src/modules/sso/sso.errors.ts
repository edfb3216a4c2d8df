/**
 * Why a sign-on was refused. The IdP admin and the person both need the reason (a wrong
 * certificate and an expired clock look alike to the person otherwise), and none of these
 * reasons tells an attacker more than the request they sent already does.
 */
export type SsoReason =
  | 'unknown_tenant'
  | 'no_connection'
  | 'signature'
  | 'wrapped'
  | 'audience'
  | 'expired'
  | 'replayed'
  | 'wrong_tenant'
  | 'wrong_issuer'
  | 'nonce'
  | 'algorithm'
  | 'state'
  | 'idp_error'
  | 'bad_request'
  | 'not_provisioned'
  | 'account_exists'
  | 'seat_limit_reached'
  | 'inactive'
  | 'unavailable'
  | 'invalid';

const STATUS: Record<SsoReason, number> = {
  unknown_tenant: 404,
  no_connection: 404,
  signature: 401,
  wrapped: 401,
  audience: 401,
  expired: 401,
  replayed: 401,
  wrong_tenant: 401,
  wrong_issuer: 401,
  nonce: 401,
  algorithm: 401,
  state: 401,
  idp_error: 401,
  bad_request: 400,
  not_provisioned: 403,
  account_exists: 409,
  seat_limit_reached: 403,
  inactive: 403,
  unavailable: 502,
  invalid: 401,
};

export class SsoRefusal extends Error {
  constructor(
    readonly reason: SsoReason,
    message: string,
  ) {
    super(message);
    this.name = 'SsoRefusal';
  }

  get status(): number {
    return STATUS[this.reason];
  }

  /** The same JSON error shape as Perch's other HTTP routes, with the reason beside the code. */
  body(): { errors: { message: string; extensions: { code: string; reason: SsoReason } }[] } {
    return {
      errors: [{ message: this.message, extensions: { code: 'SSO_REFUSED', reason: this.reason } }],
    };
  }
}

/**
 * node-saml and openid-client report failures as messages; this maps each to its reason. An
 * unmatched message is still a refusal ('invalid'), never a 500.
 */
export function reasonFromError(err: unknown): SsoRefusal {
  if (err instanceof SsoRefusal) return err;
  // openid-client wraps oauth4webapi's error, whose own message names the claim at fault.
  const messages: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    messages.push(e instanceof Error ? e.message : typeof e === 'string' ? e : '');
    e = e instanceof Error ? e.cause : undefined;
  }
  const message = messages.join(' | ');
  const rules: [RegExp, SsoReason, string][] = [
    [
      /multiple assertions/i,
      'wrapped',
      'The response carries more than one assertion (XML signature wrapping).',
    ],
    [
      /signature|Cannot obtain assertion|verif/i,
      'signature',
      'The response is not signed by the identity provider’s certificate.',
    ],
    [
      /audience|\baud\b/i,
      'audience',
      'The assertion is meant for another service provider (audience).',
    ],
    [
      /expired|NotOnOrAfter|NotBefore|too old|\bexp\b|\biat\b|\bnbf\b|subject ?confirmation/i,
      'expired',
      'The assertion or token is expired or not yet valid (more than 60 s of clock skew).',
    ],
    [
      /InResponseTo/i,
      'replayed',
      'The response answers no pending sign-in of this organization: it was replayed or expired.',
    ],
    [/nonce/i, 'nonce', 'The ID token’s nonce does not match this sign-in.'],
    [
      /\balg\b|algorithm|JWS/i,
      'algorithm',
      'The ID token is unsigned or signed with an algorithm Perch does not accept.',
    ],
    [
      /\biss\b|issuer/i,
      'wrong_issuer',
      'The token comes from another issuer than this organization’s identity provider.',
    ],
    [/\bstate\b/i, 'state', 'The sign-in state does not match.'],
  ];
  for (const [re, reason, text] of rules) if (re.test(message)) return new SsoRefusal(reason, text);
  return new SsoRefusal('invalid', 'The identity provider’s answer could not be accepted.');
}
