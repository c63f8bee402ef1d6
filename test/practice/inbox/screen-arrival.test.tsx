// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { practiceRegistry } from '../../../src/practice/index.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { renderInLanguage } from '../../helpers/render-player.tsx';

// The message screen's code downloads when the learner first opens a message. Here that download
// waits until the test lets it through, so the test sees the moment in between.
const download = vi.hoisted(() => {
  let letThrough: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (letThrough = resolve));
  return { arrived, letThrough: () => letThrough() };
});
vi.mock('../../../src/practice/inbox/screens/message-view.tsx', async (importOriginal) => {
  await download.arrived;
  return importOriginal();
});

afterEach(() => {
  sessionStorage.clear();
});

describe('a screen of the practice inbox whose code downloads on first use', () => {
  it('shows "Laddar …" with focus while it downloads, then focuses the screen’s heading when it arrives', async () => {
    const InboxPractice = await practiceRegistry.inbox?.load();
    if (!InboxPractice) throw new Error('The registry has no practice inbox.');
    const { user, container } = await renderInLanguage(<InboxPractice scenario={{ kind: 'inbox', id: 'reply' }} language="sv" place={{ lessonId: 'a-lesson', stepId: 'a-step' }} onOutcome={() => undefined} />, 'sv');
    await screen.findByRole('heading', { name: 'Inkorg' });

    await user.click(screen.getByRole('button', { name: /Ada Prov/ }));
    const loading = screen.getByRole('status');
    expect(loading).toHaveTextContent('Laddar …');
    expect(loading).toHaveFocus();
    // The folders stay, so the learner can go elsewhere meanwhile.
    expect(within(screen.getByRole('navigation', { name: 'Mappar' })).getByRole('button', { name: 'Skickat' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    download.letThrough();
    const heading = await screen.findByRole('heading', { name: 'Fika i morgon' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByText('Laddar …')).not.toBeInTheDocument();
  });
});
