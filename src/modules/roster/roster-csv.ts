/**
 * Roster CSV files: decoding (UTF-8 only, with or without BOM; anything else is refused with the
 * reason, since guessing Latin-1 would silently corrupt names), parsing and row validation. Pure,
 * so the rules are tested without a database.
 */
import { parse } from 'csv-parse/sync';

export const MAX_ROSTER_BYTES = 32 * 1024 ** 2;
export const MAX_ROSTER_ROWS = 100_000;

export class RosterFileError extends Error {}

const EMAIL_RE = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export interface RosterRow {
  /** 1-based line of the file, the header being line 1. */
  line: number;
  externalId: string;
  email: string;
  name: string;
  coachEmail: string | null;
  cohort: string | null;
}

export type RowCheck =
  | { ok: true; row: RosterRow }
  | { ok: false; line: number; externalId: string | null; reason: string };

/** The file as text, or a RosterFileError saying why it is not UTF-8. */
export function decodeRoster(buf: Buffer): string {
  if (buf.length === 0) throw new RosterFileError('The file is empty.');
  if (buf.length > MAX_ROSTER_BYTES) {
    throw new RosterFileError(`The file is larger than ${MAX_ROSTER_BYTES / 1024 ** 2} MB.`);
  }
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new RosterFileError(
      'The file is UTF-16; save it as "CSV UTF-8" (Excel) or UTF-8 and upload it again.',
    );
  }
  if (buf.subarray(0, 4096).includes(0)) {
    throw new RosterFileError(
      'The file has NUL bytes, as UTF-16 text does; save it as UTF-8 and upload it again.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new RosterFileError(
      'The file is not UTF-8 (it looks like Latin-1 or Windows-1252); save it as "CSV UTF-8" and upload it again.',
    );
  }
}

const HEADER_ALIASES: Record<string, string> = {
  external_id: 'external_id',
  externalid: 'external_id',
  student_id: 'external_id',
  email: 'email',
  email_address: 'email',
  name: 'name',
  full_name: 'name',
  first_name: 'first_name',
  firstname: 'first_name',
  given_name: 'first_name',
  last_name: 'last_name',
  lastname: 'last_name',
  family_name: 'last_name',
  surname: 'last_name',
  coach_email: 'coach_email',
  cohort: 'cohort',
  term: 'cohort',
};

function headerKey(h: string): string {
  const k = h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return HEADER_ALIASES[k] ?? k;
}

/** Parses the text into records keyed by canonical column names. */
export function parseRoster(text: string): { records: Record<string, string>[] } {
  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      to: MAX_ROSTER_ROWS + 2,
    });
  } catch (err) {
    throw new RosterFileError(`The file is not valid CSV: ${(err as Error).message}`);
  }
  const [header, ...body] = rows;
  if (!header) throw new RosterFileError('The file has no header line.');
  if (body.length > MAX_ROSTER_ROWS) {
    throw new RosterFileError(
      `The file has more than ${MAX_ROSTER_ROWS} rows; split it into files of at most ${MAX_ROSTER_ROWS}.`,
    );
  }
  const keys = header.map(headerKey);
  const missing = ['external_id', 'email'].filter((k) => !keys.includes(k));
  if (!keys.includes('name') && !(keys.includes('first_name') && keys.includes('last_name'))) {
    missing.push('name (or first_name and last_name)');
  }
  if (missing.length) {
    throw new RosterFileError(`The header is missing: ${missing.join(', ')}.`);
  }
  const records = body.map((cells) => {
    const r: Record<string, string> = {};
    keys.forEach((k, i) => (r[k] = cells[i] ?? ''));
    r.__cells = String(cells.length);
    return r;
  });
  return { records: records.map((r) => ({ ...r, __width: String(keys.length) })) };
}

/** One record's problems, or the normalised row. `line` is its line in the file. */
export function checkRow(r: Record<string, string>, line: number): RowCheck {
  const externalId = (r.external_id ?? '').trim();
  const fail = (reason: string): RowCheck => ({
    ok: false,
    line,
    externalId: externalId || null,
    reason,
  });
  if (r.__cells && r.__width && r.__cells !== r.__width) {
    return fail(`The row has ${r.__cells} columns; the header has ${r.__width}.`);
  }
  if (!externalId) return fail('external_id is empty.');
  if (externalId.length > 200) return fail('external_id is longer than 200 characters.');
  const email = (r.email ?? '').trim().toLowerCase();
  if (!EMAIL_RE.test(email) || email.length > 320) return fail('email is not an email address.');
  const name = (
    r.name?.trim() || [r.first_name?.trim(), r.last_name?.trim()].filter(Boolean).join(' ')
  ).replace(/\s+/g, ' ');
  if (!name) return fail('The name is empty.');
  if (name.length > 200) return fail('The name is longer than 200 characters.');
  const coachEmail = (r.coach_email ?? '').trim().toLowerCase() || null;
  if (coachEmail && !EMAIL_RE.test(coachEmail)) return fail('coach_email is not an email address.');
  const cohort = (r.cohort ?? '').trim() || null;
  if (cohort && cohort.length > 200) return fail('cohort is longer than 200 characters.');
  return { ok: true, row: { line, externalId, email, name, coachEmail, cohort } };
}

/**
 * Checks every record and marks repeats: a later row with an external id or email already seen
 * in the file is a duplicate (the first occurrence wins).
 */
export function checkRoster(records: Record<string, string>[]): RowCheck[] {
  const seenIds = new Map<string, number>();
  const seenEmails = new Map<string, number>();
  return records.map((rec, i) => {
    const check = checkRow(rec, i + 2);
    if (!check.ok) return check;
    const { row } = check;
    const firstId = seenIds.get(row.externalId);
    const firstEmail = seenEmails.get(row.email);
    if (firstId !== undefined || firstEmail !== undefined) {
      return {
        ok: false,
        line: row.line,
        externalId: row.externalId,
        reason:
          firstId !== undefined
            ? `Duplicate in file: external_id also on line ${firstId}.`
            : `Duplicate in file: email also on line ${firstEmail}.`,
      };
    }
    seenIds.set(row.externalId, row.line);
    seenEmails.set(row.email, row.line);
    return check;
  });
}
