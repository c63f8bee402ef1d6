// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultSeams } from '../../src/app/app-seams.tsx';
import { lessonIndex, loadLessonIndex } from '../../src/content/index.ts';
import { paths } from '../../src/paths/index.ts';
import { renderApp } from '../helpers/render-app.tsx';
import { axeViolations, describeViolations } from '../helpers/axe.ts';

// The lesson index comes with the pages beyond the start page; this file reads it directly.
await loadLessonIndex();

const [lesson] = lessonIndex.lessons.sv;
if (!lesson) throw new Error('The test lessons have no Swedish lesson.');

/** Seams whose report of a shown step throws, as a page's effect might: the lesson step page's effect then throws. */
function seamsThatThrowOnce() {
  let throws = true;
  return {
    ...defaultSeams,
    lessonEvents: {
      ...defaultSeams.lessonEvents,
      stepShown: () => {
        if (!throws) return;
        throws = false;
        throw new Error('A page that throws in an effect.');
      },
    },
  };
}

describe('a page that throws', () => {
  it('keeps the frame and says plainly what happened, with a way to try again and a way home', async () => {
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container, user } = await renderApp(paths.lessonStep('sv', lesson.id, 1), seamsThatThrowOnce());

    expect(await screen.findByRole('heading', { level: 1, name: 'Något gick fel på sidan' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hoppa till innehållet' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Gå till startsidan' })).toHaveAttribute('href', paths.start('sv'));
    expect(document.title).toBe('Något gick fel på sidan – Nätvana');
    expect(describeViolations(await axeViolations(container))).toEqual([]);

    // The page throws only once: trying again shows it.
    await user.click(within(main).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText(`Steg 1 av ${lesson.stepCount}`)).toBeInTheDocument();
  });

  it('shows the next page afresh when the learner goes home', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await renderApp(paths.lessonStep('sv', lesson.id, 1), seamsThatThrowOnce());
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Gå till startsidan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lär dig använda internet' })).toBeInTheDocument();
  });
});

describe('the glossary at an address with a malformed word (#word-%)', () => {
  it('shows the glossary, as for any word it does not have', async () => {
    const errors = vi.spyOn(console, 'error');
    await renderApp(`${paths.glossary('sv')}#word-%`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ordlista' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Något gick fel på sidan' })).not.toBeInTheDocument();
    expect(errors).not.toHaveBeenCalled();
  });
});
