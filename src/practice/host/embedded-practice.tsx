import { useEffect, useState } from 'react';
import type { PracticeOutcome } from '../../content/index.ts';
import { useTranslation } from '../../i18n/index.ts';
import { usePracticeContext } from './practice-context.ts';
import { PracticeHost } from './practice-host.tsx';
import type { AnyPracticeView } from './view-contract.ts';

/**
 * Another kind's practice inside this one's screens, such as the practice
 * e-ID's login inside the practice e-service: the same screens and rules as
 * in the e-ID lessons, on the same host, with no banner of its own. Its
 * place is kept under the outer practice's. `onEnd` hears how it ended.
 * Its code downloads when it is drawn, not with the outer practice.
 */
export function EmbeddedPractice({ kind, scenarioId, onEnd }: { kind: string; scenarioId: string; onEnd(outcome: PracticeOutcome): void }) {
  const { views, language, placeKey } = usePracticeContext();
  const { i18n } = useTranslation('player');
  const [view, setView] = useState<AnyPracticeView | 'failed' | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const load = views[kind];
    (load ? load() : Promise.reject(new Error(`There is no practice kind ${kind}.`))).then(
      (loaded) => current && setView(() => loaded),
      () => current && setView('failed'),
    );
    return () => {
      current = false;
    };
  }, [views, kind]);

  if (view === 'failed') throw new Error(`The practice ${kind} could not be loaded inside another.`);
  // The other kind's code downloads only now, when its screens are reached; until it is there, the same words as
  // the host's own while it downloads, and focus stays on the page's heading, where it was.
  if (!view) return <p aria-busy="true">{i18n.getFixedT(language, 'player')('practice.loading')}</p>;
  return <PracticeHost kind={kind} view={view} views={views} scenarioId={scenarioId} language={language} placeKey={`${placeKey}/${kind}/${scenarioId}`} onOutcome={onEnd} embedded />;
}
