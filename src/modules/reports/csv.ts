/** RFC 4180 CSV; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null): string => {
    if (v === null) return '';
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Small cells of an aggregate are shown as "<5" so no one student can be picked out. */
export const SUPPRESS_BELOW = 5;

export function suppress(n: number): string {
  return n > 0 && n < SUPPRESS_BELOW ? `<${SUPPRESS_BELOW}` : String(n);
}
