import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { libraryConfig, loadLesson } from '../content/index.ts';
import { isUiLanguage, lessonLanguageFor, loadLanguage } from '../i18n/index.ts';
import { App, LessonDonePage, LessonStepPage } from './app.tsx';
import { lessonOfPath } from './routes.ts';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * The page's HTML was prerendered with its text. What it was made from (the
 * language's strings, and on lesson pages the lesson and the player) is
 * loaded before hydrating, so the first render matches the HTML exactly.
 */
async function loadWhatThisPageNeeds(): Promise<void> {
  const path = window.location.pathname.slice(basename.length);
  const [, first] = path.split('/');
  const language = isUiLanguage(first) ? first : libraryConfig.defaultLanguage;
  const lesson = lessonOfPath(path);
  await Promise.all([
    loadLanguage(language),
    ...(lesson
      ? [(lesson.done ? LessonDonePage : LessonStepPage).preload(), loadLesson(lessonLanguageFor(language), lesson.lessonId)]
      : []),
  ]).catch(() => undefined);
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  await loadWhatThisPageNeeds();
  const app = (
    <StrictMode>
      <BrowserRouter basename={basename}>
        <App />
      </BrowserRouter>
    </StrictMode>
  );
  if (!container.firstElementChild) {
    createRoot(container).render(app);
    return;
  }
  // As a transition, hydration yields to the browser every few milliseconds, so a
  // learner's click or key press on an old computer is never stuck behind it.
  startTransition(() => {
    hydrateRoot(container, app);
  });
}

void start();

