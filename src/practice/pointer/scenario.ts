/**
 * A drill of the practice mouse and touchpad: `lessons/practice/pointer/<id>.yaml`,
 * one skill per file (`drill:`), Swedish and English side by side (see
 * "Practice" in docs/lesson-format.md). Build time only: the browser gets
 * `PointerScenario` in one language and imports this file for its types alone.
 */
import { z } from 'zod';
import { gap } from './gap.ts';
import { definePracticeKind, duplicateIds, type PerLanguage, perLanguage, plainText, scenarioId, type ScenarioProblem, textList } from '../../lesson-pipeline/practice-kind.ts';

const shape = z.enum(['circle', 'square', 'triangle', 'star'], 'Write circle, square, triangle or star.');

const click = z.strictObject({
  id: scenarioId,
  drill: z.literal('click'),
  task: perLanguage,
  /** Shown one at a time, biggest first: the list's order is the order of sizes. */
  targets: z
    .array(z.strictObject({ id: scenarioId, shape, sv: plainText, en: plainText }), 'Write a list: each shape starts with "- id: …", with shape:, sv: and en: under it.')
    .min(1, 'Write at least one shape.')
    .max(6, 'Write at most six shapes: the sixth is already as small as a target may be.'),
});

const doubleClick = z.strictObject({
  id: scenarioId,
  drill: z.literal('double-click'),
  task: perLanguage,
  /** The folders to open, one after another. */
  folders: textList.max(5, 'Write at most five folders.'),
  /** What an opened folder holds. */
  inside: perLanguage,
});

/** The drawings a picture to drag can have: the drill draws only these, so a scenario names one and never gets another. */
const dragPicture = z.enum(['apple'], 'Write apple: the drag drill can draw an apple, and no other picture yet.');

const dragThing = z.discriminatedUnion(
  'look',
  [
    z.strictObject({ id: scenarioId, look: z.literal('picture'), picture: dragPicture, thing: perLanguage, place: perLanguage }),
    z.strictObject({ id: scenarioId, look: z.literal('word'), thing: perLanguage, place: perLanguage }),
  ],
  'Write look: picture (with picture: under it) or look: word.',
);

const drag = z.strictObject({
  id: scenarioId,
  drill: z.literal('drag'),
  task: perLanguage,
  /** The things to move, one after another: a picture into its box, a word to its gap (`___` in the sentence). */
  things: z.array(dragThing, 'Write a list: each thing starts with "- id: …", with look:, thing: and place: under it.').min(1, 'Write at least one thing to move.'),
});

const scroll = z.strictObject({
  id: scenarioId,
  drill: z.literal('scroll'),
  task: perLanguage,
  /** The page's text, above what the learner is to find. */
  paragraphs: z.array(perLanguage, 'Write a list of paragraphs, each with sv: and en:.').min(4, 'Write at least four paragraphs, so the page is longer than its box.'),
  /** What is further down: the button the learner finds and clicks. */
  find: perLanguage,
});

const rightClick = z.strictObject({
  id: scenarioId,
  drill: z.literal('right-click'),
  task: perLanguage,
  /** What to right-click. */
  thing: perLanguage,
  menu: textList,
  /** The menu item to choose: one of the menu's ids. */
  choose: scenarioId,
});

const schema = z.discriminatedUnion('drill', [click, doubleClick, drag, scroll, rightClick], 'Write drill: click, double-click, drag, scroll or right-click.');

type Source = z.infer<typeof schema>;
type Language = 'sv' | 'en';

export type Shape = z.infer<typeof shape>;
export type DragPicture = z.infer<typeof dragPicture>;

/** A thing to drag in one language: a picture (drawn as its scenario names) into a box, or a word into its sentence's gap. */
export type DragThing = { id: string; look: 'picture'; picture: DragPicture; thing: string; place: string } | { id: string; look: 'word'; thing: string; place: string };

