import { type LessonLanguage, useTranslation, useUiLanguage } from '../i18n/index.ts';

/** Says plainly when lessons are shown in another language than the interface. */
export function LessonLanguageNotice({ lessonLanguage }: { lessonLanguage: LessonLanguage }) {
  // Its words come with the later strings (the player's): only pages beyond the start page show it.
  const { t } = useTranslation('player');
  const language = useUiLanguage();
  if (language === lessonLanguage) return null;
  return <p className="language-notice">{t('lessonLanguageNotice', { language: t(`languageName.${lessonLanguage}`) })}</p>;
}
