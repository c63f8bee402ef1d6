import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import { check, goodCurriculum, lesson, moduleYaml, threeSteps, writeLessons } from './lesson-folder.ts';

// Front matter lines from lesson-folder.ts: id on line 2, module on 3, order on 7.
// module.yaml lines from moduleYaml(): id on 1, order on 2, picture on 3.

function problem(file: string, line: number, message: string, fix: string) {
  return { file, line, column: 1, message: expect.stringContaining(message), fix: expect.stringContaining(fix) };
}

describe('problems between files', () => {
  it('has no problems in the base curriculum the other tests change', () => {
    expect(check({})).toEqual([]);
  });

  it('reports a lesson id used twice in one language, in different module folders', () => {
    const problems = check({
      'news/module.yaml': moduleYaml('news', 2),
      'news/picture.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'news/what-is-email.sv.md': lesson(threeSteps, 'sv', { module: 'email' }),
    });
    expect(problems).toContainEqual(
      problem('news/what-is-email.sv.md', 2, 'The id "what-is-email" is already used by email/what-is-email.sv.md.', 'Give every lesson its own id'),
    );
    expect(problems).toContainEqual(
      problem('news/what-is-email.sv.md', 3, 'The lesson says it belongs to the module "email", but it is in the folder "news".', 'Write module: news'),
    );
    expect(problems).toHaveLength(2);
  });

  it('reports a missing translation at the lesson that exists', () => {
    const problems = check({ 'email/what-is-email.en.md': undefined });
    expect(problems).toEqual([
      {
        file: 'email/what-is-email.sv.md',
        line: 1,
        column: 1,
        message: 'There is no English version of this lesson.',
        fix: 'Write email/what-is-email.en.md, a translation of this file.',
      },
    ]);
  });

  it('reports an id that is not the file name, at the id line', () => {
    const problems = check({ 'email/what-is-email.sv.md': lesson(threeSteps, 'sv', { id: 'what-is-mail' }) });
    expect(problems).toEqual([
      problem('email/what-is-email.sv.md', 2, 'The id "what-is-mail" is not the same as the file name "what-is-email".', 'Write id: what-is-email, or rename the file.'),
    ]);
  });

  it('reports a language that is not the one in the file name', () => {
    const problems = check({ 'email/what-is-email.sv.md': lesson(threeSteps, 'en') });
    expect(problems).toContainEqual(
      problem('email/what-is-email.sv.md', 4, 'The language "en" is not the same as in the file name ("sv").', 'Write lang: sv'),
    );
  });

  it('reports a module field that names a module that does not exist', () => {
    const problems = check({ 'email/what-is-email.sv.md': lesson(threeSteps, 'sv', { module: 'mail' }) });
    expect(problems).toEqual([problem('email/what-is-email.sv.md', 3, 'There is no module "mail".', 'Write module: email, or move the file')]);
  });

  it('reports a module field that names another existing module', () => {
    const problems = check({
      'news/module.yaml': moduleYaml('news', 2),
      'news/picture.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'news/read-the-news.sv.md': lesson(threeSteps, 'sv', { id: 'read-the-news', module: 'news', order: 2 }),
      'news/read-the-news.en.md': lesson(threeSteps, 'en', { id: 'read-the-news', module: 'news', order: 2 }),
      'email/what-is-email.sv.md': lesson(threeSteps, 'sv', { module: 'news' }),
    });
    expect(problems).toEqual([
      problem('email/what-is-email.sv.md', 3, 'The lesson says it belongs to the module "news", but it is in the folder "email".', 'Write module: email'),
    ]);
  });

  it('reports two lessons with the same order in a module, at the order line of the second', () => {
    const problems = check({
      'email/write-an-email.sv.md': lesson(threeSteps, 'sv', { id: 'write-an-email', order: 1 }),
      'email/write-an-email.en.md': lesson(threeSteps, 'en', { id: 'write-an-email', order: 2 }),
    });
    expect(problems).toEqual([
      problem('email/write-an-email.sv.md', 7, 'The order 1 is also used by the lesson "what-is-email".', 'Give each lesson in a module its own order number.'),
    ]);
  });

  it('reports two modules with the same order, at the order line of module.yaml', () => {
    const problems = check({
      'news/module.yaml': moduleYaml('news', 1),
      'news/picture.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'news/read-the-news.sv.md': lesson(threeSteps, 'sv', { id: 'read-the-news', module: 'news' }),
      'news/read-the-news.en.md': lesson(threeSteps, 'en', { id: 'read-the-news', module: 'news' }),
    });
    expect(problems).toEqual([problem('news/module.yaml', 2, 'The order 1 is also used by the module "email".', 'Give each module its own order number.')]);
  });

  it('reports a module folder without module.yaml', () => {
    const problems = check({
      'news/read-the-news.sv.md': lesson(threeSteps, 'sv', { id: 'read-the-news', module: 'news' }),
      'news/read-the-news.en.md': lesson(threeSteps, 'en', { id: 'read-the-news', module: 'news' }),
    });
    expect(problems).toEqual([problem('news/module.yaml', 1, 'The module folder "news" has no module.yaml.', 'Create module.yaml with id, order, picture, title and summary')]);
  });

  it('reports a module with no lessons', () => {
    const problems = check({ 'news/module.yaml': moduleYaml('news', 2), 'news/picture.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    expect(problems).toEqual([problem('news/module.yaml', 1, 'The module has no lessons.', 'Write at least one lesson in news/, or remove the module.')]);
  });

  it('reports a module picture that is not in the module folder, at the picture line', () => {
    const problems = check({ 'email/picture.svg': undefined });
    expect(problems).toEqual([
      problem('email/module.yaml', 3, 'The picture "picture.svg" is not in the module folder.', 'Save the picture as email/picture.svg'),
    ]);
  });

  it('reports a module id that is not the folder name', () => {
    const problems = check({ 'email/module.yaml': moduleYaml('mail') });
    expect(problems).toContainEqual(problem('email/module.yaml', 1, 'The id "mail" is not the same as the folder name "email".', 'Write id: email, or rename the folder.'));
  });

  it('reports a lesson file name that does not follow the rule', () => {
    const problems = check({ 'email/What is email.md': lesson(threeSteps) });
    expect(problems).toEqual([problem('email/What is email.md', 1, 'The file name "What is email.md" does not follow the rule.', 'Name it <lesson id>.<language>.md')]);
  });

  it('reports a missing glossary file', () => {
    const problems = check({ 'glossary/en.yaml': undefined });
    expect(problems).toEqual([problem('glossary/en.yaml', 1, 'The glossary file is missing.', 'Create it with the words the lessons explain')]);
  });

  it('reports a glossary word without a definition, at the word', () => {
    const problems = check({ 'glossary/sv.yaml': 'email:\n  term: e-post\nlink:\n  term: länk\n  definition: Något du klickar på.\n' });
    expect(problems).toEqual([
      { ...problem('glossary/sv.yaml', 2, 'The field "email.definition" is missing.', 'Add a line: definition:'), column: 3 },
    ]);
  });

  it('reports a lessons folder that does not exist', () => {
    const dir = writeLessons(goodCurriculum());
    expect(loadCurriculum(`${dir}/nothing`, dir).problems).toEqual([
      problem('nothing', 1, 'The lessons folder does not exist.', 'Create it, with one folder per module.'),
    ]);
  });

  it('names files relative to the project root, so the lines link from a terminal there', () => {
    const dir = writeLessons({ ...goodCurriculum(), 'email/what-is-email.en.md': undefined, 'news/module.yaml': moduleYaml('news', 2), 'news/picture.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    const problems = loadCurriculum(`${dir}/`, `${dir}/..`).problems;
    const folder = dir.split('/').pop() ?? '';
    expect(problems.map((p) => [p.file, p.fix])).toEqual([
      [`${folder}/email/what-is-email.sv.md`, `Write ${folder}/email/what-is-email.en.md, a translation of this file.`],
      [`${folder}/news/module.yaml`, `Write at least one lesson in ${folder}/news/, or remove the module.`],
    ]);
  });
});
