import { describe, expect, it } from 'vitest';
import type { CompiledLesson, LessonNode, QuizNode } from '../../src/content/types.ts';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import { checkLesson, goodCurriculum, lesson, twoMoreSteps, writeLessons } from './lesson-folder.ts';

// Every lesson body below starts right after the 11 lines of front matter from
// lesson-folder.ts, so the line after the opening backtick is line 12.
const file = 'email/what-is-email.sv.md';

function problem(line: number, column: number, message: string, fix: string) {
  return { file, line, column, message: expect.stringContaining(message), fix: expect.stringContaining(fix) };
}

/** The Swedish lesson compiled from this body, which must have no problems. */
function compile(body: string): CompiledLesson {
  const dir = writeLessons({ ...goodCurriculum(), [file]: lesson(body) });
  const curriculum = loadCurriculum(dir, dir);
  expect(curriculum.problems).toEqual([]);
  const found = curriculum.lessons.find((candidate) => candidate.lang === 'sv');
  if (!found) throw new Error('The Swedish lesson did not compile');
  return found;
}

const stepIds = (body: string) => compile(body).steps.map((step) => step.id);

describe('step ids', () => {
  it('come from the heading: small letters, å ä ö as a a o, other marks dropped, anything else one hyphen', () => {
    expect(
      stepIds(`
## Klicka på länken

Text.

## Öva i inkorgen – igen!

Text.

## ”Crème brûlée” & smørrebrød

Text.
`),
    ).toEqual(['klicka-pa-lanken', 'ova-i-inkorgen-igen', 'creme-brulee-smorrebrod']);
  });

  it('take an explicit {#id} from the end of the heading, and leave it out of the title', () => {
    const compiled = compile(`
## Klicka på länken {#click-link}

Text.
${twoMoreSteps}`);
    expect(compiled.steps[0]).toMatchObject({ id: 'click-link', title: 'Klicka på länken' });
  });

  it('fall back to a short hash of the title for a script a slug cannot hold', () => {
    const ids = stepIds(`
## الخطوة الأولى

Text.

## الخطوة الثانية

Text.

## افتح Gmail

Text.
`);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}$/);
    expect(new Set(ids).size).toBe(3);
    // The same title gives the same id every time the lessons are built.
    expect(stepIds(`\n## الخطوة الأولى\n\nAnnan text.\n${twoMoreSteps}`)[0]).toBe(ids[0]);
  });

  it('stay the same when an author inserts a step before them', () => {
    const before = stepIds(`\n## Ett\n\nText.\n${twoMoreSteps}`);
    const after = stepIds(`\n## Ny\n\nText.\n\n## Ett\n\nText.\n${twoMoreSteps}`);
    expect(before).toEqual(['ett', 'tva', 'tre']);
    expect(after).toEqual(['ny', ...before]);
  });

  it('report two steps with the same heading, with a way to tell them apart', () => {
    expect(
      checkLesson(`
## Klicka

Text.

## Klicka

Text igen.

## Tre

Text tre.
`),
    ).toEqual([
      problem(
        16,
        1,
        'Two steps have the id "klicka": "Klicka" on line 12 and "Klicka" here.',
        'Give one of them its own id at the end of its heading: ## Klicka {#klicka-2}',
      ),
    ]);
  });

  it('report an explicit id that another step has from its heading', () => {
    expect(
      checkLesson(`
## Ett

Text.

## Första steget {#ett}

Text.

## Tre

Text tre.
`),
    ).toEqual([problem(16, 1, 'Two steps have the id "ett": "Ett" on line 12 and "Första steget" here.', '## Första steget {#ett-2}')]);
  });

  it('report an explicit id that is not small letters, digits and hyphens, at the {#', () => {
    expect(checkLesson(`\n## Klicka på länken {#Click Link}\n\nText.\n${twoMoreSteps}`)).toEqual([
      problem(12, 21, 'The step id "Click Link" is not allowed.', 'Write it with small letters a–z, digits and hyphens only, like: {#click-link}'),
    ]);
    expect(checkLesson(`\n## Klicka {#}\n\nText.\n${twoMoreSteps}`)).toEqual([
      problem(12, 11, 'The step id in {#…} is empty.', 'like: {#klicka}'),
    ]);
  });

  it('report a heading that is only an id as a step without a title', () => {
    expect(checkLesson(`\n## {#ett}\n\nText.\n${twoMoreSteps}`)).toEqual([problem(12, 1, 'The step has no title.', 'Write the title after ##')]);
  });
});

