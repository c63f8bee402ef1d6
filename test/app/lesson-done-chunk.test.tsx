// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lessonDoneChunk } from '../../src/app/lesson-done-chunk.ts';
import { loadLesson } from '../../src/content/index.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The fixture lesson use-the-mouse (test/fixtures/lessons-app): its steps, then its done page.
describe('the done page’s own chunk', () => {
  it('is not fetched on the steps before the last, and is fetched on the last, so Klar shows the done page at once', async () => {
    const stepCount = (await loadLesson('sv', 'use-the-mouse'))?.steps.length ?? 0;
    expect(stepCount).toBeGreaterThan(1);
    const first = await renderApp('/sv/lesson/use-the-mouse/1/');
    expect(screen.getByText(`Steg 1 av ${stepCount}`)).toBeInTheDocument();
    expect(lessonDoneChunk.loaded()).toBeUndefined();
    first.unmount();

    const { user } = await renderApp(`/sv/lesson/use-the-mouse/${stepCount}/`);
    await waitFor(() => expect(lessonDoneChunk.loaded()).toBeDefined());
    await user.click(screen.getByRole('link', { name: 'Klar' }));
    // No "Sidan laddas …" in between: the page is there as the link is followed.
    expect(screen.queryByText('Sidan laddas …')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Sidan laddas');
  });
});
