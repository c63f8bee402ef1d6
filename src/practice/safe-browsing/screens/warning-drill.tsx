import { type KeyboardEvent, useId } from 'react';
import { Button } from '../../../ui/index.ts';
import { leaveFullScreenKey, type WarningState } from '../machine.ts';
import type { WarningScenario } from '../scenario.ts';
import { BrowserWindow, Feedback } from './browser-window.tsx';
import type { DrillProps } from './screen-props.ts';

/**
 * Drill 4: a fake virus warning that fills the practice window, never the
 * screen: no sound, no movement, no real full screen and no real dialog. It
 * only pretends to keep the learner there; focus stays in the practice, and
 * every way out (Esc, the tab's ×, the named keys as buttons) works by keyboard.
 */
export function WarningDrill({ scenario, state, dispatch, t }: DrillProps<WarningScenario, WarningState>) {
  const { page, warning } = scenario;
  const lastTrap = warning.traps.find((trap) => trap.id === state.trapped.at(-1));
  const showing = state.stage === 'full-screen' || state.stage === 'windowed';
  const keysHeading = useId();

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    // Esc leaves the pretend full screen, as it leaves a real one; the key goes no further.
    if (event.key === leaveFullScreenKey && showing) {
      event.preventDefault();
      dispatch({ type: 'key', key: leaveFullScreenKey });
      return;
    }
    // A letter, digit or sign typed in the pretend full screen (a frightened learner trying keys) is answered with the way out.
    // Tab, Enter, Space, the arrows and the browser's own shortcuts keep their work; nothing is stopped.
    if (state.stage === 'full-screen' && event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      dispatch({ type: 'key', key: event.key });
    }
  }

  if (state.stage === 'closed') {
    return (
      <>
        <BrowserWindow t={t} title={t('window.newTab')} address="">
          <p className="sb-blank-page" aria-hidden="true" />
        </BrowserWindow>
        <Feedback right heading={t('warning.closed')}>
          <p>{t('warning.closedText')}</p>
          <h3>{t('warning.comesBack')}</h3>
          <ol>
            {scenario.comesBack.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </Feedback>
      </>
    );
  }

  if (state.stage === 'page') {
    return (
      <BrowserWindow t={t} title={page.title} address={page.address}>
        <h2 className="sb-page-title">{page.title}</h2>
        <p>{page.text}</p>
        <button type="button" className="sb-page-link" onClick={() => dispatch({ type: 'open-link' })}>
          {page.link}
        </button>
      </BrowserWindow>
    );
  }

  return (
    // Esc is heard anywhere in the drill (the warning, its explanation, the keys), as a real browser hears it anywhere in the page.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="sb-warning-drill" onKeyDown={onKeyDown}>
      {state.stage === 'full-screen' && <p className="sb-full-screen-note">{t('warning.fullScreen')}</p>}
      <BrowserWindow
        t={t}
        title={warning.title}
        address={warning.address}
        fullScreen={state.stage === 'full-screen'}
        onCloseTab={state.stage === 'windowed' ? () => dispatch({ type: 'close-tab' }) : undefined}
        className="sb-warning-window"
      >
        <div className="sb-fake-warning">
          <h2 {...(state.stage === 'full-screen' && state.trapped.length === 0 && state.last === undefined ? { tabIndex: -1, 'data-focus-here': '' } : {})}>{warning.title}</h2>
          <p>{warning.text}</p>
          <p className="sb-fake-phone">{t('warning.call', { phone: warning.phone })}</p>
          <ul className="sb-fake-buttons">
            {warning.traps.map((trap) => (
              <li key={trap.id}>
                <button type="button" className="sb-fake-button" onClick={() => dispatch({ type: 'trap', trap: trap.id })}>
                  {trap.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </BrowserWindow>
      {state.last === 'esc' && (
        <Feedback right heading={t('warning.windowed')}>
          <p>{t('warning.windowedText')}</p>
        </Feedback>
      )}
      {state.last === 'trap' && lastTrap && (
        <Feedback right={false} heading={t('warning.dontPress')}>
          <p>{lastTrap.explain}</p>
        </Feedback>
      )}
      {state.last === 'wrong-key' && (
        <Feedback right={false} heading={t('feedback.wrong')}>
          <p>{t('warning.wrongKey')}</p>
        </Feedback>
      )}
      <div className="sb-keys" role="group" aria-labelledby={keysHeading}>
        <h3 id={keysHeading}>{t('warning.keys')}</h3>
        <p>{t('warning.keysHint')}</p>
        <Button variant="secondary" onClick={() => dispatch({ type: 'key', key: leaveFullScreenKey })}>
          {t('warning.esc')}
        </Button>
        <Button variant="secondary" onClick={() => dispatch({ type: 'key', key: 'Control+w' })}>
          {t('warning.ctrlW')}
        </Button>
      </div>
    </div>
  );
}