/** Every id on a block of the step, in document order, with its tag. */
function blockIdsOf(nodes: readonly LessonNode[]): string[] {
  return nodes.flatMap((node): string[] => {
    if (typeof node === 'string') return [];
    switch (node.type) {
      case 'element':
        return [...(node.id ? [`${node.tag} ${node.id}`] : []), ...blockIdsOf(node.children)];
      case 'link':
      case 'callout':
        return blockIdsOf(node.children);
      case 'quiz':
        return [...blockIdsOf(node.question), ...node.options.flatMap((option) => [...blockIdsOf(option.label), ...blockIdsOf(option.feedback)])];
      default:
        return [];
    }
  });
}

const firstStepBlockIds = (body: string) => blockIdsOf(compile(body).steps[0]?.body ?? []);

describe('text block ids', () => {
  it('are the tag and a hash of the text, the same on every build', () => {
    // Pinned: if these change, every learner's saved read-aloud place and every translation key is lost.
    expect(firstStepBlockIds(`\n## Ett\n\nText ett.\n${twoMoreSteps}`)).toEqual(['p p-60770931']);
  });

  it('go on paragraphs, headings, list items and code blocks, not on lists, quotes or words in bold', () => {
    const ids = firstStepBlockIds(`
## Ett

### Rubrik

Ett **viktigt** ord.

- Punkt ett
- Punkt två

> Ett citat.

\`\`\`
www.exempel.se
\`\`\`
${twoMoreSteps}`);
    expect(ids.map((id) => id.replace(/ .*/, ''))).toEqual(['h2', 'p', 'li', 'li', 'p', 'pre']);
    for (const id of ids) expect(id).toMatch(/^(\w+) \1-[0-9a-f]{8}$/);
  });

  it('stay the same when an author inserts a paragraph before them, or wraps the lines differently', () => {
    const [first, second] = firstStepBlockIds(`\n## Ett\n\nFörsta stycket.\n\nAndra stycket\npå två rader.\n${twoMoreSteps}`);
    const inserted = firstStepBlockIds(`\n## Ett\n\nNytt stycke.\n\nFörsta stycket.\n\nAndra stycket på två rader.\n${twoMoreSteps}`);
    expect(inserted.slice(1)).toEqual([first, second]);
  });

  it('change when the block’s own text changes', () => {
    const [before] = firstStepBlockIds(`\n## Ett\n\nKlicka en gång.\n${twoMoreSteps}`);
    const [after] = firstStepBlockIds(`\n## Ett\n\nKlicka två gånger.\n${twoMoreSteps}`);
    expect(after).not.toBe(before);
  });

  it('are unique within a step: identical blocks get -2 and -3', () => {
    const ids = firstStepBlockIds(`\n## Ett\n\nKlicka.\n\nKlicka.\n\nKlicka.\n${twoMoreSteps}`);
    const [first] = ids;
    expect(ids).toEqual([first, `${first}-2`, `${first}-3`]);
  });

  it('do not change when an instructor note with the same text is added before them', () => {
    const without = firstStepBlockIds(`\n## Ett\n\nKlicka.\n${twoMoreSteps}`);
    const withNote = firstStepBlockIds(`\n## Ett\n\n:::instructor\nKlicka.\n:::\n\nKlicka.\n${twoMoreSteps}`);
    expect(withNote).toEqual(without);
  });

  it('are the same for the same text in two steps, since a step id keeps them apart', () => {
    const compiled = compile(`\n## Ett\n\nKlicka.\n\n## Två\n\nKlicka.\n\n## Tre\n\nText tre.\n`);
    expect(blockIdsOf(compiled.steps[1]?.body ?? [])).toEqual(blockIdsOf(compiled.steps[0]?.body ?? []));
  });

  it('go on the paragraphs in boxes and in quiz questions and feedback', () => {
    const ids = firstStepBlockIds(`
## Ett

:::tip
Ett tips.
:::

:::quiz
Vilken knapp?

- [x] Vänster
  Rätt.
- [ ] Höger
  Inte riktigt.
:::
${twoMoreSteps}`);
    expect(ids.map((id) => id.replace(/ .*/, ''))).toEqual(['p', 'p', 'p', 'p']);
  });
});

function quizzesOf(nodes: readonly LessonNode[]): QuizNode[] {
  return nodes.filter((node): node is QuizNode => typeof node !== 'string' && node.type === 'quiz');
}

const quiz = (firstLine: string, question: string, answers: string[] = ['Vänster', 'Höger']) =>
  [firstLine, question, '', ...answers.flatMap((answer, index) => [`- [${index === 0 ? 'x' : ' '}] ${answer}`, '  Återkoppling.']), ':::', ''].join('\n');

