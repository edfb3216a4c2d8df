/**
 * The SCIM 2.0 wire format (RFC 7643/7644) as Entra ID and Okta actually send it, kept free of
 * Nest and the database so it can be tested on its own. Entra capitalises ops ("Replace"), sends
 * booleans as strings ("False") and both path-less ops with a value object and dotted paths;
 * Okta sends path-less `replace` ops with `{"active": false}` and PUTs the whole user.
 */
export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export type ScimType =
  | 'invalidFilter'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'invalidValue'
  | 'noTarget'
  | 'uniqueness'
  | 'mutability'
  | 'tooMany';

/** A failure answered in the SCIM error format; `scimType` only where RFC 7644 §3.12 has one. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
    this.name = 'ScimError';
  }

  body(): Record<string, unknown> {
    return {
      schemas: [ERROR_SCHEMA],
      status: String(this.status),
      ...(this.scimType ? { scimType: this.scimType } : {}),
      detail: this.detail,
    };
  }

  static invalidValue(detail: string): ScimError {
    return new ScimError(400, detail, 'invalidValue');
  }
  static notFound(): ScimError {
    // The same for a foreign, deleted or made-up id, so another tenant's users never show.
    return new ScimError(404, 'No user with that id.');
  }
}

/** What Perch keeps of a SCIM user. */
export interface ScimUserFields {
  userName: string;
  externalId: string | null;
  name: string;
  email: string;
  active: boolean;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** SCIM booleans, including Entra's "True"/"False" strings. */
export function scimBoolean(v: unknown, field: string): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true') return true;
    if (s === 'false') return false;
  }
  throw ScimError.invalidValue(`${field} must be true or false.`);
}

function optString(v: unknown, field: string, max: number): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw ScimError.invalidValue(`${field} must be a string.`);
  const s = v.trim();
  if (s.length > max) throw ScimError.invalidValue(`${field} is at most ${max} characters.`);
  return s || null;
}

/** The primary email, else the work one, else the first; null if none is given. */
function pickEmail(emails: unknown): string | null {
  if (emails === undefined || emails === null) return null;
  if (!Array.isArray(emails)) throw ScimError.invalidValue('emails must be an array.');
  const list = emails.filter(isObject);
  const chosen =
    list.find((e) => e.primary === true || String(e.primary).toLowerCase() === 'true') ??
    list.find((e) => e.type === 'work') ??
    list[0];
  return chosen ? optString(chosen.value, 'emails.value', 320) : null;
}

function displayName(u: Json): string | null {
  const name = isObject(u.name) ? u.name : {};
  const formatted = optString(name.formatted, 'name.formatted', 200);
  const joined = [
    optString(name.givenName, 'name.givenName', 100),
    optString(name.familyName, 'name.familyName', 100),
  ]
    .filter(Boolean)
    .join(' ');
  return formatted || joined || optString(u.displayName, 'displayName', 200);
}

/**
 * Reads a whole user (POST, PUT). A missing email falls back to the userName when that is an
 * address (Entra's userName is the UPN), a missing name to the email.
 */
export function parseUser(body: unknown): ScimUserFields {
  if (!isObject(body)) throw new ScimError(400, 'The body must be a JSON object.', 'invalidSyntax');
  const userName = optString(body.userName, 'userName', 320);
  if (!userName) throw ScimError.invalidValue('userName is required.');
  const email = (pickEmail(body.emails) ?? userName).toLowerCase();
  if (!EMAIL_RE.test(email)) {
    throw ScimError.invalidValue(
      'Perch needs an email address: send emails[primary] or a userName that is one.',
    );
  }
  return {
    userName,
    externalId: optString(body.externalId, 'externalId', 200),
    name: displayName(body) ?? email,
    email,
    active: body.active === undefined ? true : scimBoolean(body.active, 'active'),
  };
}

