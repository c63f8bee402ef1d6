// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { lessonIndex, loadLessonIndex } from '../../src/content/index.ts';
import type { Progress } from '../../src/progress/index.ts';
import { takeHomeCode } from '../../src/progress/transfer/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { installDialogPolyfill } from '../helpers/browser-apis.ts';
import { progressStoreWith } from '../helpers/progress-store.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The lesson index comes with the pages beyond the start page; this file reads it directly.
await loadLessonIndex();

const ended = vi.hoisted(() => ({ count: 0 }));
// Erasing opens the start page afresh, which jsdom cannot do: the test counts it instead.
vi.mock('../../src/progress/end-shared-session.ts', () => ({ endSharedSession: () => void ended.count++ }));

beforeAll(() => {
  installDialogPolyfill();
});

const [first] = lessonIndex.lessons.sv;
if (!first) throw new Error('The test lessons have no Swedish lesson.');
const progress: Progress = { version: 1, lessons: { [`sv/${first.id}`]: { status: 'done', furthestStep: 1, quizzes: {}, updatedAt: 5 } } };

const seams = (saved?: Progress) => progressStoreWith(saved?.lessons).seams;

describe('Finish and erase my data', () => {
  it('is on every page, and by keyboard shows the take-home code first, then erases', async () => {
    ended.count = 0;
    const { user } = await renderApp('/sv/about/', seams(progress));
    const button = screen.getByRole('button', { name: 'Avsluta och radera mina uppgifter' });
    button.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Avsluta och radera?' }, { timeout: 5000 });
    expect(dialog).toHaveAccessibleDescription(/dina framsteg och dina inställningar/);
    // "Cancel" first: Enter on opening erases nothing.
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await waitFor(() => expect(dialog).toHaveTextContent(takeHomeCode(progress).join(' ')));
    expect(dialog).toHaveTextContent('Vill du fortsätta på en annan dator? Skriv först upp din kod:');
    expect(describeViolations(await axeViolations(document.body))).toEqual([]);
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Radera och avsluta' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(ended.count).toBe(1);
  });

  it('erases nothing on Cancel or Escape, and gives focus back to the button', async () => {
    ended.count = 0;
    const { user } = await renderApp('/sv/', seams(progress));
    const button = screen.getByRole('button', { name: 'Avsluta och radera mina uppgifter' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Avsluta och radera?' }, { timeout: 5000 });
    await user.keyboard('{Enter}');
    expect(dialog).not.toHaveAttribute('open');
    expect(button).toHaveFocus();
    await user.click(button);
    await waitFor(() => expect(dialog).toHaveAttribute('open'));
    await user.keyboard('{Escape}');
    expect(dialog).not.toHaveAttribute('open');
    expect(ended.count).toBe(0);
  });

  it('says there is no code to write down when nothing is saved', async () => {
    const { user } = await renderApp('/sv/', seams());
    await user.click(screen.getByRole('button', { name: 'Avsluta och radera mina uppgifter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avsluta och radera?' }, { timeout: 5000 });
    expect(await within(dialog).findByText('Du har inga framsteg än, så det finns ingen kod att skriva upp.')).toBeInTheDocument();
  });
});
