import { useEffect, useId, useRef, useState } from 'react';
import { Button, Field } from '../../../ui/index.ts';
import type { PassphraseState } from '../machine.ts';
import { passphraseTools, type PassphraseTools } from '../passphrase/passphrase-tools.ts';
import type { PassphraseScenario } from '../scenario.ts';
import { Feedback } from './browser-window.tsx';
import type { DrillProps } from './screen-props.ts';

/** A random whole number below `below`, from the browser's own random numbers. */
function randomBelow(below: number): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value % below;
}

/** What the learner asked for before the word lists had arrived: done once they have. */
type Waiting = 'random' | 'check' | undefined;
type Download = 'not-asked' | 'loading' | 'failed';

/**
 * Drill 5: a passphrase with live feedback. What the learner types lives in
 * this screen only: never in the practice's state, never kept, never sent.
 * The field works at once; the estimator and its word lists download when
 * the learner first goes to the field or presses a button, and the feedback
 * appears when they have arrived ("Kontrollerar …" until then).
 */
export function PassphraseDrill({ state, dispatch, t }: DrillProps<PassphraseScenario, PassphraseState>) {
  const [text, setText] = useState('');
  const [tools, setTools] = useState<PassphraseTools | undefined>(() => passphraseTools.loaded());
  const [download, setDownload] = useState<Download>('not-asked');
  // What to do once the tools arrive: a ref for the download's callback, a state for what the status says.
  const waiting = useRef<Waiting>(undefined);
  const [waitingFor, setWaitingFor] = useState<Waiting>();
  const latestText = useRef(text);
  const mounted = useRef(true);
  const fieldId = useId();
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const randomWords = (loaded: PassphraseTools) => {
    const words = loaded.randomWords(3, randomBelow).join(' ');
    latestText.current = words;
    setText(words);
  };
  const check = (loaded: PassphraseTools | undefined) => {
    const typed = latestText.current;
    dispatch({ type: 'check', strength: typed === '' || !loaded ? 'empty' : loaded.estimate(typed).strength });
  };

  /** Downloads the tools (once: later calls share the download), then does what the learner asked for meanwhile, the latest ask. */
  const fetchTools = (asked: Waiting) => {
    if (asked) {
      waiting.current = asked;
      setWaitingFor(asked);
    }
    setDownload('loading');
    passphraseTools.load().then(
      (loaded) => {
        if (!mounted.current) return;
        const then = waiting.current;
        waiting.current = undefined;
        setWaitingFor(undefined);
        setTools(loaded);
        setDownload('not-asked');
        if (then === 'random') randomWords(loaded);
        if (then === 'check') check(loaded);
      },
      () => mounted.current && setDownload('failed'),
    );
  };
  const whenReady = (asked: 'random' | 'check') => {
    if (tools) {
      if (asked === 'random') randomWords(tools);
      else check(tools);
    } else if (asked === 'check' && latestText.current === '') {
      check(undefined);
    } else {
      fetchTools(asked);
    }
  };
  const firstUse = () => {
    if (!tools && download === 'not-asked') fetchTools(undefined);
  };

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

  const result = text !== '' && tools ? tools.estimate(text) : undefined;
  const level = text === '' ? 'empty' : (result?.strength ?? 'empty');
  const tip = level === 'strong' ? t('passphrase.tip.strong') : level === 'fair' ? t('passphrase.tip.fair') : t('passphrase.tip.weak');
  // "Kontrollerar …" only once there is something to check: a quick download says nothing.
  const status =
    download === 'failed'
      ? t('passphrase.loadFailed')
      : download !== 'loading'
        ? ''
        : waitingFor === 'random'
          ? t('passphrase.loading')
          : text !== '' || waitingFor === 'check'
            ? t('passphrase.checking')
            : '';
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
        inputProps={{
          value: text,
          onFocus: firstUse,
          onChange: (event) => {
            latestText.current = event.target.value;
            setText(event.target.value);
            firstUse();
          },
          autoComplete: 'off',
          spellCheck: false,
          autoCapitalize: 'off',
        }}
      />
      <Button variant="secondary" onClick={() => whenReady('random')}>
        {t('passphrase.random')}
      </Button>
      <p role="status" className="sb-passphrase-status">
        {status}
      </p>
      {download === 'failed' && (
        <Button variant="secondary" onClick={() => fetchTools(waiting.current)}>
          {t('passphrase.tryAgain')}
        </Button>
      )}
      <div className="sb-strength" data-strength={level}>
        <p aria-live="polite" className="sb-strength-level">
          {(text === '' || result) && <strong>{t('passphrase.strength', { strength: t(`passphrase.level.${level}`) })}</strong>}
        </p>
        <div className="sb-meter" aria-hidden="true">
          <span />
        </div>
        {result && (
          <ul className="sb-findings">
            {result.findings.map((finding) => (
              <li key={finding}>{t(`passphrase.finding.${finding}`, { words: result.words.join(', ') })}</li>
            ))}
            <li>{tip}</li>
          </ul>
        )}
      </div>
      <Button onClick={() => whenReady('check')}>{t('passphrase.check')}</Button>
    </div>
  );
}
