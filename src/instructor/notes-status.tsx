import { useTranslation } from '../i18n/index.ts';
import { Button } from '../ui/index.ts';
import type { NotesState } from './use-instructor-notes.ts';

/** What stands in place of the notes while they download, or when they could not be. */
export function NotesStatus({ state }: { state: Exclude<NotesState, { status: 'ready' }> }) {
  const { t } = useTranslation('instructor');
  if (state.status === 'loading') return <p aria-busy="true">{t('notes.loading')}</p>;
  return (
    <div role="alert">
      <p>{t('notes.failed')}</p>
      <Button variant="secondary" onClick={state.retry}>
        {t('notes.tryAgain')}
      </Button>
    </div>
  );
}
