import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { NavigationFocusProvider, AnnouncerProvider } from '../a11y/index.ts';
import { libraryConfig } from '../content/index.ts';
import { LanguageLayout } from './language-layout.tsx';
import { AboutPage } from './pages/about-page.tsx';
import { lazyPages } from './lazy-pages.tsx';
import { ModulePage } from './pages/module-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { StartPage } from './pages/start-page.tsx';
import { routePatterns } from './routes.ts';

const lessonPages = lazyPages(() => import('./pages/lesson-pages.ts'));
export const LessonStepPage = lessonPages.page((pages) => pages.LessonStepPage);
export const LessonDonePage = lessonPages.page((pages) => pages.LessonDonePage);

/** The whole app, inside whichever router the entry point gives it (browser or prerender). */
export function App() {
  const location = useLocation();
  useEffect(() => {
    // Says the page has come alive (hydrated): its buttons now work. The browser tests wait for it.
    document.documentElement.dataset.natvana = 'ready';
  }, []);
  return (
    <AnnouncerProvider>
      <NavigationFocusProvider locationKey={location.pathname}>
        <Routes>
          <Route path="/" element={<LanguageLayout fixedLanguage={libraryConfig.defaultLanguage} />}>
            <Route index element={<StartPage />} />
          </Route>
          <Route path={routePatterns.language} element={<LanguageLayout />}>
            <Route index element={<StartPage />} />
            <Route path={routePatterns.module} element={<ModulePage />} />
            <Route path={routePatterns.lessonDone} element={<LessonDonePage />} />
            <Route path={routePatterns.lessonStep} element={<LessonStepPage />} />
            <Route path={routePatterns.about} element={<AboutPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </NavigationFocusProvider>
    </AnnouncerProvider>
  );
}
