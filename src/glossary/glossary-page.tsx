import { useEffect } from 'react';
import { lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { loadGlossary, loadedGlossary } from '../content/page-content.ts';
import type { GlossaryPageData } from '../content/types.ts';
import { LessonLanguageNotice } from '../page/lesson-language-notice.tsx';
import { usePageTitle } from '../page/page-head.tsx';
import { glossaryEntryId, paths } from '../paths/index.ts';
import { LoadProblem } from '../page/load-problem.tsx';
import { NotFoundPage } from '../page/not-found-page.tsx';
import { usePageContent } from '../page/use-page-content.ts';

export { loadGlossary };

/** The entry an address's `#word-…` names; a malformed escape (`#word-%`) names no entry rather than throwing. */
function entryIdOf(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** Every word the lessons explain, in the lesson language's alphabetical order, with the lessons that explain it. */
export function GlossaryPage() {
  const language = lessonLanguageFor(useUiLanguage());
  const state = usePageContent(`glossary/${language}`, () => loadedGlossary(language), () => loadGlossary(language));
  if (state.status === 'ready') return <GlossaryView glossary={state.value} />;
  if (state.status === 'missing') return <NotFoundPage />;
  return <LoadProblem what="page" state={state} />;
}

function GlossaryView({ glossary }: { glossary: GlossaryPageData }) {
  const { t } = useTranslation('pages');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const { hash } = useLocation();
  usePageTitle(t('glossary.title'), tCommon('siteName'));

  // A link from a word in a lesson leads to its entry: focus goes there (after the page's h1 took it), so the
  // screen reader reads the word the learner asked about, and the page scrolls to it.
  useEffect(() => {
    if (!hash.startsWith('#word-')) return;
    const entry = document.getElementById(entryIdOf(hash));
    entry?.focus();
  }, [hash]);

  return (
    <>
      <PageHeading>{t('glossary.heading')}</PageHeading>
      <LessonLanguageNotice lessonLanguage={glossary.lang} />
      <p className="lead">{t('glossary.intro')}</p>
      <nav aria-label={t('glossary.letters')} className="glossary-letters">
        <ul lang={glossary.lang}>
          {glossary.groups.map((group) => (
            <li key={group.letter}>
              <a href={`#letter-${group.letter}`}>{group.letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div lang={glossary.lang} className="glossary">
        {glossary.groups.map((group) => (
          <section key={group.letter} aria-labelledby={`letter-${group.letter}`}>
            <h2 id={`letter-${group.letter}`} className="glossary-letter">
              {group.letter}
            </h2>
            {group.entries.map((entry) => (
              <div key={entry.id} className="glossary-entry">
                <h3 id={glossaryEntryId(entry.id)} tabIndex={-1}>
                  {entry.term}
                </h3>
                <p>{entry.definition}</p>
                {entry.lessons.length > 0 && (
                  <>
                    <p className="glossary-used-in" lang={language}>
                      {t('glossary.usedIn')}
                    </p>
                    <ul className="glossary-lessons">
                      {entry.lessons.map((lesson) => (
                        <li key={lesson.id}>
                          <Link to={paths.lessonStep(language, lesson.id, 1)}>{lesson.title}</Link>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
