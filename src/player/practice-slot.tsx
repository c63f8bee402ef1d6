import { Component, type ReactNode, useEffect, useState } from 'react';
import { useTranslation, useUiTextAttributes } from '../i18n/index.ts';
import type { PracticeComponent, PracticeEntry, PracticeOutcome } from '../content/index.ts';
import { Button } from '../ui/index.ts';
import { useStepSeams } from './lesson-seams.tsx';

type SlotState = { status: 'loading' } | { status: 'ready'; Practice: PracticeComponent } | { status: 'failed' };

/**
 * Where a practice simulation sits in a lesson. Its component comes from the
 * registry the app hands the player, and is downloaded only when a step with
 * it is shown (after the page has rendered, so the prerendered HTML and the
 * first render agree). A kind with no component is named honestly instead
 * of showing an empty box; one that fails to download or breaks says so and
 * leaves the rest of the step working.
 */
export function PracticeSlot({ kind, scenario }: { kind: string; scenario: string }) {
  const { t } = useTranslation('player');
  const ui = useUiTextAttributes();
  const { place, events, practices } = useStepSeams();
  const entry = practices[kind];
  const [attempt, setAttempt] = useState(0);
  // Kept with the entry and attempt it belongs to, so a new kind or a new try starts from "loading".
  const [settled, setSettled] = useState<{ entry: PracticeEntry; attempt: number; state: SlotState } | undefined>(undefined);
  const state: SlotState = settled && settled.entry === entry && settled.attempt === attempt ? settled.state : { status: 'loading' };

  useEffect(() => {
    if (!entry) return;
    let current = true;
    entry.load().then(
      (Practice) => current && setSettled({ entry, attempt, state: { status: 'ready', Practice } }),
      () => current && setSettled({ entry, attempt, state: { status: 'failed' } }),
    );
    return () => {
      current = false;
    };
  }, [entry, attempt]);

  const report = (outcome: PracticeOutcome) => events.practiceOutcome({ ...place, outcome });
  const problem = (message: string) => (
    <div className="practice-problem">
      <p>{message}</p>
      <Button variant="secondary" onClick={() => setAttempt((count) => count + 1)}>
        {t('practice.retry')}
      </Button>
    </div>
  );

  return (
    <section className="practice-slot" aria-label={t('practice.label')} data-kind={kind} data-scenario={scenario} {...ui}>
      {!entry ? (
        <p>{t('practice.unavailable')}</p>
      ) : state.status === 'ready' ? (
        <PracticeBoundary key={attempt} fallback={problem(t('practice.broken'))}>
          <div lang={place.lang} dir="ltr">
            <state.Practice scenario={{ kind, id: scenario }} language={place.lang} place={{ lessonId: place.lessonId, stepId: place.stepId }} onOutcome={report} />
          </div>
        </PracticeBoundary>
      ) : state.status === 'failed' ? (
        problem(t('practice.failed'))
      ) : (
        <p aria-busy="true">{t('practice.loading')}</p>
      )}
    </section>
  );
}

/** One broken practice must not take the lesson down with it. */
class PracticeBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { broken: boolean }> {
  override state = { broken: false };

  static getDerivedStateFromError(): { broken: boolean } {
    return { broken: true };
  }

  override render() {
    return this.state.broken ? this.props.fallback : this.props.children;
  }
}
