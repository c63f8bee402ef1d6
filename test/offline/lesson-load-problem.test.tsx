// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LessonLoadProblem } from '../../src/offline/lesson-load-problem.tsx';
import { loadLessonIndex } from '../../src/content/index.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { renderInLanguage } from '../helpers/render-player.tsx';

await loadLessonIndex();

function setOnline(online: boolean): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

afterEach(() => vi.restoreAllMocks());

describe('a lesson that could not be downloaded', () => {
  it('without the internet, says plainly that it is not saved, and links to the start page', async () => {
    setOnline(false);
    const retry = vi.fn();
    const { user, container } = await renderInLanguage(
      <MemoryRouter>
        <LessonLoadProblem state={{ status: 'failed', retry }} />
      </MemoryRouter>,
    );
    // The notice's code and words download when it is needed: until then, the general message.
    expect(screen.getByRole('heading', { level: 1, name: 'Lektionen kunde inte laddas' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Lektionen är inte sparad' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/Datorn har inget internet just nu\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till startsidan' })).toHaveAttribute('href', '/sv/');
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(retry).toHaveBeenCalledOnce();
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });

  it('with the internet, offers to try again as before', async () => {
    setOnline(true);
    await renderInLanguage(
      <MemoryRouter>
        <LessonLoadProblem state={{ status: 'failed', retry: () => undefined }} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Lektionen kunde inte laddas' })).toBeInTheDocument();
    expect(screen.queryByText(/inte sparad/)).not.toBeInTheDocument();
  });

  it('changes to the offline notice when the connection drops while it is shown', async () => {
    setOnline(true);
    await renderInLanguage(
      <MemoryRouter>
        <LessonLoadProblem state={{ status: 'failed', retry: () => undefined }} />
      </MemoryRouter>,
    );
    setOnline(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lektionen är inte sparad' }, { timeout: 5000 })).toBeInTheDocument();
  });
});
