import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

/** `primary` for the one main action of a screen, `secondary` for the others beside it. */
export type ButtonVariant = 'primary' | 'secondary';

interface ButtonLook {
  /** How much the button stands out; `primary` when not given. */
  variant?: ButtonVariant;
  /** Extra classes, for placing the button (such as `step-next`); the look itself comes from `variant`. */
  className?: string | undefined;
  /** The label, always in words; an icon may stand beside the words, never instead of them. */
  children: ReactNode;
}

export interface ButtonProps extends ButtonLook, Omit<ComponentPropsWithRef<'button'>, 'type' | 'className' | 'children'> {
  /** `button` when not given, so a button inside a form never sends the form by accident; `submit` for the form's own button. */
  type?: 'button' | 'submit';
}

/** A link that looks like a button: for moving to another page (Back, Next), which must work before scripts have loaded. */
export type ButtonLinkProps = ButtonLook & Omit<LinkProps, 'className' | 'children'>;

function buttonClassName(variant: ButtonVariant, className: string | undefined): string {
  return ['button', `button-${variant}`, className].filter(Boolean).join(' ');
}

/**
 * A large button (at least 44 × 44 CSS px, WCAG 2.5.5 and 2.5.8) with a
 * visible focus ring from the base styles. Any other attribute (`onClick`,
 * `lang`, `disabled`, `ref`) goes to the `<button>` as given.
 */
export function Button({ variant = 'primary', type = 'button', className, children, ...props }: ButtonProps) {
  return (
    <button type={type} className={buttonClassName(variant, className)} {...props}>
      {children}
    </button>
  );
}

/** A react-router `<Link>` with the look of a Button; any other `<Link>` prop (`to`, `rel`) goes to it as given. */
export function ButtonLink({ variant = 'primary', className, children, ...props }: ButtonLinkProps) {
  return (
    <Link className={buttonClassName(variant, className)} {...props}>
      {children}
    </Link>
  );
}
