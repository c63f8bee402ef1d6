import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import type { KeyboardScenario } from '../../src/practice/keyboard/scenario.ts';
import type { PointerScenario } from '../../src/practice/pointer/scenario.ts';
import { check, goodCurriculum, writeLessons } from './lesson-folder.ts';

const rightClick = [
  'id: menu',
  'drill: right-click',
  'task:',
  '  sv: Öppna menyn.',
  '  en: Open the menu.',
  'thing:',
  '  sv: Bilden',
  '  en: The picture',
  'menu:',
  '  - id: copy',
  '    sv: Kopiera',
  '    en: Copy',
  '  - id: save',
  '    sv: Spara',
  '    en: Save',
  'choose: save',
  '',
].join('\n');

const dragWord = (place: string) =>
  ['id: word', 'drill: drag', 'task:', '  sv: Dra.', '  en: Drag.', 'things:', '  - id: tea', '    look: word', '    thing:', '      sv: te', '      en: tea', '    place:', `      sv: ${place}`, '      en: I drink ___.', ''].join('\n');

const dragPicture = (picture: string) =>
  [
    'id: picture',
    'drill: drag',
    'task:',
    '  sv: Dra.',
    '  en: Drag.',
    'things:',
    '  - id: apple',
    '    look: picture',
    `    picture: ${picture}`,
    '    thing:',
    '      sv: Ett äpple',
    '      en: An apple',
    '    place:',
    '      sv: Korgen',
    '      en: The basket',
    '',
  ].join('\n');

const arrows = (goalRow: number) =>
  ['id: board', 'drill: arrows', 'task:', '  sv: Flytta.', '  en: Move.', 'rows: 3', 'columns: 3', 'start:', '  row: 1', '  column: 1', 'goals:', '  - id: house', `    row: ${goalRow}`, '    column: 2', '    sv: Huset', '    en: The house', ''].join(
    '\n',
  );

describe('the mouse and keyboard drills’ scenario files', () => {
  it('compile a right-click drill once per language', () => {
    const dir = writeLessons({ ...goodCurriculum(), 'practice/pointer/menu.yaml': rightClick });
    const curriculum = loadCurriculum(dir, dir);
    expect(curriculum.problems).toEqual([]);
    expect(curriculum.practiceScenarios.get('en/pointer/menu') as PointerScenario | undefined).toEqual({
      id: 'menu',
      drill: 'right-click',
      task: 'Open the menu.',
      thing: 'The picture',
      menu: [
        { id: 'copy', text: 'Copy' },
        { id: 'save', text: 'Save' },
      ],
      choose: 'save',
    });
  });

  it('refuse a right-click drill whose choice is not in its menu, at the line of the choice', () => {
    expect(check({ 'practice/pointer/menu.yaml': rightClick.replace('choose: save', 'choose: print') })).toEqual([
      expect.objectContaining({ file: 'practice/pointer/menu.yaml', line: 16, message: 'The menu has no item "print".', fix: expect.stringContaining('copy, save') }),
    ]);
  });

  it('refuse an unknown drill and name the drills there are', () => {
    expect(check({ 'practice/pointer/menu.yaml': rightClick.replace('drill: right-click', 'drill: wiggle') })).toEqual([
      expect.objectContaining({ file: 'practice/pointer/menu.yaml', line: 2, message: expect.stringContaining('click, double-click, drag, scroll or right-click') }),
    ]);
  });

  it('refuse a word’s place without exactly one gap, at that language’s line', () => {
    expect(check({ 'practice/pointer/word.yaml': dragWord('Jag dricker.') })).toEqual([
      expect.objectContaining({ file: 'practice/pointer/word.yaml', line: 13, message: "A word's place is a sentence with one gap, ___." }),
    ]);
    expect(check({ 'practice/pointer/word.yaml': dragWord('Jag dricker ___.') })).toEqual([]);
  });

  it('compile a picture to drag with the drawing its scenario names', () => {
    const dir = writeLessons({ ...goodCurriculum(), 'practice/pointer/picture.yaml': dragPicture('apple') });
    const curriculum = loadCurriculum(dir, dir);
    expect(curriculum.problems).toEqual([]);
    expect(curriculum.practiceScenarios.get('sv/pointer/picture') as PointerScenario | undefined).toEqual({
      id: 'picture',
      drill: 'drag',
      task: 'Dra.',
      things: [{ id: 'apple', look: 'picture', picture: 'apple', thing: 'Ett äpple', place: 'Korgen' }],
    });
  });

  it('refuse a picture to drag that the drill cannot draw, at its line, naming the one it can', () => {
    expect(check({ 'practice/pointer/picture.yaml': dragPicture('pear') })).toEqual([
      expect.objectContaining({ file: 'practice/pointer/picture.yaml', line: 9, message: expect.stringContaining('Write apple'), fix: expect.stringContaining('picture: apple') }),
    ]);
  });

  it('refuse a picture to drag that names no drawing, and a word that names one', () => {
    expect(check({ 'practice/pointer/picture.yaml': dragPicture('apple').replace('    picture: apple\n', '') })).toEqual([
      expect.objectContaining({ file: 'practice/pointer/picture.yaml', line: 7, message: expect.stringMatching(/"things\.0\.picture".*Write apple/), fix: expect.stringContaining('picture: apple') }),
    ]);
    expect(check({ 'practice/pointer/word.yaml': dragWord('Jag dricker ___.').replace('    look: word\n', '    look: word\n    picture: apple\n') })).toEqual([
      expect.objectContaining({ file: 'practice/pointer/word.yaml', line: 9, message: 'Unknown field "picture".' }),
    ]);
  });

  it('refuse a place outside the arrow keys’ board, and compile one inside it', () => {
    expect(check({ 'practice/keyboard/board.yaml': arrows(4) })).toEqual([
      expect.objectContaining({ file: 'practice/keyboard/board.yaml', line: 12, message: 'This place is outside the board.' }),
    ]);
    const dir = writeLessons({ ...goodCurriculum(), 'practice/keyboard/board.yaml': arrows(3) });
    expect((loadCurriculum(dir, dir).practiceScenarios.get('sv/keyboard/board') as KeyboardScenario | undefined)?.drill).toBe('arrows');
  });
});
