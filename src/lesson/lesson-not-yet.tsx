import { type LessonLanguage, useTranslation, useUiLanguage } from '../i18n/index.ts';
import { type EagerStringsFiles, addStrings, withFallback } from '../i18n/strings-files.ts';
import { PageHeading } from '../a11y/index.ts';
import { ArrowIcon, ButtonLink } from '../ui/index.ts';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import type { ReactNode } from 'react';
import type { CompiledLesson } from '../content/index.ts';

// Its words come with it, in every language: nearly every learner who opens a done page has earned it.
const strings: EagerStringsFiles = import.meta.glob('../i18n/locales/*/lesson-not-yet.json', { eager: true, import: 'default' });

/** What the done page hands each of its two forms. */
export interface DonePartProps {
  lesson: CompiledLesson;
  breadcrumbs: ReactNode;
  /** The links back to the module and the start page, as list items. */
  wayBack: ReactNode;
}

/**
 * The done page of a lesson this browser has not been through: opened from a
 * link, or by a learner who skipped ahead. It finishes nothing (see `canFinish`),
 * and says so: how far the learner has come, and the first step not yet gone through.
 */
export default function LessonNotYet({ lesson, goneThrough, doneIn, breadcrumbs, wayBack }: DonePartProps & { goneThrough: number | undefined; doneIn: LessonLanguage | undefined }) {
  const { t, i18n } = useTranslation('player');
  const { t: tCommon } = useTranslation();
  // The languages' names as read aloud names them: those strings come with every lesson page.
  const { t: tSpeech } = useTranslation('speech');
  addStrings(i18n, 'player', withFallback(i18n.language), strings);
  const language = useUiLanguage();
  const stepCount = lesson.steps.length;
  const nextStep = Math.min((goneThrough ?? 0) + 1, stepCount);
  usePageTitle(t('notYet.title', { lesson: lesson.title }), tCommon('siteName'));

  return (
    <>
      {breadcrumbs}
      <PageHeading>{t('notYet.heading')}</PageHeading>
      <p className="lead">{t('notYet.why')}</p>
      {doneIn && <p>{t('notYet.doneIn', { language: tSpeech(`language.${doneIn}`) })}</p>}
      {goneThrough !== undefined && <p>{t('notYet.soFar', { count: goneThrough, total: stepCount })}</p>}
      <p>
        <ButtonLink to={paths.lessonStep(language, lesson.id, nextStep)}>
          {goneThrough === undefined ? t('notYet.start') : t('notYet.continue', { step: nextStep })}
          <ArrowIcon direction="forward" />
        </ButtonLink>
      </p>
      <ul className="done-links">
        {wayBack}
      </ul>
    </>
  );
}
