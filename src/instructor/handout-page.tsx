import { useParams } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { type CompiledLesson, type ImageNode, type LessonNode, findLessonSummary, useLesson } from '../content/index.ts';
import { lessonLanguageFor, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { LessonContent } from '../player/index.ts';
import { Button } from '../ui/index.ts';
import { Breadcrumbs } from '../page/breadcrumbs.tsx';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { LoadProblem } from '../page/load-problem.tsx';
import { NotFoundPage } from '../page/not-found-page.tsx';
import { instructorPaths } from './instructor-paths.ts';

/** A step's key point: its first paragraph, as the author wrote it first. */
const keyPoint = (body: readonly LessonNode[]): LessonNode | undefined => body.find((node) => typeof node !== 'string' && node.type === 'element' && node.tag === 'p');

/** Every picture in a step, however deep. */
function picturesIn(nodes: readonly LessonNode[]): ImageNode[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [];
    if (node.type === 'image') return [node];
    return 'children' in node ? picturesIn(node.children) : [];
  });
}

export function HandoutPage() {
  const { lessonId } = useParams();
  const language = useUiLanguage();
  const summary = findLessonSummary(lessonLanguageFor(language), lessonId);
  const state = useLesson(lessonLanguageFor(language), summary?.id ?? '');
  if (!summary) return <NotFoundPage />;
  if (state.status === 'ready') return <Handout lesson={state.lesson} />;
  if (state.status === 'missing') return <NotFoundPage />;
  return <LoadProblem what="lesson" state={state} />;
}

/** Paper for the learners to take home, in large print: each step's key point and pictures, and room to write. */
function Handout({ lesson }: { lesson: CompiledLesson }) {
  const { t } = useTranslation('instructor');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  usePageTitle(t('handout.title', { lesson: lesson.title }), tCommon('siteName'));
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tCommon('nav.start'), to: paths.start(language) },
          { label: t('hub.title'), to: instructorPaths.hub(language) },
          { label: lesson.title, to: instructorPaths.overview(language, lesson.id), lang: lesson.lang },
        ]}
        current={t('overview.handout')}
      />
      <p className="print-hidden">
        <Button onClick={() => window.print()}>{t('handout.print')}</Button>
      </p>
      <div className="handout" lang={lesson.lang} dir="ltr">
        <PageHeading>{lesson.title}</PageHeading>
        <ol className="handout-steps">
          {lesson.steps.map((step) => {
            const point = keyPoint(step.body);
            return (
              <li key={step.id} className="handout-step">
                <h2>{step.title}</h2>
                {point && <LessonContent nodes={[point]} />}
                {picturesIn(step.body).map((picture) => (
                  <img key={picture.src} className="handout-picture" src={picture.src} alt={picture.alt} width={picture.width} height={picture.height} />
                ))}
              </li>
            );
          })}
        </ol>
      </div>
      <section className="handout-write" aria-labelledby="handout-write-heading">
        <h2 id="handout-write-heading">{t('handout.write')}</h2>
        <p className="handout-line">{t('handout.email')}</p>
        <p className="handout-line">{t('handout.notes')}</p>
        <p className="handout-line" aria-hidden="true" />
        <p className="handout-line" aria-hidden="true" />
      </section>
    </>
  );
}
