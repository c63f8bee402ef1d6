import { useTranslation, useUiLanguage } from '../i18n/index.ts';
import { Link } from 'react-router';
import { PageHeading } from '../a11y/index.ts';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';

/** What Nätvana is, what it keeps about the learner in short (the privacy page says it in full), and that it is free. */
export function AboutPage() {
  const { t } = useTranslation('pages');
  const { t: tCommon } = useTranslation();
  const language = useUiLanguage();
  usePageTitle(t('about.title'), tCommon('siteName'));
  const paragraphs = (key: 'about.whatParagraphs' | 'about.privacyParagraphs' | 'about.freeParagraphs') =>
    (t(key, { returnObjects: true }) as string[]).map((text) => <p key={text}>{text}</p>);
  return (
    <>
      <PageHeading>{t('about.heading')}</PageHeading>
      <p className="lead">{t('about.lead')}</p>
      <h2>{t('about.whatHeading')}</h2>
      {paragraphs('about.whatParagraphs')}
      <h2 id="privacy">{t('about.privacyHeading')}</h2>
      {paragraphs('about.privacyParagraphs')}
      <p>
        <Link className="standalone-link" to={paths.privacy(language)}>{t('about.privacyLink')}</Link>
      </p>
      <h2>{t('about.freeHeading')}</h2>
      {paragraphs('about.freeParagraphs')}
    </>
  );
}
