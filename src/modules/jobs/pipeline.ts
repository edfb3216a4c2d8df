/** The application pipeline as rules (as the best job trackers keep it). Pure. */
import type { Stage } from './jobs.repository.js';

export const STAGES: readonly Stage[] = [
  'saved',
  'applied',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
];

const NEXT: Record<Stage, readonly Stage[]> = {
  saved: ['applied', 'withdrawn'],
  applied: ['interviewing', 'rejected', 'withdrawn'],
  interviewing: ['offer', 'rejected', 'withdrawn'],
  // Declining an offer is the seeker withdrawing; the company taking it back is a rejection.
  offer: ['accepted', 'rejected', 'withdrawn'],
  accepted: [],
  rejected: [],
  withdrawn: [],
};

export function nextStages(stage: Stage): readonly Stage[] {
  return NEXT[stage];
}

/** Why a move is refused, or null. */
export function applicationMoveProblem(from: Stage, to: Stage): string | null {
  if (NEXT[from].includes(to)) return null;
  if (!NEXT[from].length) return `This application is closed (${from}); it moves no further.`;
  return `An application at ${from} cannot move to ${to}; next steps are: ${NEXT[from].join(', ')}.`;
}

function cellText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${value}`;
  }
  return JSON.stringify(value) ?? '';
}

/** One CSV field, quoted when needed (RFC 4180), with formula injection neutralized. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = cellText(value);
  // Spreadsheets run cells that start with these as formulas.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
