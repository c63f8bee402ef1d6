// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { practiceRegistry } from '../../../src/practice/index.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { renderInLanguage } from '../../helpers/render-player.tsx';

// The practice e-ID's code is asked for only when the e-service's login page comes; here that download
// is recorded, and waits until the test lets it through, so the test sees the moment in between.
const eId = vi.hoisted(() => {
  let letThrough: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (letThrough = resolve));
  return { asked: 0, arrived, letThrough: () => letThrough() };
});
vi.mock('../../../src/practice/e-id/view.tsx', async (importOriginal) => {
  eId.asked += 1;
  await eId.arrived;
  return importOriginal();
});

afterEach(() => {
  sessionStorage.clear();
});

describe('the practice e-service’s login', () => {
  it('downloads the practice e-ID only when the login page comes, saying "Övningen laddas …" meanwhile, with focus on the page’s heading', async () => {
    const EService = await practiceRegistry['e-service']?.load();
    if (!EService) throw new Error('The registry has no practice e-service.');
    const { user, container } = await renderInLanguage(<EService scenario={{ kind: 'e-service', id: 'provby-move' }} language="sv" place={{ lessonId: 'a-lesson', stepId: 'a-step' }} onOutcome={() => undefined} />, 'sv');
    await screen.findByRole('button', { name: 'Logga in och starta' }, { timeout: 5000 });
    expect(eId.asked).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Logga in och starta' }));
    expect(screen.getByRole('heading', { name: 'Logga in' })).toHaveFocus();
    expect(screen.getByText('Övningen laddas …')).toBeInTheDocument();
    expect(eId.asked).toBe(1);
    expect(await axeViolations(container)).toEqual([]);

    eId.letThrough();
    await screen.findByRole('button', { name: 'Övnings-ID på den här enheten' }, { timeout: 5000 });
    expect(screen.getByRole('heading', { name: 'Logga in' })).toHaveFocus();
  });
});
