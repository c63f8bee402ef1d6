import { type LessonLanguage, useTranslation, useUiLanguage } from '../i18n/index.ts';

/** Says plainly when lessons are shown in another language than the interface. */
export function LessonLanguageNotice({ lessonLanguage }: { lessonLanguage: LessonLanguage }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (language === lessonLanguage) return null;
  return <p className="language-notice">{t('lessonLanguageNotice', { language: t(`languageName.${lessonLanguage}`) })}</p>;
}
