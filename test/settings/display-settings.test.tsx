// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eraseStoredData } from '../../src/storage/index.ts';
import { settingsKey } from '../../src/settings/index.ts';
import { axeViolations } from '../helpers/axe.ts';
import { installDialogPolyfill } from '../helpers/browser-apis.ts';
import { renderApp } from '../helpers/render-app.tsx';

const root = document.documentElement;
const settingAttributes = ['data-theme', 'data-text-size', 'data-spacing', 'data-motion'];

beforeAll(() => installDialogPolyfill());

beforeEach(() => {
  localStorage.clear();
  for (const attribute of settingAttributes) root.removeAttribute(attribute);
});

afterEach(() => vi.restoreAllMocks());

async function openSettings(path = '/sv/module/first-steps/') {
  const rendered = await renderApp(path);
  await rendered.user.click(screen.getByRole('button', { name: 'Text och färg' }));
  // The first time, the panel's chunk is compiled on the spot: give it time on a busy machine.
  const dialog = await screen.findByRole('dialog', { name: 'Text och färg' }, { timeout: 10_000 });
  return { ...rendered, dialog };
}

describe('the display settings', () => {
  it('open in one click from the header of a page, in a dialog with a group per setting', async () => {
    const { dialog } = await openSettings();
    for (const legend of ['Textstorlek', 'Färger', 'Avstånd mellan rader, ord och bokstäver', 'Rörelse på sidorna']) {
      expect(within(dialog).getByRole('group', { name: legend })).toBeInTheDocument();
    }
    expect(within(dialog).getByRole('radio', { name: '100 % (vanlig)' })).toBeChecked();
    expect(within(dialog).getByRole('group', { name: 'Färger' })).toHaveAccessibleDescription(/mörkt läge och hög kontrast/);
    expect(within(within(dialog).getByRole('group', { name: 'Färger' })).getByRole('radio', { name: 'Som på datorn' })).toBeChecked();
  });

  it('open from the start page too, from a button of their own', async () => {
    const { user } = await renderApp('/sv/');
    await user.click(screen.getByRole('button', { name: 'Ändra text och färg' }));
    expect(await screen.findByRole('dialog', { name: 'Text och färg' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('have no axe violations', async () => {
    const { dialog } = await openSettings();
    expect(await axeViolations(dialog)).toEqual([]);
  });

  it('are in English on an English page', async () => {
    const { user } = await renderApp('/en/');
    await user.click(screen.getByRole('button', { name: 'Text and colour' }));
    const dialog = await screen.findByRole('dialog', { name: 'Text and colour' }, { timeout: 10_000 });
    expect(within(dialog).getByRole('group', { name: 'Text size' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Dark (light text on a dark background)' })).toBeInTheDocument();
  });

  it('apply at once on <html>, are kept under one key, and are said politely', async () => {
    const { user, dialog } = await openSettings();
    await user.click(within(dialog).getByRole('radio', { name: '200 %' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Mörk (ljus text på mörk botten)' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Extra stort' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Ingen rörelse' }));

    expect(root).toHaveAttribute('data-text-size', '200');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('data-spacing', 'wide');
    expect(root).toHaveAttribute('data-motion', 'reduced');
    expect(JSON.parse(localStorage.getItem(settingsKey) ?? '{}')).toEqual({ version: 1, theme: 'dark', textSize: '200', spacing: 'wide', motion: 'reduced' });
    await waitFor(() => expect(screen.getByTestId('announcer-polite')).toHaveTextContent('Rörelse på sidorna: Ingen rörelse. Sparat på den här datorn.'));
  });

  it('start from what is on <html>, as the head script left it', async () => {
    root.setAttribute('data-theme', 'high-contrast');
    root.setAttribute('data-text-size', '150');
    const { dialog } = await openSettings();
    expect(within(dialog).getByRole('radio', { name: 'Hög kontrast (svart på vitt)' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: '150 %' })).toBeChecked();
  });

  it('follow the system again when "Som på datorn" is chosen: no data-theme at all', async () => {
    const { user, dialog } = await openSettings();
    await user.click(within(dialog).getByRole('radio', { name: 'Hög kontrast (svart på vitt)' }));
    await user.click(within(within(dialog).getByRole('group', { name: 'Färger' })).getByRole('radio', { name: 'Som på datorn' }));
    expect(root).not.toHaveAttribute('data-theme');
    // Nothing left to keep: the key goes.
    expect(localStorage.getItem(settingsKey)).toBeNull();
  });

  it('are reset to the defaults, with nothing left stored', async () => {
    const { user, dialog } = await openSettings();
    await user.click(within(dialog).getByRole('radio', { name: '175 %' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Mörk (ljus text på mörk botten)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Återställ allt' }));
    for (const attribute of settingAttributes) expect(root).not.toHaveAttribute(attribute);
    expect(localStorage.getItem(settingsKey)).toBeNull();
    expect(within(dialog).getByRole('radio', { name: '100 % (vanlig)' })).toBeChecked();
    await waitFor(() => expect(screen.getByTestId('announcer-polite')).toHaveTextContent('Allt är som från början igen.'));
  });

  it('still apply for the session when storage throws, and say so in plain words', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Storage is switched off', 'SecurityError');
    });
    const { user, dialog } = await openSettings();
    await user.click(within(dialog).getByRole('radio', { name: '200 %' }));
    expect(root).toHaveAttribute('data-text-size', '200');
    expect(within(dialog).getByText('Den här datorn kan inte spara dina val. De gäller tills du stänger eller laddar om sidan.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer-polite')).toHaveTextContent('Textstorlek: 200 %. Det gäller tills du stänger sidan.'));
  });

  it('close with the Close button, and focus goes back to the button that opened them', async () => {
    const { user, dialog } = await openSettings();
    await user.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Text och färg' })).toHaveFocus();
  });

  it('are remembered: a page opened afterwards shows the stored choice', async () => {
    const first = await openSettings();
    await first.user.click(within(first.dialog).getByRole('radio', { name: '125 %' }));
    first.unmount();
    root.removeAttribute('data-text-size');
    // What the head script does on the next page: the stored key is read back onto <html>.
    await import('../../src/settings/head-script.js?raw').then(({ default: source }) => new Function(source)());
    expect(root).toHaveAttribute('data-text-size', '125');
    const { dialog } = await openSettings('/sv/');
    expect(within(dialog).getByRole('radio', { name: '125 %' })).toBeChecked();
  });

  it('are erased with everything else when a shared computer is handed over', async () => {
    const { user, dialog } = await openSettings();
    await user.click(within(dialog).getByRole('radio', { name: 'Mörk (ljus text på mörk botten)' }));
    expect(localStorage.getItem(settingsKey)).not.toBeNull();
    eraseStoredData();
    expect(localStorage.getItem(settingsKey)).toBeNull();
  });
});
