/**
 * A drill of the practice keyboard: `lessons/practice/keyboard/<id>.yaml`, one
 * skill per file (`drill:`), Swedish and English side by side (see
 * "Practice" in docs/lesson-format.md). Build time only: the browser gets
 * `KeyboardScenario` in one language and imports this file for its types alone.
 */
import { z } from 'zod';
import { definePracticeKind, duplicateIds, perLanguage, plainText, scenarioId, type ScenarioProblem, textList, wholeNumber } from '../../lesson-pipeline/practice-kind.ts';

const typeDrill = z.strictObject({
  id: scenarioId,
  drill: z.literal('type'),
  task: perLanguage,
  /** Words to type, one after another; `start` is what the box holds first (a mistake to fix with Backspace). */
  words: z
    .array(z.strictObject({ id: scenarioId, word: perLanguage, start: perLanguage.optional() }), 'Write a list: each word starts with "- id: …", with word: (and start: for a mistake to fix) under it.')
    .min(1, 'Write at least one word.'),
});

const atDrill = z.strictObject({
  id: scenarioId,
  drill: z.literal('at'),
  task: perLanguage,
  /** How many @ signs to type. */
  times: wholeNumber.max(5, 'Write at most 5.'),
});

const enterDrill = z.strictObject({
  id: scenarioId,
  drill: z.literal('enter'),
  task: perLanguage,
  /** Messages to type and send with Enter, one after another: what the drill suggests. */
  messages: textList,
});

const tabDrill = z.strictObject({
  id: scenarioId,
  drill: z.literal('tab'),
  task: perLanguage,
  /** The form's boxes, in order: each with its label and what to write in it. */
  fields: z
    .array(z.strictObject({ id: scenarioId, label: perLanguage, value: perLanguage }), 'Write a list: each box starts with "- id: …", with label: and value: under it.')
    .min(2, 'Write at least two boxes: Tab moves from one to the next.'),
});

const cell = z.strictObject({ row: wholeNumber, column: wholeNumber }, 'Write row: and column:, each a whole number.');

const arrowsDrill = z.strictObject({
  id: scenarioId,
  drill: z.literal('arrows'),
  task: perLanguage,
  rows: wholeNumber.max(6, 'Write at most 6 rows.'),
  columns: wholeNumber.max(6, 'Write at most 6 columns.'),
  /** Where the marker starts. */
  start: cell,
  /** Where to move it, one after another: each place with what stands there. */
  goals: z.array(z.strictObject({ id: scenarioId, row: wholeNumber, column: wholeNumber, sv: plainText, en: plainText }), 'Write a list: each place starts with "- id: …", with row:, column:, sv: and en:.').min(1, 'Write at least one place.'),
});

const schema = z.discriminatedUnion('drill', [typeDrill, atDrill, enterDrill, tabDrill, arrowsDrill], 'Write drill: type, at, enter, tab or arrows.');

type Source = z.infer<typeof schema>;
type Language = 'sv' | 'en';

export interface Cell {
  row: number;
  column: number;
}

/** A drill of the practice keyboard in one language, as the browser gets it. */
export type KeyboardScenario =
  | { id: string; drill: 'type'; task: string; words: { id: string; word: string; start: string }[] }
  | { id: string; drill: 'at'; task: string; times: number }
  | { id: string; drill: 'enter'; task: string; messages: { id: string; text: string }[] }
  | { id: string; drill: 'tab'; task: string; fields: { id: string; label: string; value: string }[] }
  | { id: string; drill: 'arrows'; task: string; rows: number; columns: number; start: Cell; goals: (Cell & { id: string; name: string })[] };

function inLanguage(scenario: Source, language: Language): KeyboardScenario {
  const common = { id: scenario.id, task: scenario.task[language] };
  switch (scenario.drill) {
    case 'type':
      return { ...common, drill: 'type', words: scenario.words.map((word) => ({ id: word.id, word: word.word[language], start: word.start?.[language] ?? '' })) };
    case 'at':
      return { ...common, drill: 'at', times: scenario.times };
    case 'enter':
      return { ...common, drill: 'enter', messages: scenario.messages.map((message) => ({ id: message.id, text: message[language] })) };
    case 'tab':
      return { ...common, drill: 'tab', fields: scenario.fields.map((field) => ({ id: field.id, label: field.label[language], value: field.value[language] })) };
    case 'arrows':
      return {
        ...common,
        drill: 'arrows',
        rows: scenario.rows,
        columns: scenario.columns,
        start: scenario.start,
        goals: scenario.goals.map((goal) => ({ id: goal.id, row: goal.row, column: goal.column, name: goal[language] })),
      };
  }
}

function check(scenario: Source): ScenarioProblem[] {
  switch (scenario.drill) {
    case 'type':
      return [
        ...duplicateIds(scenario.words, ['words']),
        ...scenario.words.flatMap((word, index) =>
          (['sv', 'en'] as const)
            .filter((language) => word.start?.[language] === word.word[language])
            .map((language) => ({ at: ['words', index, 'start', language], message: 'The box starts with the word already written: there is nothing to fix.', fix: 'Write a mistake to fix here, like "hek" for "hej", or leave start: out.' })),
        ),
      ];
    case 'enter':
      return duplicateIds(scenario.messages, ['messages']);
    case 'tab':
      return duplicateIds(scenario.fields, ['fields']);
    case 'arrows': {
      const outside = (cellAt: { row: number; column: number }) => cellAt.row > scenario.rows || cellAt.column > scenario.columns;
      const fix = `Write a row from 1 to ${scenario.rows} and a column from 1 to ${scenario.columns}.`;
      return [
        ...duplicateIds(scenario.goals, ['goals']),
        ...(outside(scenario.start) ? [{ at: ['start'], message: 'The start is outside the board.', fix }] : []),
        ...scenario.goals.flatMap((goal, index) => {
          const before = index === 0 ? scenario.start : scenario.goals[index - 1];
          if (outside(goal)) return [{ at: ['goals', index], message: 'This place is outside the board.', fix }];
          if (before && before.row === goal.row && before.column === goal.column) return [{ at: ['goals', index], message: 'The marker is already on this place: there is nowhere to move.', fix: 'Choose another row or column.' }];
          return [];
        }),
      ];
    }
    case 'at':
      return [];
  }
}

export const keyboardKind = definePracticeKind({
  schema,
  examples: {
    drill: 'drill: type',
    task: 'task:\n  sv: Skriv ordet.\n  en: Type the word.',
    words: 'words:\n  - id: hello\n    word:\n      sv: hej\n      en: hello',
    times: 'times: 3',
    messages: 'messages:\n  - id: hello\n    sv: Hej!\n    en: Hello!',
    fields: 'fields:\n  - id: name\n    label:\n      sv: Namn\n      en: Name\n    value:\n      sv: Eva\n      en: Eva',
    rows: 'rows: 4',
    columns: 'columns: 4',
    start: 'start:\n  row: 1\n  column: 1',
    goals: 'goals:\n  - id: house\n    row: 3\n    column: 4\n    sv: huset\n    en: the house',
  },
  inLanguage,
  check,
});
