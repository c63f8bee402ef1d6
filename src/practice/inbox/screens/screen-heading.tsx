import type { ReactNode } from 'react';

/** The heading of one screen of the inbox: it takes focus when the screen appears (the practice host looks for `data-focus-here`). */
export function ScreenHeading({ children, focus = true }: { children: ReactNode; focus?: boolean }) {
  return (
    <h3 tabIndex={-1} data-focus-here={focus ? '' : undefined} className="inbox-heading">
      {children}
    </h3>
  );
}
