/**
 * A scenario of the practice e-ID: `lessons/practice/e-id/<id>.yaml`, with
 * Swedish and English side by side (see "Practice" in docs/lesson-format.md).
 * Build time only: the lesson pipeline checks and compiles it; the browser
 * gets `EIdScenario` in one language and imports this file for its types alone.
 */
import { z } from 'zod';
import { definePracticeKind, duplicateIds, perLanguage, scenarioId, textList, wholeNumber } from '../../lesson-pipeline/practice-kind.ts';

const schema = z.strictObject({
  id: scenarioId,
  action: z.enum(['login', 'sign'], 'Write login (to log in) or sign (to sign something).'),
  way: z.enum(['this-device', 'other-device'], 'Write this-device or other-device.'),
  service: perLanguage,
  page: perLanguage,
  task: perLanguage,
  intent: perLanguage,
  done: perLanguage,
  code: z.string('Write the code in quotes, like "135246".').regex(/^\d{6}$/, 'Write six digits in quotes, like "135246".'),
  seconds: wholeNumber.min(10, 'Give the learner at least 10 seconds.').max(600, 'Write at most 600 seconds (ten minutes).'),
  expired: z.boolean('Write true or false.').optional(),
  call: z.strictObject({ from: perLanguage, says: textList, signs: textList }).optional(),
});

/** A scenario of the practice e-ID in one language, as the browser gets it. */
export interface EIdScenario {
  id: string;
  /** A login ("Legitimera") or a signing ("Skriv under"). */
  action: 'login' | 'sign';
  /** The way the lesson asks for; the service page offers both, as real ones do. */
  way: 'this-device' | 'other-device';
  /** Who is asking, as the app names it: the pretend service's owner. */
  service: string;
  /** The heading of the pretend service's page. */
  page: string;
  /** What the learner is asked to do, shown above the practice. */
  task: string;
  /** The service's text under the app's fixed heading "Min avsikt:". */
  intent: string;
  /** What the service page says once it has worked. */
  done: string;
  /** The practice security code, as digits. */
  code: string;
  /** How many seconds the order lasts before it runs out (while it is not paused). */
  seconds: number;
  /** The learner's practice e-ID has expired: the app says what to do. */
  expired: boolean;
  /** The fraud-call drill: the phone rings before anything else. */
  call?: EIdCall;
}

export interface EIdCall {
  /** What the phone shows as the caller. */
  from: string;
  /** What the caller says, in order, each with a stable id. */
  says: { id: string; text: string }[];
  /** The signs of fraud the feedback explains, each with a stable id. */
  signs: { id: string; text: string }[];
}

export const eIdKind = definePracticeKind({
  schema,
  examples: {
    action: 'action: login',
    way: 'way: other-device',
    service: 'service:\n  sv: Övningsby kommun\n  en: Övningsby municipality',
    page: 'page:\n  sv: Mina sidor\n  en: My pages',
    task: 'task:\n  sv: Logga in på Mina sidor.\n  en: Log in to My pages.',
    intent: 'intent:\n  sv: Logga in på Mina sidor.\n  en: Log in to My pages.',
    done: 'done:\n  sv: Du är inloggad.\n  en: You are logged in.',
    code: 'code: "135246"',
    seconds: 'seconds: 90',
  },
  inLanguage(scenario, language): EIdScenario {
    return {
      id: scenario.id,
      action: scenario.action,
      way: scenario.way,
      service: scenario.service[language],
      page: scenario.page[language],
      task: scenario.task[language],
      intent: scenario.intent[language],
      done: scenario.done[language],
      code: scenario.code,
      seconds: scenario.seconds,
      expired: scenario.expired ?? false,
      ...(scenario.call
        ? {
            call: {
              from: scenario.call.from[language],
              says: scenario.call.says.map((line) => ({ id: line.id, text: line[language] })),
              signs: scenario.call.signs.map((sign) => ({ id: sign.id, text: sign[language] })),
            },
          }
        : {}),
    };
  },
  check(scenario) {
    return scenario.call ? [...duplicateIds(scenario.call.says, ['call', 'says']), ...duplicateIds(scenario.call.signs, ['call', 'signs'])] : [];
  },
});
