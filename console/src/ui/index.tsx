/**
 * The console's small kit: layout, states (loading, empty, error), tabs, charts as plain SVG.
 * Everything is keyboard-usable and labelled for screen readers; colours meet WCAG AA contrast.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../api';
import type { Loaded } from '../use-query';

export function PageTitle({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-title">
      <h1>{children}</h1>
      {actions && <div className="actions">{actions}</div>}
    </div>
  );
}

export function Card({ title, children }: { title?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={title ? id : undefined}>
      {title && <h2 id={id}>{title}</h2>}
      {children}
    </section>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

/**
 * What went wrong, in the API's words. The machine code (BAD_USER_INPUT, …) means nothing to a
 * coach, so it only shows on hover, for whoever reports the problem.
 */
export function ErrorBox({ error }: { error: ApiError | Error | undefined }) {
  if (!error) return null;
  const code = 'code' in error ? error.code : undefined;
  return (
    <div className="error" role="alert" title={code ? `Error code ${code}` : undefined}>
      <strong>{HEADLINE[code ?? ''] ?? 'Something went wrong. '}</strong>
      {error.message}
    </div>
  );
}

const HEADLINE: Record<string, string> = {
  NOT_FOUND: 'Not found. ',
  BAD_USER_INPUT: 'Please check what you entered. ',
  FORBIDDEN: 'Not permitted. ',
  UNAUTHENTICATED: 'Please sign in again. ',
  CONFLICT: 'Already there. ',
  RATE_LIMITED: 'Too many requests: try again in a minute. ',
};

/** An empty list says what to do next. */
export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}

/** Renders loading, error or the data. */
export function Async<T>({
  q,
  children,
  what,
}: {
  q: Loaded<T>;
  children: (data: T) => ReactNode;
  what?: string;
}) {
  if (q.error) return <ErrorBox error={q.error} />;
  if (q.data === undefined) return <Loading what={what} />;
  return <>{children(q.data)}</>;
}

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: string }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export function Tabs({
  tabs,
  current,
  onSelect,
  label,
}: {
  tabs: { id: string; label: string }[];
  current: string;
  onSelect: (id: string) => void;
  label: string;
}) {
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {tabs.map((t, i) => (
        <button
          key={t.id}
          role="tab"
          id={`tab-${t.id}`}
          aria-selected={t.id === current}
          aria-controls={`panel-${t.id}`}
          tabIndex={t.id === current ? 0 : -1}
          onClick={() => onSelect(t.id)}
          onKeyDown={(e) => {
            const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
            if (!d) return;
            const next = tabs[(i + d + tabs.length) % tabs.length];
            onSelect(next.id);
            document.getElementById(`tab-${next.id}`)?.focus();
          }}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

export function TabPanel({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} tabIndex={0}>
      {children}
    </div>
  );
}

/** A button that runs an async action, disables itself meanwhile and shows what failed. */
export function ActionButton({
  onAction,
  children,
  kind = 'primary',
  label,
  confirm,
}: {
  onAction: () => Promise<unknown>;
  children: ReactNode;
  kind?: 'primary' | 'secondary' | 'danger';
  label?: string;
  /** A question asked first: the action runs only when the reader agrees. */
  confirm?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  return (
    <span className="action">
      <button
        type="button"
        className={`btn btn-${kind}`}
        disabled={busy}
        aria-label={label}
        onClick={() => {
          setError(undefined);
          if (confirm && !window.confirm(confirm)) return;
          setBusy(true);
          onAction()
            .catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))))
            .finally(() => setBusy(false));
        }}
      >
        {children}
      </button>
      {error && (
        <span className="inline-error" role="alert">
          {error.message}
        </span>
      )}
    </span>
  );
}

/**
 * A line over time, e.g. a voice score; values in 0..max. A `null` is a gap (a month with no
 * posts has no score, which is not a score of 0): the line breaks there, and a lone point
 * between gaps shows as a dot.
 */
