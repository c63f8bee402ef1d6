import type { ReactNode } from 'react';
import { useDisclosure } from './use-disclosure.ts';

export interface DisclosureProps {
  /** The button's words, saying what it shows, such as "Visa hur du gör". */
  summary: ReactNode;
  /** What is shown and hidden. */
  children: ReactNode;
  /** Shown from the start; hidden when not given. */
  defaultOpen?: boolean;
}

/** A button that shows and hides the content under it; Escape on the button hides it again. */
export function Disclosure({ summary, children, defaultOpen }: DisclosureProps) {
  const { buttonProps, panelProps } = useDisclosure({ defaultOpen });
  return (
    <div className="disclosure">
      <button className="disclosure-button" {...buttonProps}>
        {summary}
      </button>
      <div className="disclosure-panel" {...panelProps}>
        {children}
      </div>
    </div>
  );
}
