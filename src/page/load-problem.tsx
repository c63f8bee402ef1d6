import { PageHeading } from '../a11y/index.ts';
import type { LessonState } from '../content/index.ts';
import { useTranslation } from '../i18n/index.ts';
import { Button } from '../ui/button.tsx';
import { usePageTitle } from './page-head.tsx';

export type LoadState = Exclude<LessonState, { status: 'ready' } | { status: 'missing' }>;

/**
 * While a page's code or a lesson downloads, and if it cannot be downloaded
 * (for example when the connection drops). Its words are in the first
 * strings, so it can say so even when nothing more could be downloaded.
 */
export function LoadProblem({ state, what }: { state: LoadState; what: 'page' | 'lesson' }) {
  const { t } = useTranslation();
  const heading = state.status === 'loading' ? t(`load.${what}Loading`) : t(`load.${what}FailedHeading`);
  usePageTitle(heading, t('siteName'));
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
