import type { PracticeComponent, PracticeProps } from '../../content/index.ts';
import type { ViewLoaders } from './practice-context.ts';
import { PracticeHost } from './practice-host.tsx';
import type { AnyPracticeView } from './view-contract.ts';

/** The key under which a practice's place is kept: the lesson's language, lesson, step, kind and scenario. */
export function placeKeyOf({ language, place, scenario }: Pick<PracticeProps, 'language' | 'place' | 'scenario'>): string {
  return `${language}/${place.lessonId}/${place.stepId}/${scenario.kind}/${scenario.id}`;
}

/** A kind's view on the practice host, as the component the player draws for a `::practice`. */
export function hostedPractice(kind: string, view: AnyPracticeView, views: ViewLoaders): PracticeComponent {
  function HostedPractice(props: PracticeProps) {
    return <PracticeHost kind={kind} view={view} views={views} scenarioId={props.scenario.id} language={props.language} placeKey={placeKeyOf(props)} onOutcome={props.onOutcome} />;
  }
  HostedPractice.displayName = `Practice(${kind})`;
  return HostedPractice;
}