/** Attributes a PATCH may change, by lower-cased path. */
function applyAttribute(user: ScimUserFields, path: string, value: unknown, op: string): void {
  const p = path.trim().toLowerCase();
  const str = (field: string, max: number) => {
    const s = optString(value, field, max);
    if (!s && op !== 'remove') throw ScimError.invalidValue(`${field} cannot be empty.`);
    return s;
  };
  if (p === 'active') {
    user.active = op === 'remove' ? false : scimBoolean(value, 'active');
  } else if (p === 'username') {
    user.userName = str('userName', 320) ?? user.userName;
  } else if (p === 'externalid') {
    user.externalId = op === 'remove' ? null : str('externalId', 200);
  } else if (p === 'displayname' || p === 'name.formatted') {
    user.name = str(path, 200) ?? user.name;
  } else if (p === 'name.givenname' || p === 'name.familyname') {
    // Perch keeps one name; a changed part replaces the matching word of it.
    const s = str(path, 100);
    if (s) {
      const [given, ...rest] = user.name.split(' ');
      user.name = p === 'name.givenname' ? [s, ...rest].join(' ') : [given, s].join(' ');
    }
  } else if (p === 'name' && isObject(value)) {
    user.name = displayName({ name: value }) ?? user.name;
  } else if (p === 'emails' || p.startsWith('emails[')) {
    const email = p === 'emails' ? pickEmail(value) : optString(value, 'emails.value', 320);
    if (email) {
      if (!EMAIL_RE.test(email)) throw ScimError.invalidValue('emails.value is not an address.');
      user.email = email.toLowerCase();
    }
  } else if (p.startsWith(ENTERPRISE_SCHEMA.toLowerCase()) || p.startsWith('urn:')) {
    // Department, manager, …: accepted so a directory's full mapping does not fail, not kept.
  } else if (
    ['title', 'preferredlanguage', 'locale', 'timezone', 'nickname', 'addresses', 'phonenumbers']
      .map(String)
      .some((a) => p === a || p.startsWith(`${a}[`) || p.startsWith(`${a}.`))
  ) {
    // Common attributes Perch does not keep: ignored rather than refused, as RFC 7644 allows.
  } else {
    throw new ScimError(400, `Perch does not support the attribute "${path}".`, 'invalidPath');
  }
}

/** Applies a PatchOp body to a copy of `user`. */
export function applyPatch(current: ScimUserFields, body: unknown): ScimUserFields {
  if (!isObject(body)) throw new ScimError(400, 'The body must be a JSON object.', 'invalidSyntax');
  const ops = body.Operations ?? body.operations;
  if (!Array.isArray(ops) || ops.length === 0) {
    throw new ScimError(400, 'A PATCH needs a non-empty "Operations" array.', 'invalidSyntax');
  }
  if (ops.length > 100) throw new ScimError(400, 'At most 100 operations a PATCH.', 'tooMany');
  const user = { ...current };
  for (const raw of ops) {
    if (!isObject(raw)) throw new ScimError(400, 'Each operation is an object.', 'invalidSyntax');
    const op = typeof raw.op === 'string' ? raw.op.trim().toLowerCase() : '';
    if (op !== 'add' && op !== 'replace' && op !== 'remove') {
      throw new ScimError(
        400,
        `Unknown op "${String(raw.op)}": use add, replace or remove.`,
        'invalidSyntax',
      );
    }
    const path = typeof raw.path === 'string' && raw.path.trim() ? raw.path : null;
    if (path) {
      applyAttribute(user, path, raw.value, op);
    } else if (op === 'remove') {
      throw new ScimError(400, 'A remove op needs a path.', 'noTarget');
    } else if (isObject(raw.value)) {
      for (const [key, value] of Object.entries(raw.value)) applyAttribute(user, key, value, op);
    } else {
      throw new ScimError(400, 'An op without a path needs an object value.', 'invalidValue');
    }
  }
  return user;
}

export interface ScimFilter {
  attribute: 'userName' | 'externalId';
  value: string;
}

/** The filters provisioning clients use: `userName eq "…"` and `externalId eq "…"`. */
export function parseFilter(filter: string | undefined): ScimFilter | null {
  if (filter === undefined || filter.trim() === '') return null;
  const m = /^\s*(userName|externalId)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
  if (!m) {
    throw new ScimError(
      400,
      'Perch supports only the filters userName eq "…" and externalId eq "…".',
      'invalidFilter',
    );
  }
  const attribute = m[1].toLowerCase() === 'username' ? 'userName' : 'externalId';
  return { attribute, value: m[2].replace(/\\(.)/g, '$1') };
}

/** startIndex is 1-based; values below 1 are 1 and a count above the maximum is the maximum. */
export function parsePaging(
  startIndex: string | undefined,
  count: string | undefined,
  max: number,
): { offset: number; limit: number } {
  const int = (s: string | undefined, fallback: number) => {
    if (s === undefined || s === '') return fallback;
    const n = Number(s);
    if (!Number.isInteger(n)) throw ScimError.invalidValue('startIndex and count are integers.');
    return n;
  };
  const start = Math.max(1, int(startIndex, 1));
  const limit = Math.min(max, Math.max(0, int(count, max)));
  return { offset: start - 1, limit };
}
