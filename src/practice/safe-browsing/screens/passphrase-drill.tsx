import { useEffect, useId, useState } from 'react';
import { Button, Field } from '../../../ui/index.ts';
import type { PassphraseState } from '../machine.ts';
import type { Estimate } from '../passphrase/estimate.ts';
import type * as StrengthModuleType from '../passphrase/strength.ts';
import type { PassphraseScenario } from '../scenario.ts';
import { Feedback } from './browser-window.tsx';
import type { DrillProps } from './screen-props.ts';

type StrengthModule = typeof StrengthModuleType;

/** A random whole number below `below`, from the browser's own random numbers. */
function randomBelow(below: number): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value % below;
}

/**
 * Drill 5: a passphrase with live feedback. What the learner types lives in
 * this screen only: never in the practice's state, never kept, never sent.
 * The estimator and its word lists download when this drill shows.
 */
export function PassphraseDrill({ state, dispatch, t }: DrillProps<PassphraseScenario, PassphraseState>) {
  const [text, setText] = useState('');
  const [strength, setStrength] = useState<StrengthModule>();
  const fieldId = useId();
  useEffect(() => {
    let current = true;
    void import('../passphrase/strength.ts').then((module) => current && setStrength(module));
    return () => {
      current = false;
    };
  }, []);

  if (state.finished) {
    return (
      <Feedback right heading={t('passphrase.strongDone')}>
        <p>{t('passphrase.tip.strong')}</p>
        <ul>
          <li>{t('passphrase.after.own')}</li>
          <li>{t('passphrase.after.different')}</li>
          <li>{t('passphrase.after.writeDown')}</li>
          <li>{t('passphrase.after.never')}</li>
        </ul>
      </Feedback>
    );
  }

  const result: Estimate | undefined = strength?.estimate(text);
  const level = result?.strength ?? 'empty';
  const tip = level === 'strong' ? t('passphrase.tip.strong') : level === 'fair' ? t('passphrase.tip.fair') : t('passphrase.tip.weak');
  const lastTry = state.tries.at(-1);
  return (
    <div className="sb-passphrase">
      {lastTry && (
        <Feedback right={false} heading={t('passphrase.notYet')}>
          <p>{lastTry === 'fair' ? t('passphrase.tip.fair') : t('passphrase.tip.weak')}</p>
        </Feedback>
      )}
      <Field
        id={fieldId}
        label={t('passphrase.label')}
        hint={t('passphrase.hint')}
        inputProps={{ value: text, onChange: (event) => setText(event.target.value), autoComplete: 'off', spellCheck: false, autoCapitalize: 'off' }}
      />
      <Button variant="secondary" disabled={!strength} onClick={() => strength && setText(strength.randomWords(3, randomBelow).join(' '))}>
        {t('passphrase.random')}
      </Button>
      {strength ? (
        <div className="sb-strength" data-strength={level}>
          <p aria-live="polite" className="sb-strength-level">
            <strong>{t('passphrase.strength', { strength: t(`passphrase.level.${level}`) })}</strong>
          </p>
          <div className="sb-meter" aria-hidden="true">
            <span />
          </div>
          {level !== 'empty' && (
            <ul className="sb-findings">
              {result?.findings.map((finding) => (
                <li key={finding}>{t(`passphrase.finding.${finding}`, { words: result.words.join(', ') })}</li>
              ))}
              <li>{tip}</li>
            </ul>
          )}
        </div>
      ) : (
        <p aria-busy="true">{t('passphrase.loading')}</p>
      )}
      <Button disabled={!strength} onClick={() => dispatch({ type: 'check', strength: level })}>
        {t('passphrase.check')}
      </Button>
    </div>
  );
}
