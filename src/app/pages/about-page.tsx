import { useTranslation } from '../../i18n/index.ts';
import { PageHeading } from '../../a11y/index.ts';
import { usePageTitle } from '../page-head.tsx';

/** What Nätvana is, and exactly what it keeps about the learner and where. */
export function AboutPage() {
  const { t } = useTranslation('pages');
  const { t: tCommon } = useTranslation();
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
      <h2>{t('about.freeHeading')}</h2>
      {paragraphs('about.freeParagraphs')}
    </>
  );
}
