import { useMemo } from 'react';
import { useTranslation } from '../i18n/index.ts';
import { type Progress, useProgress, useProgressStore } from './index.ts';
import { takeHomeCode } from './transfer/index.ts';

/** The code in large, spaced groups, to copy by hand; a screen reader reads it group by group. */
export function CodeGroups({ groups }: { groups: readonly string[] }) {
  const { t } = useTranslation('transfer');
  return (
    <p className="take-home-code">
      <span className="visually-hidden">{t('code.label')}: </span>
      {groups.map((group, index) => (
        // The same group can come twice: its place is part of its key.
        <span key={`${index}-${group}`} className="take-home-code-group">
          {group}
          {index < groups.length - 1 ? ' ' : ''}
        </span>
      ))}
    </p>
  );
}

/** The take-home code for some progress, once the stored progress is read (never while prerendering). */
export function useTakeHomeCode(progress: Progress, ready: boolean): string[] | undefined {
  return useMemo(() => (ready ? takeHomeCode(progress) : undefined), [progress, ready]);
}

/**
 * "Write down your code": shown before this computer is handed over (the
 * erase confirmation, the kiosk warning), so the learner can go on at home.
 */
export function WriteDownCode({ intro }: { intro: string }) {
  const { t } = useTranslation('transfer');
  const store = useProgressStore();
  const { progress, ready } = useProgress(store);
  const groups = useTakeHomeCode(progress, ready);
  const anything = Object.keys(progress.lessons).length > 0;
  if (ready && !anything) return <p>{t('code.none')}</p>;
  return (
    <div className="write-down-code">
      <p>{intro}</p>
      {groups ? <CodeGroups groups={groups} /> : <p>{t('code.loading')}</p>}
      <p>{t('code.whereToUse')}</p>
    </div>
  );
}
