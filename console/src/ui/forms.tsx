/**
 * What the console's forms and lists share: a form's submit state, a labelled control, a secret
 * shown once, every page of a connection, and running a mutation then refreshing what it changed.
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { check } from '../api';
import { ErrorBox } from './index';
import './forms.css';

/** A form's submit with busy and error state (the kit's ActionButton covers single buttons). */
export function useSubmit(action: () => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    action()
      .catch((err: unknown) => setError(err instanceof Error ? err : new Error(String(err))))
      .finally(() => setBusy(false));
  };
  return { busy, error, onSubmit };
}

/**
 * A labelled control; `children` gets the id to put on the input (and the hint's id, for
 * aria-describedby).
 */
export function Field({
  label,
  hint,
  className = 'field',
  children,
}: {
  label: string;
  hint?: string;
  className?: string;
  children: (id: string, hintId?: string) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children(id, hintId)}
      {hint && (
        <div className="muted field-hint" id={hintId}>
          {hint}
        </div>
      )}
    </div>
  );
}

/** What a labelled control takes besides its own attributes: it holds a string. */
interface Bound {
  label: string;
  hint?: string;
  /** The wrapper's class; the control's own is `className`. */
  fieldClassName?: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled input holding a string: a name, a date, a web address. */
export function Input({
  label,
  hint,
  fieldClassName,
  value,
  onChange,
  ...input
}: Bound & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>) {
  return (
    <Field label={label} hint={hint} className={fieldClassName}>
      {(id, hintId) => (
        <input
          {...input}
          id={id}
          aria-describedby={hintId}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A labelled text area holding a string. */
export function TextArea({
  label,
  hint,
  fieldClassName,
  value,
  onChange,
  ...area
}: Bound & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>) {
  return (
    <Field label={label} hint={hint} className={fieldClassName}>
      {(id, hintId) => (
        <textarea
          {...area}
          id={id}
          aria-describedby={hintId}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A labelled choice of one of `options`, each shown as `format` writes it. */
export function Select<T extends string>({
  label,
  hint,
  fieldClassName,
  value,
  onChange,
  options,
  format = (v) => v,
  ...select
}: Omit<Bound, 'value' | 'onChange'> & {
  value: T;
  onChange: (value: T) => void;
  options: readonly T[];
  format?: (value: T) => ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'>) {
  return (
    <Field label={label} hint={hint} className={fieldClassName}>
      {(id, hintId) => (
        <select
          {...select}
          id={id}
          aria-describedby={hintId}
          value={value}
          // Only `options` are offered, so the chosen value is one of them.
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {format(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A token shown once: selectable, copyable, with the warning that it will not come back. */
export function SecretBox({
  label,
  value,
  children,
  onDone,
}: {
  label: string;
  value: string;
  children: ReactNode;
  onDone: () => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  // The secret appears below the form: take the reader (and screen reader) straight to it.
  useEffect(() => input.current?.focus(), [value]);
  return (
    <div className="secret">
      {children}
      <label htmlFor={id}>{label}</label>
      <input ref={input} id={id} readOnly value={value} onFocus={(e) => e.target.select()} />
      <div className="actions" style={{ marginTop: 8 }}>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            void navigator.clipboard?.writeText(value).then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          I have saved it
        </button>
        <span role="status" className="muted">
          {copied ? 'Copied to the clipboard.' : ''}
        </span>
      </div>
    </div>
  );
}

/**
 * Every node of a connection, 100 at a time; stops at 10,000 so a runaway list cannot hang the
 * page (far beyond any organization's cohorts, staff or companies).
 */
export async function loadAll<T>(
  page: (after: string | undefined) => Promise<{
    nodes: T[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  }>,
): Promise<T[]> {
  const all: T[] = [];
  let after: string | undefined;
  for (let i = 0; i < 100; i++) {
    const p = await page(after);
    all.push(...p.nodes);
    if (!p.pageInfo.hasNextPage || !p.pageInfo.endCursor) break;
    after = p.pageInfo.endCursor;
  }
  return all;
}

/** Awaits a mutation, throws its first user error (ActionButton shows it), then refreshes. */
export async function mutate(
  payload: Promise<{ userErrors: { message: string; code: string }[] }>,
  then: () => void,
): Promise<void> {
  check(await payload);
  then();
}

/** The reader's own time zone, the default wherever a form asks for one. */
export const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * An irreversible action's form: its danger button works once what it destroys is named again
 * (a seeker's email, an organization's short name).
 */
export function TypeToConfirm({
  name,
  label,
  hint,
  type = 'text',
  inputClassName,
  value,
  onChange,
  submit,
  action,
  busyAction,
}: {
  /** The form's accessible name. */
  name: string;
  label: string;
  hint: string;
  type?: 'text' | 'email';
  inputClassName?: string;
  value: string;
  onChange: (value: string) => void;
  submit: ReturnType<typeof useSubmit>;
  action: string;
  busyAction: string;
}) {
  return (
    <form onSubmit={submit.onSubmit} aria-label={name}>
      <Input
        label={label}
        hint={hint}
        type={type}
        className={inputClassName}
        autoComplete="off"
        required
        value={value}
        onChange={onChange}
      />
      <ErrorBox error={submit.error} />
      <button type="submit" className="btn btn-danger" disabled={submit.busy || !value.trim()}>
        {submit.busy ? busyAction : action}
      </button>
    </form>
  );
}