/** A drill of the practice mouse and touchpad in one language, as the browser gets it. */
export type PointerScenario =
  | { id: string; drill: 'click'; task: string; targets: { id: string; shape: Shape; name: string }[] }
  | { id: string; drill: 'double-click'; task: string; folders: { id: string; name: string }[]; inside: string }
  | { id: string; drill: 'drag'; task: string; things: DragThing[] }
  | { id: string; drill: 'scroll'; task: string; paragraphs: string[]; find: string }
  | { id: string; drill: 'right-click'; task: string; thing: string; menu: { id: string; text: string }[]; choose: string };


function inLanguage(scenario: Source, language: Language): PointerScenario {
  const common = { id: scenario.id, task: scenario.task[language] };
  switch (scenario.drill) {
    case 'click':
      return { ...common, drill: 'click', targets: scenario.targets.map((target) => ({ id: target.id, shape: target.shape, name: target[language] })) };
    case 'double-click':
      return { ...common, drill: 'double-click', folders: scenario.folders.map((folder) => ({ id: folder.id, name: folder[language] })), inside: scenario.inside[language] };
    case 'drag':
      return {
        ...common,
        drill: 'drag',
        things: scenario.things.map((thing): DragThing => {
          const words = { id: thing.id, thing: thing.thing[language], place: thing.place[language] };
          return thing.look === 'picture' ? { ...words, look: 'picture', picture: thing.picture } : { ...words, look: 'word' };
        }),
      };
    case 'scroll':
      return { ...common, drill: 'scroll', paragraphs: scenario.paragraphs.map((paragraph: PerLanguage) => paragraph[language]), find: scenario.find[language] };
    case 'right-click':
      return { ...common, drill: 'right-click', thing: scenario.thing[language], menu: scenario.menu.map((item) => ({ id: item.id, text: item[language] })), choose: scenario.choose };
  }
}

function check(scenario: Source): ScenarioProblem[] {
  switch (scenario.drill) {
    case 'click':
      return duplicateIds(scenario.targets, ['targets']);
    case 'double-click':
      return duplicateIds(scenario.folders, ['folders']);
    case 'drag':
      return [
        ...duplicateIds(scenario.things, ['things']),
        ...scenario.things.flatMap((thing, index) =>
          thing.look === 'word'
            ? (['sv', 'en'] as const)
                .filter((language) => thing.place[language].split(gap).length !== 2)
                .map((language) => ({ at: ['things', index, 'place', language], message: `A word's place is a sentence with one gap, ${gap}.`, fix: `Write the sentence with ${gap} where the word goes, like "Jag dricker ${gap} varje morgon."` }))
            : [],
        ),
      ];
    case 'scroll':
      return [];
    case 'right-click':
      return [
        ...duplicateIds(scenario.menu, ['menu']),
        ...(scenario.menu.some((item) => item.id === scenario.choose) ? [] : [{ at: ['choose'], message: `The menu has no item "${scenario.choose}".`, fix: `Write the id of one of the menu's items: ${scenario.menu.map((item) => item.id).join(', ')}.` }]),
      ];
  }
}

export const pointerKind = definePracticeKind({
  schema,
  examples: {
    drill: 'drill: click',
    task: 'task:\n  sv: Klicka på formerna.\n  en: Click the shapes.',
    targets: 'targets:\n  - id: circle\n    shape: circle\n    sv: cirkeln\n    en: the circle',
    folders: 'folders:\n  - id: photos\n    sv: Foton\n    en: Photos',
    inside: 'inside:\n  sv: Här ligger dina foton.\n  en: Your photos are here.',
    things: 'things:\n  - id: apple\n    look: picture\n    picture: apple\n    thing:\n      sv: ett äpple\n      en: an apple\n    place:\n      sv: Korgen\n      en: The basket',
    picture: 'picture: apple',
    look: 'look: picture',
    paragraphs: 'paragraphs:\n  - sv: En mening.\n    en: A sentence.',
    find: 'find:\n  sv: Ballongen\n  en: The balloon',
    thing: 'thing:\n  sv: Bilden\n  en: The picture',
    menu: 'menu:\n  - id: copy\n    sv: Kopiera\n    en: Copy',
    choose: 'choose: copy',
  },
  inLanguage,
  check,
});
