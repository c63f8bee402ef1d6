import { Link, useParams } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { type CompiledLesson, findLessonSummary, findModule, useLesson } from '../content/index.ts';
import { lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { LessonContent } from '../player/index.ts';
import { ButtonLink } from '../ui/index.ts';
import { Breadcrumbs } from '../page/breadcrumbs.tsx';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { instructorPaths } from './instructor-paths.ts';
import { LoadProblem } from '../page/load-problem.tsx';
import { NotFoundPage } from '../page/not-found-page.tsx';
import { NotesStatus } from './notes-status.tsx';
import { useInstructorNotes } from './use-instructor-notes.ts';

export function LessonOverviewPage() {
  const { lessonId } = useParams();
  const language = useUiLanguage();
  const summary = findLessonSummary(lessonLanguageFor(language), lessonId);
  if (!summary) return <NotFoundPage />;
  return <OverviewLoader lessonId={summary.id} />;
}

function OverviewLoader({ lessonId }: { lessonId: string }) {
  const language = useUiLanguage();
  const state = useLesson(lessonLanguageFor(language), lessonId);
  if (state.status === 'ready') return <OverviewView lesson={state.lesson} />;
  if (state.status === 'missing') return <NotFoundPage />;
  return <LoadProblem what="lesson" state={state} />;
}

/** A lesson for the instructor on one page: goals, time, preparation, stumbling blocks, questions, and every step with its notes. */
function OverviewView({ lesson }: { lesson: CompiledLesson }) {
  const { t } = useTranslation('instructor');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  const title = t('overview.title', { lesson: lesson.title });
  usePageTitle(title, tCommon('siteName'));
  const notesState = useInstructorNotes(lesson.lang, lesson.id);
  const notes = notesState.status === 'ready' ? notesState.notes : undefined;
  const module = findModule(lesson.module);

  const list = (heading: string, items: readonly string[] | undefined, id: string) => (
    <section aria-labelledby={id} className="instructor-section">
      <h2 id={id}>{heading}</h2>
      {!notes && notesState.status !== 'ready' ? (
        <NotesStatus state={notesState} />
      ) : items && items.length > 0 ? (
        <ul lang={lesson.lang}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p>{t('overview.notWritten')}</p>
      )}
    </section>
  );

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tCommon('nav.start'), to: paths.start(language) },
          { label: t('hub.title'), to: instructorPaths.hub(language) },
        ]}
        current={lesson.title}
        currentLang={lesson.lang}
      />
      <p className="instructor-eyebrow">{t('overview.eyebrow')}</p>
      <div lang={lesson.lang}>
        <PageHeading>{lesson.title}</PageHeading>
        {module && <p className="lead">{module.title[lesson.lang]}</p>}
      </div>
      <p className="instructor-actions">
        <ButtonLink to={paths.lessonStep(language, lesson.id, 1)}>{t('overview.openLesson')}</ButtonLink>
        <ButtonLink variant="secondary" to={instructorPaths.present(language, lesson.id, 1)}>
          {t('overview.present')}
        </ButtonLink>
        <ButtonLink variant="secondary" to={instructorPaths.handout(language, lesson.id)}>
          {t('overview.handout')}
        </ButtonLink>
      </p>

      <section aria-labelledby="overview-goals" className="instructor-section">
        <h2 id="overview-goals">{t('overview.goalsHeading')}</h2>
        <ul lang={lesson.lang}>
          {lesson.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="overview-time" className="instructor-section">
        <h2 id="overview-time">{t('overview.timeHeading')}</h2>
        <p>{t('overview.minutes', { count: lesson.minutes })}</p>
      </section>
      {list(t('overview.preparationHeading'), notes?.overview.preparation, 'overview-preparation')}
      {list(t('overview.stumblesHeading'), notes?.overview.stumbles, 'overview-stumbles')}
      {list(t('overview.discussionHeading'), notes?.overview.discussion, 'overview-discussion')}

      <section aria-labelledby="overview-outline" className="instructor-section">
        <h2 id="overview-outline">{t('overview.outlineHeading')}</h2>
        <ol className="overview-steps">
          {lesson.steps.map((step, index) => (
            <li key={step.id}>
              <h3 lang={lesson.lang}>
                <Link to={paths.lessonStep(language, lesson.id, index + 1)}>{step.title}</Link>
              </h3>
              {notes?.steps[step.id]?.map((note, noteIndex) => (
                <div key={noteIndex} lang={lesson.lang} dir="ltr" className="step-notes-text">
                  <LessonContent nodes={note} />
                </div>
              ))}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
