import { type MouseEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from '../i18n/index.ts';

export interface FieldError {
  /** The id of the field in error, as given to its Field. */
  fieldId: string;
  /** The same words as the field's own error message. */
  message: ReactNode;
}

export interface ErrorSummaryProps {
  /** Every field in error, in the order of the form. Nothing is shown while the list is empty. */
  errors: readonly FieldError[];
  /** The box's heading; "Det finns ett problem" (in the interface language) when not given. */
  title?: ReactNode;
}

/**
 * The list of what needs putting right before a form can be sent, at the top
 * of the form, each a link to its field (GOV.UK's error summary). It takes
 * focus when it appears, so a screen reader reads its title and the learner
 * reads on into the list from there. It has no role="alert": moving focus
 * already makes it read, and an alert on top would have it said twice by
 * screen readers that honour both. To take focus again after the learner
 * tries again, give it a new `key`.
 */
export function ErrorSummary({ errors, title }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const titleId = useId();
  const shown = errors.length > 0;

  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown]);

  if (!shown) return null;
  return (
    <section ref={box} className="error-summary" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="error-summary-title">
        {title ?? t('errorSummary.title')}
      </h2>
      <ul className="error-summary-list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => goToField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Focuses the field itself rather than following the link: a followed `#id`
 * would add an address to the history (and the app would treat it as a new
 * page, moving focus to the heading), and it scrolls only the input into
 * view, leaving its label above the top of the screen. So the label is
 * scrolled into view first, then the field focused where it is.
 */
function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const labels = field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement ? field.labels : null;
  const label = labels?.[0];
  label?.scrollIntoView();
  field.focus({ preventScroll: Boolean(label) });
}
