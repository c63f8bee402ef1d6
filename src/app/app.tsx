import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { NavigationFocusProvider, AnnouncerProvider } from '../a11y/index.ts';
import { libraryConfig } from '../content/index.ts';
import { type AppSeams, defaultSeams } from './app-seams.tsx';
import { LanguageLayout } from './language-layout.tsx';
import { NotFoundPage } from '../page/not-found-page.tsx';
import { routePages } from './chunks/route-pages.ts';
import { ProgressStoreContext } from '../progress/index.ts';
import { LessonEventsContext } from '../lesson/lesson-events.ts';
import { routeNames, routeTable } from './routes.ts';

const StartPage = routePages.start;

/**
 * The whole app, inside whichever router the entry point gives it (browser or
 * prerender). Its routes come from the route table; `seams` joins the
 * features (tests give their own).
 */
export function App({ seams = defaultSeams }: { seams?: AppSeams }) {
  const location = useLocation();
  useEffect(() => {
    // Says the page has come alive (hydrated): its buttons now work. The browser tests wait for it.
    document.documentElement.dataset.natvana = 'ready';
  }, []);
  return (
    <ProgressStoreContext.Provider value={seams.progress}>
      <LessonEventsContext.Provider value={seams.lessonEvents}>
        <AnnouncerProvider>
          <NavigationFocusProvider locationKey={location.pathname}>
            <Routes>
              <Route path="/" element={<LanguageLayout fixedLanguage={libraryConfig.defaultLanguage} />}>
                <Route index element={<StartPage />} />
              </Route>
              <Route path=":lang" element={<LanguageLayout />}>
                {routeNames.map((name) => {
                  const Page = routePages[name];
                  const { pattern } = routeTable[name];
                  return pattern === '' ? (
                    <Route key={name} index element={<Page />} />
                  ) : (
                    <Route key={name} path={pattern} element={<Page />} />
                  );
                })}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </NavigationFocusProvider>
        </AnnouncerProvider>
      </LessonEventsContext.Provider>
    </ProgressStoreContext.Provider>
  );
}