export function Sparkline({
  values,
  max,
  label,
  width = 96,
  height = 24,
  grid = false,
}: {
  values: (number | null)[];
  max?: number;
  label: string;
  width?: number;
  height?: number;
  /** Lines at 0, half and the top, for a chart read on its own rather than in a table cell. */
  grid?: boolean;
}) {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return <span className="muted">–</span>;
  const top = max ?? Math.max(1, ...known);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const at = (v: number, i: number) => [i * step, height - (v / top) * (height - 2) - 1] as const;
  const runs: { v: number; i: number }[][] = [];
  let run: { v: number; i: number }[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ v, i });
  });
  if (run.length) runs.push(run);
  return (
    <svg width={width} height={height} role="img" aria-label={label} className="spark">
      {grid &&
        [0, 0.5, 1].map((f) => (
          <line
            key={f}
            x1={0}
            x2={width}
            y1={height - f * (height - 2) - 1}
            y2={height - f * (height - 2) - 1}
            className="spark-grid"
          />
        ))}
      {runs.map((r) =>
        r.length === 1 ? (
          <circle
            key={r[0].i}
            cx={at(r[0].v, r[0].i)[0]}
            cy={at(r[0].v, r[0].i)[1]}
            r="2"
            fill="currentColor"
          />
        ) : (
          <polyline
            key={r[0].i}
            points={r
              .map((p) => at(p.v, p.i))
              .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
              .join(' ')}
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
        ),
      )}
    </svg>
  );
}

/**
 * A box that scrolls sideways when its table is wider than the screen, and then says so: edge
 * shadows (styles.css) and a "scroll" hint, since a phone shows no scroll bar until one touches.
 */
export function ScrollBox({ children, label }: { children: ReactNode; label?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWide(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {wide && (
        <p className="scroll-hint muted" aria-hidden="true">
          Scroll sideways for more →
        </p>
      )}
      <div
        className="table-wrap"
        ref={box}
        // A box that scrolls must be reachable by keyboard to scroll it.
        tabIndex={wide ? 0 : undefined}
        role={wide ? 'region' : undefined}
        aria-label={wide ? `${label ?? 'Table'} (scrolls sideways)` : undefined}
      >
        {children}
      </div>
    </>
  );
}

/** Horizontal bars (a funnel, spend by month); each row labelled with its value. */
export function Bars({
  rows,
  label,
  format = (n) => String(n),
}: {
  rows: { label: string; value: number }[];
  label: string;
  format?: (n: number) => string;
}) {
  const top = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure className="bars" aria-label={label}>
      {rows.map((r) => (
        <div className="bar-row" key={r.label}>
          <span className="bar-label">{r.label}</span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${(r.value / top) * 100}%` }} />
          </span>
          <span className="bar-value">{format(r.value)}</span>
        </div>
      ))}
    </figure>
  );
}

/** A headline number with what it counts, for a row of them (`.stats`). */
export function Stat({ value, label }: { value: ReactNode; label: ReactNode }) {
  return (
    <div>
      <div className="stat">{value}</div>
      <div className="muted">{label}</div>
    </div>
  );
}

/** A column heading; `narrow: true` hides the column on a phone. */
export type Column = string | { label: ReactNode; narrow?: boolean };

/**
 * A table that scrolls in its own box, named by `label`, with a `<th scope="col">` per column
 * (`false` leaves a column out); `children` are the body's rows.
 */
export function Table({
  label,
  columns,
  children,
}: {
  label: string;
  columns: (Column | false)[];
  children: ReactNode;
}) {
  return (
    <ScrollBox label={label}>
      <table aria-label={label}>
        <thead>
          <tr>
            {columns
              .filter((c) => c !== false)
              .map((c, i) =>
                typeof c === 'string' ? (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ) : (
                  <th key={i} scope="col" className={c.narrow ? 'hide-narrow' : undefined}>
                    {c.label}
                  </th>
                ),
              )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollBox>
  );
}

export function Progress({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <span className="progress-wrap">
      <progress value={value} max={Math.max(max, 1)} aria-label={label} />
      <span className="muted">
        {value} / {max}
      </span>
    </span>
  );
}

export function when(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function whenTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  return new Date(iso).toLocaleString(undefined, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** `SOME_ENUM` → "some enum". */
export function words(e: string | null | undefined): string {
  return e ? e.toLowerCase().replace(/_/g, ' ') : '–';
}

/** "3 posts", "1 person", "2 people". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A share in 0..1 as a whole percentage; "–" when there is none. */
export function pct(n: number | null | undefined): string {
  return n == null ? '–' : `${Math.round(n * 100)}%`;
}

/** Links from X posts and user input become hrefs only when they are plain web addresses. */
export function webHref(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
