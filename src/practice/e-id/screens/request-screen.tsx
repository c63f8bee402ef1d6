import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { Button } from '../../../ui/index.ts';
import { triesLeft } from '../machine.ts';
import { looksLikePersonalNumber } from '../../host/index.ts';
import { ScreenHeading } from './screen-heading.tsx';
import type { EIdScreenProps } from './screen-props.ts';

/** Who is asking, "Min avsikt:" with the service's text, the security code, approve and cancel. */
export function RequestScreen({ scenario, state, t, dispatch, after }: EIdScreenProps & { after: ReactNode }) {
  const name = t('name');
  const sign = scenario.action === 'sign';
  const fieldId = useId();
  // What is being typed stays in this field alone: it is never kept, and emptied after every try.
  const [code, setCode] = useState('');
  const [showCode, setShowCode] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const personalNumber = looksLikePersonalNumber(code);
  const error = state.codeProblem === 'empty' ? t('phone.noCode') : state.codeProblem === 'wrong' ? t('phone.wrongCode', { count: triesLeft(state) }) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: 'enter-code', code });
    setCode('');
    // Back to the field for the next try; a code that was right opens a new screen, and the host moves focus there.
    input.current?.focus();
  };

  const describedBy = [`${fieldId}-hint`, error ? `${fieldId}-error` : undefined, personalNumber ? `${fieldId}-note` : undefined].filter(Boolean).join(' ');
  return (
    <>
      <p className="eid-app-name">{name}</p>
      <ScreenHeading>{sign ? t('phone.signHeading') : t('phone.loginHeading')}</ScreenHeading>
      <p className="eid-asking">{sign ? t('phone.askingSign', { service: scenario.service }) : t('phone.asking', { service: scenario.service })}</p>
      <h3 className="eid-intent-heading">{t('phone.intent')}</h3>
      <p className="eid-intent">{scenario.intent}</p>
      <form className="eid-code-form" onSubmit={submit} noValidate>
        <div className={error ? 'field field-invalid' : 'field'}>
          <label className="field-label" htmlFor={fieldId}>
            {t('phone.code')}
          </label>
          <p id={`${fieldId}-hint`} className="field-hint">
            {t('phone.codeHint')}
          </p>
          {error && (
            <p id={`${fieldId}-error`} className="field-error">
              {error}
            </p>
          )}
          <input
            ref={input}
            id={fieldId}
            className="field-input eid-code-input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={code}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setCode(event.target.value)}
          />
          {personalNumber && (
            <p id={`${fieldId}-note`} className="eid-note" role="status">
              {t('phone.personalNumber')}
            </p>
          )}
        </div>
        {showCode ? (
          <p className="eid-the-code">{t('phone.theCode', { code: scenario.code.split('').join(' ') })}</p>
        ) : (
          <Button variant="secondary" onClick={() => setShowCode(true)}>
            {t('phone.showCode')}
          </Button>
        )}
        <div className="eid-actions">
          <Button type="submit">{sign ? t('phone.approveSign') : t('phone.approveLogin')}</Button>
          <Button variant="secondary" onClick={() => dispatch({ type: 'use-fingerprint' })}>
            {t('phone.useFingerprint')}
          </Button>
          <Button variant="secondary" onClick={() => dispatch({ type: 'cancel' })}>
            {t('phone.cancel')}
          </Button>
        </div>
      </form>
      {after}
    </>
  );
}
