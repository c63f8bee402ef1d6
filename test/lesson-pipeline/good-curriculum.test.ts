import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CompiledLesson, LessonNode, QuizNode } from '../../src/content/types.ts';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/lessons-good', import.meta.url));
const curriculum = loadCurriculum(fixture, projectRoot);

function lessonOf(id: string, lang: 'sv' | 'en'): CompiledLesson {
  const found = curriculum.lessons.find((lesson) => lesson.id === id && lesson.lang === lang);
  if (!found) throw new Error(`No lesson ${lang}/${id} in the fixture`);
  return found;
}

/** Every node in a tree of lesson nodes, depth first, in document order. */
function allNodes(nodes: readonly LessonNode[]): LessonNode[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [node];
    switch (node.type) {
      case 'element':
      case 'link':
      case 'callout':
        return [node, ...allNodes(node.children)];
      case 'quiz':
        return [node, ...allNodes(node.question), ...node.options.flatMap((option) => [...allNodes(option.label), ...allNodes(option.feedback)])];
      default:
        return [node];
    }
  });
}

/** The text of nodes, as a screen reader would read it. */
function textOf(nodes: readonly LessonNode[]): string {
  return allNodes(nodes)
    .map((node) => (typeof node === 'string' ? node : node.type === 'term' ? node.text : node.type === 'image' ? node.alt : ''))
    .join('');
}

/** A text block's id: its tag and the hash of its text (test/lesson-pipeline/content-ids.test.ts pins the values). */
const blockId = (tag: string) => expect.stringMatching(new RegExp(`^${tag}-[0-9a-f]{8}$`));

const sv = lessonOf('use-the-mouse', 'sv');
const en = lessonOf('use-the-mouse', 'en');

