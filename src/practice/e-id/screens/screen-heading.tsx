import type { ReactNode } from 'react';

/** A heading that takes focus when its screen appears (the practice host looks for `data-focus-here`). */
export function ScreenHeading({ level = 2, children }: { level?: 2 | 3; children: ReactNode }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag tabIndex={-1} data-focus-here="" className="eid-heading">
      {children}
    </Tag>
  );
}
