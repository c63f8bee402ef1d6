import { type FormEvent, useEffect, useState } from 'react';
import { useAnnounce } from '../../../a11y/index.ts';
import { Button, ErrorSummary, Field } from '../../../ui/index.ts';
import { looksLikePassword, looksLikePersonalNumber } from '../../host/index.ts';
import type { EServiceField } from '../scenario.ts';
import { BackLink, PageHeading } from './page-heading.tsx';
import type { EServiceScreenProps, EServiceT } from './screen-props.ts';

/** The id of a field's control: the error summary links to it. */
export const controlId = (fieldId: string) => `eservice-${fieldId}`;

/** Today as YYYY-MM-DD on the learner's computer: the date rules count from it. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

interface FieldViewProps {
  field: EServiceField;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
  t: EServiceT;
}

const inputTypes: Partial<Record<EServiceField['type'], string>> = { email: 'email', secret: 'password' };

function QuestionField({ field, value, error, onChange, t }: FieldViewProps) {
  const id = controlId(field.id);
  const label = field.optional ? `${field.label} ${t('question.optional')}` : field.label;
  // Practice never needs a real personal identity number or password: one typed anyway gets a kind word, not an error.
  // (The practice's own code field, a secret, asks for a practice code; free text may look like a password.)
  const notes = [
    field.type !== 'secret' && looksLikePersonalNumber(value) ? t('question.personalNumber') : undefined,
    (field.type === 'text' || field.type === 'long-text') && looksLikePassword(value) ? t('question.password') : undefined,
  ].filter((one) => one !== undefined);
  const noted = notes.length > 0;
  const note = noted ? (
    <p id={`${id}-note`} className="eservice-note">
      {notes.join(' ')}
    </p>
  ) : null;

  if (field.type === 'choice') {
    const errorId = `${id}-error`;
    return (
      <fieldset className={error ? 'field eservice-choice field-invalid' : 'field eservice-choice'} aria-describedby={[field.hint ? `${id}-hint` : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}>
        <legend className="field-label">{label}</legend>
        {field.hint && (
          <p id={`${id}-hint`} className="field-hint">
            {field.hint}
          </p>
        )}
        {error && (
          <p id={errorId} className="field-error">
            <span className="visually-hidden">{t('question.errorPrefix')}</span> {error}
          </p>
        )}
        {field.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.id}`;
          return (
            <div key={option.id} className="eservice-option">
              <input type="radio" id={optionId} name={id} value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} />
              <label htmlFor={optionId}>{option.text}</label>
            </div>
          );
        })}
      </fieldset>
    );
  }

  const common = {
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    // The browser must not offer the learner's real address or name: practice is made up.
    autoComplete: 'off',
    spellCheck: false,
    'aria-describedby': noted ? `${id}-note` : undefined,
  };
  return (
    <>
      <Field id={id} label={label} hint={field.hint} error={error}>
        {(control) =>
          field.type === 'long-text' ? (
            <textarea className="field-input eservice-long-text" rows={4} {...common} {...control} aria-describedby={[control['aria-describedby'], common['aria-describedby']].filter(Boolean).join(' ') || undefined} />
          ) : (
            <input
              type={inputTypes[field.type] ?? 'text'}
              inputMode={field.type === 'secret' ? 'numeric' : undefined}
              className={field.type === 'date' ? 'field-input eservice-date' : 'field-input'}
              {...common}
              {...control}
              aria-describedby={[control['aria-describedby'], common['aria-describedby']].filter(Boolean).join(' ') || undefined}
            />
          )
        }
      </Field>
      {note}
    </>
  );
}

/**
 * One question page: one topic, its fields, "Fortsätt", and the back link
 * that keeps what was typed. After a try with problems, "Fel:" comes before
 * the heading, the error summary takes focus and links to each field, and
 * each field says the same words beside it. A secret (a PIN) lives only here,
 * in the page, until "Fortsätt" checks it; it is never kept. Typing it tells
 * the rules only that the learner is active, as any typing does.
 */
export function QuestionPage({ scenario, state, dispatch, t }: EServiceScreenProps) {
  const announce = useAnnounce();
  const page = scenario.steps[state.step];
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const hasProblems = state.problems.length > 0;
  const title = page?.title ?? '';

  // The lesson page's own title stays as it is (the practice is one part of a step):
  // "Fel:" is put before the practice page's heading and said aloud instead.
  useEffect(() => {
    if (hasProblems) announce(t('question.errorsAnnounced', { title }), 'polite');
    // Said once per try.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.tries]);

  if (!page) return null;
  const errorOf = (fieldId: string) => state.problems.find((problem) => problem.field === fieldId)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: 'continue', today: today(), secrets });
  };
  const canGoBack = state.changing || state.step > 0;

  return (
    <>
      {canGoBack && <BackLink label={t('back')} onBack={() => dispatch({ type: 'back' })} />}
      <p className="eservice-step-count">{t('question.stepOf', { step: state.step + 1, total: scenario.steps.length })}</p>
      <ErrorSummary key={state.tries} title={t('question.errorTitle')} errors={state.problems.map((problem) => ({ fieldId: controlId(problem.field), message: problem.message }))} />
      <PageHeading>
        {hasProblems && <span className="eservice-error-prefix">{t('question.errorPrefix')}</span>}
        {hasProblems && ' '}
        {title}
      </PageHeading>
      {page.intro && <p>{page.intro}</p>}
      <form noValidate onSubmit={submit} className="eservice-form">
        {page.fields.map((field) =>
          field.type === 'secret' ? (
            <QuestionField
              key={field.id}
              field={field}
              value={secrets[field.id] ?? ''}
              error={errorOf(field.id)}
              onChange={(value) => {
                setSecrets((all) => ({ ...all, [field.id]: value }));
                // Typing the secret is activity like any other typing; only that it happened goes to the rules, never what was typed.
                dispatch({ type: 'type-secret', field: field.id });
              }}
              t={t}
            />
          ) : (
            <QuestionField key={field.id} field={field} value={state.answers[field.id] ?? ''} error={errorOf(field.id)} onChange={(value) => dispatch({ type: 'type', field: field.id, value })} t={t} />
          ),
        )}
        <Button type="submit">{t('question.continue')}</Button>
      </form>
    </>
  );
}