describe('the good fixture curriculum', () => {
  it('compiles with no problems', () => {
    expect(curriculum.problems).toEqual([]);
  });

  it('reads the module, with its picture relative to the lessons folder', () => {
    expect(curriculum.modules).toEqual([
      {
        id: 'first-steps',
        order: 1,
        picture: 'first-steps/picture.svg',
        title: { sv: 'Första stegen', en: 'First steps' },
        summary: { sv: 'Använd musen och tangentbordet.', en: 'Use the mouse and the keyboard.' },
      },
    ]);
  });

  it('has every lesson in both languages, in lesson order', () => {
    expect(curriculum.lessons.filter((lesson) => lesson.lang === 'sv').map((lesson) => lesson.id)).toEqual(['use-the-mouse', 'next-steps']);
    expect(curriculum.lessons.filter((lesson) => lesson.lang === 'en').map((lesson) => lesson.id)).toEqual(['use-the-mouse', 'next-steps']);
  });

  it('reads the glossary of each language', () => {
    expect(curriculum.glossary.sv.map((entry) => [entry.id, entry.term])).toEqual([
      ['mouse', 'mus'],
      ['click', 'klicka'],
    ]);
    expect(curriculum.glossary.en.map((entry) => [entry.id, entry.term])).toEqual([
      ['mouse', 'mouse'],
      ['click', 'click'],
    ]);
  });

  it('takes the facts from the front matter', () => {
    expect(sv).toMatchObject({
      id: 'use-the-mouse',
      module: 'first-steps',
      lang: 'sv',
      title: 'Använd musen',
      summary: 'Du lär dig flytta pilen och klicka.',
      order: 1,
      minutes: 10,
      objectives: ['Du kan flytta pilen med musen.', 'Du kan klicka.'],
    });
  });

  it('makes one step per ## heading, with its title', () => {
    expect(sv.steps.map((step) => step.title)).toEqual(['Musen styr pilen', 'Klicka', 'Öva i inkorgen', 'Testa dig själv']);
    expect(en.steps.map((step) => step.title)).toEqual(['The mouse steers the arrow', 'Click', 'Practise in the inbox', 'Test yourself']);
  });

  it('shifts ### headings to h2, since the step title is the h1', () => {
    const headings = sv.steps[0]?.body.filter((node) => typeof node !== 'string' && node.type === 'element' && node.tag.startsWith('h'));
    expect(headings).toEqual([{ type: 'element', tag: 'h2', id: blockId('h2'), children: ['Håll musen rätt'] }]);
  });

  it('keeps an ordered list as ol, with its start number and items without wrapping paragraphs', () => {
    expect(sv.steps[1]?.body).toContainEqual({
      type: 'element',
      tag: 'ol',
      start: 1,
      children: [
        { type: 'element', tag: 'li', id: blockId('li'), children: ['Peka på ordet.'] },
        { type: 'element', tag: 'li', id: blockId('li'), children: ['Klicka en gång.'] },
      ],
    });
  });

  it('makes a tip without a heading, and a warning with its own [label] as heading', () => {
    const callouts = allNodes(sv.steps[1]?.body ?? []).filter((node) => typeof node !== 'string' && node.type === 'callout');
    expect(callouts).toEqual([
      { type: 'callout', kind: 'tip', children: [{ type: 'element', tag: 'p', id: blockId('p'), children: ['Du kan alltid gå tillbaka ett steg.'] }] },
      {
        type: 'callout',
        kind: 'warning',
        title: 'Var försiktig',
        children: [{ type: 'element', tag: 'p', id: blockId('p'), children: ['Klicka inte på länkar som du inte känner igen.'] }],
      },
    ]);
  });

  it('takes a term definition from the glossary of the lesson language', () => {
    const terms = allNodes(sv.steps[0]?.body ?? []).filter((node) => typeof node !== 'string' && node.type === 'term');
    expect(terms).toEqual([
      { type: 'term', id: 'mouse', text: 'musen', definition: 'En liten dosa som du flyttar med handen för att styra pilen på skärmen.' },
    ]);
    expect(allNodes(en.steps[0]?.body ?? [])).toContainEqual({
      type: 'term',
      id: 'mouse',
      text: 'mouse',
      definition: 'A small device you move with your hand to steer the arrow on the screen.',
    });
  });

  it('gives a picture its alt text, a src relative to the lessons folder and its size from the SVG viewBox', () => {
    const images = allNodes(sv.steps[0]?.body ?? []).filter((node) => typeof node !== 'string' && node.type === 'image');
    expect(images).toEqual([
      { type: 'image', src: 'images/mouse.svg', alt: 'En datormus sedd uppifrån. Den har två knappar.', width: 40, height: 60 },
    ]);
  });

  it('keeps an https link as href, and turns a link to a lesson file into the lesson id', () => {
    const links = sv.steps.flatMap((step) => allNodes(step.body)).filter((node) => typeof node !== 'string' && node.type === 'link');
    expect(links).toEqual([
      { type: 'link', href: 'https://www.skatteverket.se', children: ['Skatteverket'] },
      { type: 'link', lessonId: 'next-steps', children: ['nästa lektion'] },
    ]);
  });

  it('compiles a practice with its kind and scenario', () => {
    expect(sv.steps[2]?.body[0]).toEqual({ type: 'practice', kind: 'e-id', scenario: 'practice-login' });
  });

  it('compiles a single and a multiple quiz, with right answers marked and feedback apart from the answer', () => {
    const quizzes = (sv.steps[3]?.body ?? []).filter((node): node is QuizNode => typeof node !== 'string' && node.type === 'quiz');
    expect(quizzes).toEqual([
      {
        type: 'quiz',
        id: 'testa-dig-sjalv.vilken-knapp-klickar-du-med',
        multiple: false,
        question: [{ type: 'element', tag: 'p', id: blockId('p'), children: ['Vilken knapp klickar du med?'] }],
        options: [
          {
            id: 'den-vanstra-knappen',
            correct: true,
            label: ['Den vänstra knappen'],
            feedback: [{ type: 'element', tag: 'p', id: blockId('p'), children: ['Ja, rätt! Du klickar med den vänstra knappen.'] }],
          },
          {
            id: 'den-hogra-knappen',
            correct: false,
            label: ['Den högra knappen'],
            feedback: [{ type: 'element', tag: 'p', id: blockId('p'), children: ['Inte riktigt. Den högra knappen öppnar en meny.'] }],
          },
        ],
      },
      {
        type: 'quiz',
        id: 'testa-dig-sjalv.vad-kan-du-gora-med-musen',
        multiple: true,
        question: [{ type: 'element', tag: 'p', id: blockId('p'), children: ['Vad kan du göra med musen?'] }],
        options: [
          { id: 'flytta-pilen', correct: true, label: ['Flytta pilen'], feedback: [{ type: 'element', tag: 'p', id: blockId('p'), children: ['Ja! Pilen följer musen.'] }] },
          { id: 'klicka', correct: true, label: ['Klicka'], feedback: [{ type: 'element', tag: 'p', id: blockId('p'), children: ['Ja! Du klickar med knappen.'] }] },
          {
            id: 'skriva-bokstaver',
            correct: false,
            label: ['Skriva bokstäver'],
            feedback: [{ type: 'element', tag: 'p', id: blockId('p'), children: ['Inte riktigt. Du skriver med tangentbordet.'] }],
          },
        ],
      },
    ]);
  });

  it('attaches instructor notes to the step they stand in, and leaves them out of the body', () => {
    const notes = curriculum.instructorNotes.get('sv/use-the-mouse')?.steps ?? {};
    expect(sv.steps.map((step) => (notes[step.id] ?? []).map(textOf))).toEqual([
      ['Låt alla känna på musen först.'],
      [],
      [],
      ['Gå igenom svaren tillsammans.'],
    ]);
    const learnerText = sv.steps.map((step) => textOf(step.body)).join('\n');
    expect(learnerText).toContain('Lägg handen ovanpå musen.');
    expect(learnerText).not.toContain('Låt alla känna på musen först.');
    expect(learnerText).not.toContain('Gå igenom svaren tillsammans.');
  });

  it('lists every file it read, for the dev server to watch', () => {
    const relativeFiles = curriculum.files.map((file) => file.slice(fixture.length + 1).split('\\').join('/')).sort();
    expect(relativeFiles).toEqual([
      'first-steps/module.yaml',
      'first-steps/next-steps.en.md',
      'first-steps/next-steps.sv.md',
      'first-steps/use-the-mouse.en.md',
      'first-steps/use-the-mouse.sv.md',
      'glossary/en.yaml',
      'glossary/sv.yaml',
      'practice/e-id/practice-login.yaml',
    ]);
  });
});
