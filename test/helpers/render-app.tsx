import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MemoryRouter } from 'react-router';
import { App, LessonDonePage, LessonStepPage } from '../../src/app/app.tsx';
import { libraryConfig, loadLesson } from '../../src/content/index.ts';
import { isUiLanguage, lessonLanguageFor, loadLanguage, type UiLanguage } from '../../src/i18n/index.ts';

export interface RenderedApp extends RenderResult {
  user: UserEvent;
}

/** The interface language an address is shown in, the same way the app picks it. */
export function languageOf(path: string): UiLanguage {
  const [, first] = path.split('/');
  return isUiLanguage(first) ? first : libraryConfig.defaultLanguage;
}

/**
 * Renders the whole app at `path` the way the browser entry does, in
 * StrictMode: the page's strings, the lesson pages' code and the lesson
 * itself are loaded first, so the first render is the finished page and not
 * a loading state.
 */
export async function renderApp(path: string): Promise<RenderedApp> {
  const language = languageOf(path);
  const lessonId = /^\/[a-z]{2}\/lesson\/([a-z0-9-]+)\//.exec(path)?.[1];
  await Promise.all([
    loadLanguage(language),
    LessonStepPage.preload(),
    LessonDonePage.preload(),
    ...(lessonId ? [loadLesson(lessonLanguageFor(language), lessonId)] : []),
  ]);
  const user = userEvent.setup();
  const rendered = render(
    <StrictMode>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </StrictMode>,
  );
  return { user, ...rendered };
}
