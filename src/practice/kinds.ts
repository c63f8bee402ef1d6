/**
 * The practice kinds that lessons may name with `::practice{kind=… scenario=…}`.
 * Data only, with no React and no components, so build-time code reads it
 * without pulling in the browser's side. The components live in registry.ts.
 *
 * A kind's scenarios are data files, `lessons/practice/<kind>/<scenario id>.yaml`,
 * which the lesson pipeline reads and checks; a lesson may use only a scenario
 * that has a file. A kind that is planned but has no component yet is refused
 * in a lesson with a plain reason, so no learner meets an empty box.
 */
export const practiceKinds = ['inbox', 'e-service', 'e-id', 'safe-browsing'] as const;

export type PracticeKind = (typeof practiceKinds)[number];

/** The kinds with a working component in registry.ts (test/practice/kinds.test.ts checks the two agree). */
export const workingPracticeKinds = ['e-id'] as const satisfies readonly PracticeKind[];

export type WorkingPracticeKind = (typeof workingPracticeKinds)[number];

export function isPracticeKind(value: string): value is PracticeKind {
  return (practiceKinds as readonly string[]).includes(value);
}

export function isWorkingPracticeKind(value: string): value is WorkingPracticeKind {
  return (workingPracticeKinds as readonly string[]).includes(value);
}
