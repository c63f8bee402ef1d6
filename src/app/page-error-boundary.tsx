import { Component, type ReactNode } from 'react';
import { PageHeading } from '../a11y/index.ts';
import { useTranslation, useUiLanguage } from '../i18n/index.ts';
import { usePageTitle } from '../page/page-head.tsx';
import { paths } from '../paths/index.ts';
import { Button, ButtonLink } from '../ui/button.tsx';

interface PageErrorBoundaryProps {
  children: ReactNode;
  /** The page's address: going to another page shows that page afresh. */
  address: string;
}

interface PageErrorBoundaryState {
  failed: boolean;
  address: string;
}

/**
 * A page that throws (while it renders or in an effect) no longer blanks the
 * app: the frame stays (skip link, header, footer), and the page's place says
 * plainly that something went wrong, with a way to try again and a way home.
 * Its words are in the first strings, so it can say so with nothing more downloaded.
 */
export class PageErrorBoundary extends Component<PageErrorBoundaryProps, PageErrorBoundaryState> {
  override state: PageErrorBoundaryState = { failed: false, address: this.props.address };

  static getDerivedStateFromError(): Partial<PageErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: PageErrorBoundaryProps, state: PageErrorBoundaryState): Partial<PageErrorBoundaryState> | null {
    return props.address === state.address ? null : { failed: false, address: props.address };
  }

  override render() {
    return this.state.failed ? <PageProblem retry={() => this.setState({ failed: false })} /> : this.props.children;
  }
}

function PageProblem({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  usePageTitle(t('pageError.heading'), t('siteName'));
  return (
    <div className="lesson-load">
      <PageHeading>{t('pageError.heading')}</PageHeading>
      <p>{t('pageError.text')}</p>
      <p>
        <Button onClick={retry}>{t('load.retry')}</Button> <ButtonLink to={paths.start(language)}>{t('notFound.home')}</ButtonLink>
      </p>
    </div>
  );
}
