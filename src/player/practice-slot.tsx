import { useTranslation } from 'react-i18next';

/**
 * Where a practice simulation sits in a lesson. The simulations are loaded
 * on demand by kind; a kind this version of Nätvana does not have yet is
 * named honestly instead of showing an empty box.
 */
export function PracticeSlot({ kind, scenario }: { kind: string; scenario: string }) {
  const { t } = useTranslation('player');
  return (
    <section className="practice-slot" aria-label={t('practice.label')} data-kind={kind} data-scenario={scenario}>
      <p>{t('practice.unavailable')}</p>
    </section>
  );
}