describe('quiz and answer ids', () => {
  it('are <step id>.<name>, the name from :::quiz{#name} or else from the question', () => {
    const compiled = compile(`
## Testa dig själv

${quiz(':::quiz{#which-button}', 'Vilken knapp klickar du med?')}
${quiz(':::quiz', 'Vad kan du göra med musen?')}
${quiz(':::quiz{#many type=multiple}', 'Vad stämmer?')}
${twoMoreSteps}`);
    expect(quizzesOf(compiled.steps[0]?.body ?? []).map((found) => [found.id, found.multiple])).toEqual([
      ['testa-dig-sjalv.which-button', false],
      ['testa-dig-sjalv.vad-kan-du-gora-med-musen', false],
      ['testa-dig-sjalv.many', true],
    ]);
  });

  it('cut a long question to a short name, with a hash of the whole question', () => {
    const [found] = quizzesOf(compile(`\n## Ett\n\n${quiz(':::quiz', 'Vilken av de här adresserna är en riktig e-postadress?')}${twoMoreSteps}`).steps[0]?.body ?? []);
    expect(found?.id).toMatch(/^ett\.vilken-av-de-har-[0-9a-f]{8}$/);
    expect(found?.id.split('.')[1]?.length).toBeLessThanOrEqual(32);
  });

  it('give answers ids from their text, so adding or moving an answer leaves the others as they were', () => {
    const optionIds = (answers: string[]) =>
      quizzesOf(compile(`\n## Ett\n\n${quiz(':::quiz', 'Vilken?', answers)}${twoMoreSteps}`).steps[0]?.body ?? [])[0]?.options.map((option) => option.id);
    expect(optionIds(['anna.svensson@exempel.se', 'www.exempel.se', '070-123 45 67'])).toEqual(['anna-svensson-exempel-se', 'www-exempel-se', '070-123-45-67']);
    expect(optionIds(['anna.svensson@exempel.se', 'Ny', 'www.exempel.se'])).toEqual(['anna-svensson-exempel-se', 'ny', 'www-exempel-se']);
    expect(optionIds(['Ja', 'لا'])?.[1]).toMatch(/^[0-9a-f]{8}$/);
  });

  it('keep a quiz’s id when a quiz is added before it', () => {
    const idsOf = (body: string) => quizzesOf(compile(body).steps[0]?.body ?? []).map((found) => found.id);
    const [before] = idsOf(`\n## Ett\n\n${quiz(':::quiz', 'Vilken knapp?')}${twoMoreSteps}`);
    expect(idsOf(`\n## Ett\n\n${quiz(':::quiz', 'Ny fråga?')}\n${quiz(':::quiz', 'Vilken knapp?')}${twoMoreSteps}`)[1]).toBe(before);
  });

  it('report two quizzes in a step with the same name, with a way to tell them apart', () => {
    expect(checkLesson(`\n## Ett\n\n${quiz(':::quiz', 'Vilken knapp?')}\n${quiz(':::quiz', 'Vilken knapp?')}${twoMoreSteps}`)).toEqual([
      problem(23, 1, 'Two quizzes in this step have the name "vilken-knapp": the quiz on line 14 and this one.', 'Give one of them its own name: :::quiz{#vilken-knapp-2}'),
    ]);
    expect(
      checkLesson(`\n## Ett\n\n${quiz(':::quiz{#fraga}', 'En?')}\n${quiz(':::quiz{#fraga type=multiple}', 'Två?')}${twoMoreSteps}`),
    ).toEqual([problem(23, 1, 'Two quizzes in this step have the name "fraga"', ':::quiz{#fraga-2 type=multiple}')]);
  });

  it('accept the same question in two steps', () => {
    expect(checkLesson(`\n## Ett\n\n${quiz(':::quiz', 'Vilken knapp?')}\n## Två\n\n${quiz(':::quiz', 'Vilken knapp?')}\n## Tre\n\nText tre.\n`)).toEqual([]);
  });

  it('report a quiz name that is not small letters, digits and hyphens', () => {
    expect(checkLesson(`\n## Ett\n\n${quiz(':::quiz{#Vilken_Knapp}', 'Vilken knapp?')}${twoMoreSteps}`)).toEqual([
      problem(14, 1, 'The quiz name "Vilken_Knapp" is not allowed.', 'like: :::quiz{#vilken-knapp}'),
    ]);
  });

  it('report two answers with the same text, at the second', () => {
    expect(checkLesson(`\n## Ett\n\n${quiz(':::quiz', 'Vilken?', ['Ja', 'Nej', 'Ja'])}${twoMoreSteps}`)).toEqual([
      problem(21, 1, 'Answers 1 and 3 of the quiz have the same text: "Ja".', 'Give every answer its own words'),
    ]);
    expect(checkLesson(`\n## Ett\n\n${quiz(':::quiz', 'Vilken?', ['Ja', 'ja!'])}${twoMoreSteps}`)).toEqual([
      problem(19, 1, 'Answers 1 and 2 of the quiz differ only in small letters, accents or punctuation: "Ja" and "ja!".', 'Give every answer its own words'),
    ]);
  });
});
