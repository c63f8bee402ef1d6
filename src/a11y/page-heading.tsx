import type { ReactNode } from 'react';
import { useFocusOnNavigation } from './navigation-focus.tsx';

/**
 * The page's one h1. It takes focus after every navigation inside the app
 * (tabindex -1 makes it focusable by script, not by Tab).
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useFocusOnNavigation<HTMLHeadingElement>();
  return (
    <h1 ref={ref} tabIndex={-1} className={className} id="page-heading">
      {children}
    </h1>
  );
}
