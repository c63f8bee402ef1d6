import { Button } from '../../../ui/index.ts';
import type { PadlockState } from '../machine.ts';
import type { PadlockScenario } from '../scenario.ts';
import { BrowserWindow, Feedback } from './browser-window.tsx';
import type { DrillProps } from './screen-props.ts';

/** Drill 2: two pages with the same padlock, one honest and one a fake; what the padlock does and does not say. */
export function PadlockDrill({ scenario, state, dispatch, t }: DrillProps<PadlockScenario, PadlockState>) {
  const last = scenario.answers.find((answer) => answer.id === state.picked.at(-1));
  return (
    <>
      <div className="sb-pair">
        {scenario.pages.map((page) => (
          <BrowserWindow key={page.id} t={t} title={page.title} address={page.address} padlockButton onPadlock={() => dispatch({ type: 'open-padlock', page: page.id })}>
            <p className="sb-page-title">{page.title}</p>
            <p>{page.text}</p>
          </BrowserWindow>
        ))}
      </div>
      {state.openFirst && state.opened.length === 0 && (
        <Feedback right={false} heading={t('padlock.openFirst')}>
          <p>{t('padlock.openFirstText')}</p>
        </Feedback>
      )}
      {last && (
        <Feedback right={last.right} heading={last.right ? t('feedback.right') : t('feedback.wrong')}>
          <p>{last.explain}</p>
          {last.right ? (
            <>
              <h3>{t('padlock.after')}</h3>
              <p>{scenario.after}</p>
            </>
          ) : (
            <p>{t('feedback.tryAgain')}</p>
          )}
        </Feedback>
      )}
      {!state.finished && (
        <fieldset className="sb-choices">
          <legend>
            <h2>{scenario.question}</h2>
          </legend>
          <ul>
            {scenario.answers.map((answer) => (
              <li key={answer.id}>
                <Button variant="secondary" disabled={state.picked.includes(answer.id)} onClick={() => dispatch({ type: 'answer', answer: answer.id })}>
                  {answer.text}
                </Button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </>
  );
}
