import { type KeyboardEvent, useId, useState } from 'react';

/** Spread onto the `<button>` that shows and hides the panel. */
export interface DisclosureButtonProps {
  type: 'button';
  /** Whether the panel is shown, said by screen readers as "expanded" or "collapsed". */
  'aria-expanded': boolean;
  /** The panel's id. */
  'aria-controls': string;
  onClick: () => void;
  /** Escape closes the panel while the button has focus. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/** Spread onto the element shown and hidden. */
export interface DisclosurePanelProps {
  id: string;
  /** Hidden with the `hidden` attribute, so it is gone for screen readers too, not only from sight. */
  hidden: boolean;
}

export interface DisclosureState {
  open: boolean;
  setOpen: (open: boolean) => void;
  buttonProps: DisclosureButtonProps;
  panelProps: DisclosurePanelProps;
}

/**
 * The state and wiring of a disclosure: a button that shows and hides
 * content (WAI-ARIA's disclosure pattern), so it works the same with a
 * keyboard, a mouse, touch and screen readers; nothing depends on hover.
 */
export function useDisclosure({ defaultOpen = false }: { defaultOpen?: boolean } = {}): DisclosureState {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return {
    open,
    setOpen,
    buttonProps: {
      type: 'button',
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => setOpen((value) => !value),
      onKeyDown: (event) => {
        if (event.key === 'Escape' && open) {
          // Only this disclosure closes: a dialog around it stays open.
          event.stopPropagation();
          setOpen(false);
        }
      },
    },
    panelProps: { id, hidden: !open },
  };
}
