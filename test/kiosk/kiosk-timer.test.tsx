// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskTimer } from '../../src/kiosk/index.ts';
import { installDialogPolyfill } from '../helpers/browser-apis.ts';
import { renderInLanguage } from '../helpers/render-player.tsx';

const settings = { enabled: true, idleMinutes: 2, warningSeconds: 30 };

beforeAll(() => {
  installDialogPolyfill();
});
// The idle timer counts with setInterval and Date.now; faking just those says exactly how long the learner has been away.
// setTimeout stays real: Testing Library waits on it after each user-event step.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const away = (seconds: number) =>
  act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });

/** The kiosk timer on a page where the learner last pressed "Nästa". */
async function renderKiosk(onEnd = vi.fn()) {
  const rendered = await renderInLanguage(
    <>
      <button type="button">Nästa</button>
      <KioskTimer settings={settings} onEnd={onEnd} />
    </>,
  );
  screen.getByRole('button', { name: 'Nästa' }).focus();
  return { ...rendered, onEnd };
}

const warning = () => screen.getByRole('dialog', { name: 'Är du kvar?' });

describe('KioskTimer', () => {
  it('shows what the app hands it to keep (the take-home code) in the warning only', async () => {
    await renderInLanguage(<KioskTimer settings={settings} onEnd={vi.fn()} keepBeforeEnd={<p>Skriv upp din kod: 63B7 S2VT</p>} />);
    expect(screen.queryByText('Skriv upp din kod: 63B7 S2VT')).not.toBeInTheDocument();
    away(2 * 60 + 1);
    expect(warning()).toHaveTextContent('Skriv upp din kod: 63B7 S2VT');
    expect(screen.getByRole('button', { name: 'Jag är kvar' })).toHaveFocus();
  });

  it('warns in a dialog after the idle minutes, with the answer most learners want in focus', async () => {
    await renderKiosk();
    away(2 * 60 + 1);
    expect(warning()).toHaveAttribute('open');
    expect(warning()).toHaveAccessibleDescription('Snart börjar Nätvana om från början. Då ser nästa person inte vad du har gjort.');
    expect(screen.getByRole('button', { name: 'Jag är kvar' })).toHaveFocus();
  });

  it('closes when the learner is still here, and gives focus back to where they were', async () => {
    const { user, onEnd } = await renderKiosk();
    away(2 * 60 + 1);
    await user.click(screen.getByRole('button', { name: 'Jag är kvar' }));
    expect(screen.getByText('Är du kvar?').closest('dialog')).not.toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'Nästa' })).toHaveFocus();
    away(60);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('takes Escape as "I am still here"', async () => {
    const { user, onEnd } = await renderKiosk();
    away(2 * 60 + 1);
    await user.keyboard('{Escape}');
    expect(screen.getByText('Är du kvar?').closest('dialog')).not.toHaveAttribute('open');
    away(60);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('ends the session when the learner asks to', async () => {
    const { user, onEnd } = await renderKiosk();
    away(2 * 60 + 1);
    await user.click(screen.getByRole('button', { name: 'Avsluta nu' }));
    expect(onEnd).toHaveBeenCalledOnce();
  });

  it('ends the session once when the warning is not answered', async () => {
    const { onEnd } = await renderKiosk();
    away(2 * 60 + 31);
    away(10);
    expect(onEnd).toHaveBeenCalledOnce();
  });

  it('draws nothing when kiosk mode is off', async () => {
    await renderInLanguage(<KioskTimer settings={{ ...settings, enabled: false }} onEnd={vi.fn()} />);
    away(60 * 60);
    expect(screen.queryByText('Är du kvar?')).not.toBeInTheDocument();
  });
});
