/**
 * The practice kinds and their scenarios that lessons may embed with
 * `::practice{kind=… scenario=…}`; the lesson pipeline refuses any other.
 * Data only, with no React and no components, so build-time code reads it
 * without pulling in the browser's side. The components live in registry.ts.
 */
export const practiceKinds = {
  inbox: ['first-email', 'reply', 'attachment', 'suspicious-message'],
  'e-service': ['apply-library-card', 'book-appointment'],
  'e-id': ['login-this-device', 'login-other-device', 'sign', 'fraud-call', 'expired'],
  'safe-browsing': ['read-address', 'padlock', 'fake-shop', 'virus-popup', 'passphrase'],
} as const satisfies Record<string, readonly string[]>;

export type PracticeKind = keyof typeof practiceKinds;

export function isPracticeKind(value: string): value is PracticeKind {
  return Object.hasOwn(practiceKinds, value);
}

export function isPracticeScenario(kind: PracticeKind, scenario: string): boolean {
  return (practiceKinds[kind] as readonly string[]).includes(scenario);
}
