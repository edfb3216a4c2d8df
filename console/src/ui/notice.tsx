/**
 * A note carried to the next page, for an action that ends by leaving the page it started on
 * (an erased seeker's page no longer exists, so what was deleted is said on the caseload).
 */
import { useEffect, useRef, useState } from 'react';

let pending: string | null = null;

/** Shown at the top of the next page the reader lands on, once. */
export function leaveNote(text: string): void {
  pending = text;
}

/** The note left for this page, if any; the shell remounts it on every change of address. */
export function Notice() {
  const [text, setText] = useState(() => pending);
  const box = useRef<HTMLDivElement>(null);
  // Taken in an effect, not while rendering, so a repeated render still shows it. Focused: the
  // button that led here is gone with its page, and a status region mounted with its text in it
  // is often not announced, so this is how the result of the action is read out.
  useEffect(() => {
    pending = null;
    box.current?.focus();
  }, []);
  if (!text) return null;
  return (
    <div className="notice" role="status" tabIndex={-1} ref={box}>
      <span>{text}</span>{' '}
      <button type="button" className="btn btn-secondary" onClick={() => setText(null)}>
        Dismiss
      </button>
    </div>
  );
}
