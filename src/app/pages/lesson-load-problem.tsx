import { useTranslation } from '../../i18n/index.ts';
import { PageHeading } from '../../a11y/index.ts';
import type { LessonState } from '../../content/index.ts';
import { Button } from '../../ui/index.ts';
import { usePageTitle } from '../page-head.tsx';

/** While a lesson downloads, and if it cannot be downloaded (for example when the connection drops). */
export function LessonLoadProblem({ state }: { state: Exclude<LessonState, { status: 'ready' } | { status: 'missing' }> }) {
  const { t } = useTranslation('player');
  const { t: tCommon } = useTranslation();
  const heading = state.status === 'loading' ? t('load.loading') : t('load.failedHeading');
  usePageTitle(heading, tCommon('siteName'));
  return (
    <div className="lesson-load" aria-busy={state.status === 'loading'}>
      <PageHeading>{heading}</PageHeading>
      {state.status === 'failed' && (
        <>
          <p>{t('load.failedText')}</p>
          <Button onClick={state.retry}>{t('load.retry')}</Button>
        </>
      )}
    </div>
  );
}
