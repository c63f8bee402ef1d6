import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface DialogProps {
  /** Whether the dialog is shown. The dialog never opens or closes itself: it follows this. */
  open: boolean;
  /** The learner asked to close the dialog (Escape, unless `onCancel` is given), or the browser closed it on its own. Set `open` to false here. */
  onClose: () => void;
  /** Called on Escape instead of `onClose`, for a dialog where Escape means something else than closing; the kiosk warning takes it as "I am still here". */
  onCancel?: () => void;
  /** The dialog's heading, which also names it. */
  title: ReactNode;
  /** A sentence read with the title when the dialog opens (its `aria-describedby`). */
  description?: ReactNode;
  children: ReactNode;
  /** Extra classes for the `<dialog>`. */
  className?: string;
}

/**
 * A modal dialog on the native `<dialog>` and `showModal()`: the browser
 * keeps focus inside it, makes the page behind it inert for screen readers,
 * and focuses its first control on opening. When it closes, focus goes back
 * to the element that had it before, so a keyboard or screen-reader user
 * carries on where they were; done here, not left to each browser, so it
 * is the same in all of them.
 */
export function Dialog({ open, onClose, onCancel, title, description, children, className }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  // Set while the dialog closes itself because `open` went false or it unmounts: that "close" event is
  // not the learner asking to close. Without it, a dialog mounted already open (the display settings)
  // closed at once under StrictMode, whose trial unmount closes it and queues the event.
  const closingItself = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (!open || !element) return;
    const opener = document.activeElement;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) {
        closingItself.current = true;
        element.close();
      }
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Kept open until `open` says otherwise, so the dialog and its parent always agree.
        event.preventDefault();
        (onCancel ?? onClose)();
      }}
      onClose={() => {
        if (closingItself.current) {
          closingItself.current = false;
          return;
        }
        // Chrome closes a dialog without letting Escape be refused when it is pressed twice with nothing else in between.
        if (open) onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {description && <p id={descriptionId}>{description}</p>}
      {children}
    </dialog>
  );
}
