import type { ReactNode } from 'react';

/** A page's heading, which takes focus when its page appears (the practice host looks for `data-focus-here`). */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h2 tabIndex={-1} data-focus-here="" className="eservice-heading">
      {children}
    </h2>
  );
}

/** The back link at the top of a page: a button, as it moves within the practice and never leaves the lesson's page. */
export function BackLink({ label, onBack }: { label: string; onBack(): void }) {
  return (
    <button type="button" className="eservice-back" onClick={onBack}>
      {label}
    </button>
  );
}
