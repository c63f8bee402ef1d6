// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { paths } from '../../src/paths/index.ts';
import { lessonsOfModule, loadLessonIndex } from '../../src/content/index.ts';
import type * as Library from '../../src/content/library.ts';
import { finished as done, progressStoreWith } from '../helpers/progress-store.ts';
import { renderApp } from '../helpers/render-app.tsx';

// The fixture library has no name: here it has one, in Swedish and English only (Arabic then shows the English one, as the header does).
vi.mock('../../src/content/library.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof Library>();
  return { ...actual, libraryConfig: { ...actual.libraryConfig, name: { sv: 'Provstadens bibliotek', en: 'Provstad Library' } } };
});

await loadLessonIndex();

const allDone = Object.fromEntries(lessonsOfModule('sv', 'first-steps').map((lesson) => [`sv/${lesson.id}`, done]));
const seams = () => progressStoreWith(allDone).seams;

describe('the certificate of a library with a name', () => {
  it('names the library in the page’s language', async () => {
    await renderApp(paths.certificate('sv', 'first-steps'), seams());
    expect(within(await screen.findByRole('region', { name: 'Intyg' })).getByText('Provstadens bibliotek')).toBeInTheDocument();
  });

  it('names it in English where the library has not written it in the page’s language', async () => {
    await renderApp(paths.certificate('ar', 'first-steps'), seams());
    expect(within(await screen.findByRole('region', { name: 'شهادة' })).getByText('Provstad Library')).toBeInTheDocument();
  });
});
