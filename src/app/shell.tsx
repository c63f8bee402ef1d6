import { type ReactNode, Suspense, lazy } from 'react';
import { uiLanguages, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { Link, NavLink, useLocation } from 'react-router';
import { SkipLink } from '../a11y/index.ts';
import { libraryConfig, libraryText } from '../content/index.ts';
// From its own file: kiosk/index.ts brings the timer, which downloads only where kiosk mode is on.
import { useKioskModeOn } from '../kiosk/kiosk-mode.ts';
import { SettingsButton } from '../settings/index.ts';
import { endSharedSession } from '../progress/end-shared-session.ts';
import { EraseButton, KioskCodeNotePreload, LazyKioskCodeNote } from '../progress/erase-button.tsx';
import { useProgress, useProgressStore } from '../progress/index.ts';
import { frameOfPath, loadSettingsPanel } from './routes.ts';
import { pathInLanguage, paths } from '../paths/index.ts';
import { PageErrorBoundary } from './page-error-boundary.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

const languageNames = { sv: 'Svenska', en: 'English', ar: 'العربية' } as const;

// Most computers are not in kiosk mode: the timer's code downloads only where it is.
// Notes about stored progress are rare (storage full or damaged): their code downloads when there is one.
const ProgressNotices = lazy(() => import('./progress-notices.tsx').then((notices) => ({ default: notices.ProgressNotices })));

function ProgressNoticesWhenAny() {
  const { notices } = useProgress(useProgressStore());
  if (notices.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <ProgressNotices />
    </Suspense>
  );
}

const KioskGate = lazy(() => import('../kiosk/index.ts').then((kiosk) => ({ default: kiosk.KioskGate })));

/**
 * The frame of every page: skip link, header with the ways around, the main
 * content, and the footer. A route whose `frame` is `bare` (the presenter
 * view) gets its main landmark alone: nothing to skip, nothing beside the step.
 */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { t: tSite } = useTranslation('sitePages');
  const language = useUiLanguage();
  const { pathname } = useLocation();
  const libraryName = libraryText(libraryConfig.name, language);
  const contact = libraryText(libraryConfig.contact, language);
  const hours = libraryText(libraryConfig.helpDeskHours, language);
  // The library's setting, or ?kiosk=1 to try it: decided after hydration, since the address's query and storage are not there while prerendering.
  const kiosk = useKioskModeOn(libraryConfig.kiosk);
  const site = frameOfPath(pathname) === 'site';

  return (
    <>
      {site && <SkipLink targetId="main">{t('skipToContent')}</SkipLink>}
      <UpdatePrompt />
      {site && (
        <header className="site-header">
          <div className="site-header-inner">
            {libraryName && (
              <p className="library-name">
                {libraryConfig.logo && <img className="library-logo" src={libraryConfig.logo} alt="" height="48" />}
                {libraryName}
              </p>
            )}
            <Link to={paths.start(language)} className="site-name">
              {t('siteName')}
              <span className="site-tagline">{t('tagline')}</span>
            </Link>
            <nav aria-label={t('nav.label')} className="site-nav">
              <ul>
                <li>
                  <NavLink to={paths.start(language)} end>
                    {t('nav.start')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.myProgress(language)}>{t('nav.progress')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.about(language)}>{t('nav.about')}</NavLink>
                </li>
              </ul>
            </nav>
            <SettingsButton loadPanel={loadSettingsPanel} />
            <nav aria-label={t('nav.languages')} className="language-nav">
              <ul>
                {uiLanguages.map((code) => (
                  <li key={code}>
                    <Link
                      to={pathInLanguage(pathname, code)}
                      lang={code}
                      hrefLang={code}
                      aria-current={code === language ? 'true' : undefined}
                    >
                      {languageNames[code]}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <EraseButton />
          </div>
        </header>
      )}
      {kiosk && (
        <Suspense fallback={null}>
          <KioskCodeNotePreload />
          <KioskGate fromAddress={!libraryConfig.kiosk.enabled} settings={{ ...libraryConfig.kiosk, enabled: true }} onEnd={endSharedSession} keepBeforeEnd={<LazyKioskCodeNote />} />
        </Suspense>
      )}
      <main id="main" tabIndex={-1} className={site ? 'site-main' : 'bare-main'} data-frame={site ? undefined : 'bare'}>
        <ProgressNoticesWhenAny />
        <PageErrorBoundary address={pathname}>{children}</PageErrorBoundary>
      </main>
      {site && (
        <footer className="site-footer">
          {(contact || hours) && (
            <section className="library-help" aria-labelledby="library-help-heading">
              <h2 id="library-help-heading">{t('footer.helpHeading')}</h2>
              {contact && <p>{contact}</p>}
              {hours && (
                <p>
                  <strong>{t('footer.hours')}</strong> {hours}
                </p>
              )}
            </section>
          )}
          <p>{t('footer.privacy')}</p>
          <nav aria-label={tSite('footer.label')} className="footer-nav">
            <ul>
              <li>
                <Link to={paths.about(language)}>{t('footer.about')}</Link>
              </li>
              <li>
                <Link to={paths.privacy(language)}>{tSite('footer.privacy')}</Link>
              </li>
              <li>
                <Link to={paths.accessibility(language)}>{tSite('footer.accessibility')}</Link>
              </li>
              <li>
                <Link to={paths.glossary(language)}>{tSite('footer.glossary')}</Link>
              </li>
            </ul>
          </nav>
        </footer>
      )}
    </>
  );
}
