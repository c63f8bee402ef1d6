import { type UiLanguage, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { PageHeading } from '../a11y/index.ts';
import { libraryConfig, libraryText } from '../content/index.ts';
import { loadSitePage, loadedSitePage } from '../content/page-content.ts';
import type { LibraryConfig, SitePage, SitePagePart } from '../content/index.ts';
import { LessonContent } from '../player/index.ts';
import { usePageTitle } from '../page/page-head.tsx';
import { LoadProblem } from '../page/load-problem.tsx';
import { NotFoundPage } from '../page/not-found-page.tsx';
import { usePageContent } from '../page/use-page-content.ts';

export { loadSitePage };

/** A page from site-pages/ (the accessibility statement, privacy) in the interface language. */
export function SitePageRoute({ pageId }: { pageId: string }) {
  const language = useUiLanguage();
  const state = usePageContent(`${language}/${pageId}`, () => loadedSitePage(language, pageId), () => loadSitePage(language, pageId));
  if (state.status === 'ready') return <SitePageView page={state.value} />;
  if (state.status === 'missing') return <NotFoundPage />;
  return <LoadProblem what="page" state={state} />;
}

export function AccessibilityPage() {
  return <SitePageRoute pageId="accessibility" />;
}

export function PrivacyPage() {
  return <SitePageRoute pageId="privacy" />;
}

/** The page's title as its one h1, its sections as h2s, and the library's contact where the text asks for it. */
export function SitePageView({ page, library = libraryConfig }: { page: SitePage; library?: Pick<LibraryConfig, 'contact' | 'helpDeskHours'> }) {
  const { t: tCommon } = useTranslation();
  usePageTitle(page.title, tCommon('siteName'));
  const parts = (items: readonly SitePagePart[]) =>
    items.map((part, index) =>
      part.kind === 'content' ? <LessonContent key={index} nodes={part.nodes} /> : <LibraryContact key={index} library={library} />,
    );
  return (
    <article className="site-page" aria-labelledby="page-heading">
      <PageHeading>{page.title}</PageHeading>
      {parts(page.intro)}
      {page.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id}>
          <h2 id={section.id}>{section.title}</h2>
          {parts(section.parts)}
        </section>
      ))}
    </article>
  );
}

/** Who to tell about a problem: the library's own contact from library.json, or the staff at the library. */
export function LibraryContact({ library }: { library: Pick<LibraryConfig, 'contact' | 'helpDeskHours'> }) {
  const { t } = useTranslation('pages');
  const language: UiLanguage = useUiLanguage();
  const contact = libraryText(library.contact, language);
  const hours = libraryText(library.helpDeskHours, language);
  return (
    <div className="library-contact">
      <p>{contact ?? t('contact.default')}</p>
      {hours && (
        <p>
          <strong>{t('contact.hours')}</strong> {hours}
        </p>
      )}
    </div>
  );
}
