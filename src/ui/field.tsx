import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useTranslation } from '../i18n/index.ts';

/** What a Field gives the control it labels: spread them onto the `<input>` (or `<select>`, `<textarea>`). */
export interface FieldControlProps {
  id: string;
  /** The hint's and the error's ids, in that order, so a screen reader reads them after the label. */
  'aria-describedby': string | undefined;
  /** Set while the field is in error, so a screen reader says "invalid" with the label. */
  'aria-invalid': true | undefined;
}

export interface FieldProps {
  /** The control's id: the label points to it, and an ErrorSummary links to it as `#id`. Also the start of the hint's and error's ids. */
  id: string;
  /** Says what to enter, in a few plain words. Always shown, never only a placeholder. */
  label: ReactNode;
  /** Help that is always shown under the label, such as an example of the answer. */
  hint?: ReactNode;
  /** What is wrong and how to put it right. Set only after the learner has tried to go on. */
  error?: ReactNode;
  /** Attributes of the text input that Field draws when `children` is not given: `name`, `value`, `onChange`, `autoComplete`, … */
  inputProps?: Omit<ComponentPropsWithRef<'input'>, 'id' | 'aria-invalid'>;
  /** Draws a control of the caller's own instead of the text input; spread the props it is given onto it. */
  children?: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form field with an optional hint and error message, wired
 * together by id (the GOV.UK form group). The error starts with a visually
 * hidden "Fel:", so a screen reader says it is an error and not another hint,
 * when colour and the bar beside the field cannot.
 */
export function Field({ id, label, hint, error, inputProps, children }: FieldProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = Boolean(error);
  const describedBy = [hint ? hintId : undefined, hasError ? errorId : undefined, inputProps?.['aria-describedby']].filter(Boolean).join(' ');
  const control: FieldControlProps = {
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': hasError || undefined,
  };
  return (
    <div className={hasError ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {hasError && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{t('field.errorPrefix')}</span> {error}
        </p>
      )}
      {children ? children(control) : <input type="text" className="field-input" {...inputProps} {...control} />}
    </div>
  );
}
