/**
 * The practice kinds, one line each: the kind's name as lessons write it
 * (`::practice{kind=… scenario=…}`, `lessons/practice/<kind>/`) and its
 * scenario definition. Build time only: the lesson pipeline checks each
 * kind's scenario files with that kind's schema. The browser finds each
 * kind's view by the same folder name (`<kind>/view.tsx`, see index.ts) and
 * takes its scenario type from `ScenarioOf`, so nothing else lists the kinds.
 */
import type { CompiledScenario, PracticeKindDefinition } from '../lesson-pipeline/practice-kind.ts';
import { eIdKind } from './e-id/scenario.ts';
import { eServiceKind } from './e-service/scenario.ts';
import { inboxKind } from './inbox/scenario.ts';
import { keyboardKind } from './keyboard/scenario.ts';
import { pointerKind } from './pointer/scenario.ts';
import { safeBrowsingKind } from './safe-browsing/scenario.ts';

export const practiceKinds = {
  'e-id': eIdKind,
  'e-service': eServiceKind,
  inbox: inboxKind,
  'safe-browsing': safeBrowsingKind,
  pointer: pointerKind,
  keyboard: keyboardKind,
} as const satisfies Readonly<Record<string, PracticeKindDefinition>>;

export type PracticeKindName = keyof typeof practiceKinds;

/** A kind's scenario as the browser gets it, in one language. */
export type ScenarioOf<Kind extends PracticeKindName> = CompiledScenario<(typeof practiceKinds)[Kind]>;

/** The kinds, as the pipeline takes them (a test may add a kind of its own). */
export type PracticeKindRegistry = Readonly<Record<string, PracticeKindDefinition>>;
