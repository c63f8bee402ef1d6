import { useTranslation, useUiLanguage } from '../i18n/index.ts';
import { PageHeading } from '../a11y/index.ts';
import { ButtonLink } from '../ui/button.tsx';
import { usePageTitle } from './page-head.tsx';
import { paths } from '../paths/index.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  usePageTitle(t('notFound.title'), t('siteName'));
  return (
    <>
      <PageHeading>{t('notFound.heading')}</PageHeading>
      <p className="lead">{t('notFound.text')}</p>
      <p>{t('notFound.notYourFault')}</p>
      <p>
        <ButtonLink to={paths.start(language)}>{t('notFound.home')}</ButtonLink>
      </p>
    </>
  );
}
