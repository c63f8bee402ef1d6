import { describe, expect, it } from 'vitest';
import type { CompiledLesson, LessonNode, LinkNode } from '../../src/content/types.ts';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import { check, checkLesson, goodCurriculum, lesson, threeSteps, twoMoreSteps, writeLessons } from './lesson-folder.ts';

const file = 'email/what-is-email.sv.md';
const firstStep = (text: string) => `\n## Ett\n\n${text}\n${twoMoreSteps}`;
const at = (line: number, column: number, message: string) => expect.objectContaining({ file, line, column, message: expect.stringContaining(message) });

function linksOf(body: string): LinkNode[] {
  const dir = writeLessons({ ...goodCurriculum(), [file]: lesson(body) });
  const { lessons, problems } = loadCurriculum(dir, dir);
  expect(problems).toEqual([]);
  const found: LinkNode[] = [];
  const visit = (nodes: readonly LessonNode[]) => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if (node.type === 'link') found.push(node);
      if ('children' in node) visit(node.children);
    }
  };
  for (const step of (lessons.find((candidate: CompiledLesson) => candidate.lang === 'sv')?.steps ?? [])) visit(step.body);
  return found;
}

describe('text in titles and labels', () => {
  it('refuses a link, HTML and a word explained in a step title', () => {
    expect(checkLesson(`\n## Läs [här](https://bank.se)\n\nText.\n${twoMoreSteps}`)).toEqual([at(12, 8, 'A step title (##) can hold only plain words, but it holds a link')]);
    expect(checkLesson(`\n## Klicka <b>här</b>\n\nText.\n${twoMoreSteps}`)[0]).toEqual(at(12, 11, 'holds HTML (<b>)'));
    expect(checkLesson(`\n## Om :term[nätfiske]{id=okänd}\n\nText.\n${twoMoreSteps}`)).toEqual([at(12, 7, 'holds a :word[…] (:term[…])')]);
  });

  it('refuses a link or HTML in the title of a tip or warning', () => {
    expect(checkLesson(firstStep(':::tip[Se [här](https://bank.se)]\nText.\n:::'))).toEqual([at(14, 11, 'The title of :::tip[…] can hold only plain words, but it holds a link')]);
    expect(checkLesson(firstStep(':::warning[<img src=x onerror=alert(1)>]\nText.\n:::'))).toEqual([at(14, 12, 'holds HTML')]);
  });

  it('refuses a title on a quiz or practice, which would be dropped', () => {
    expect(checkLesson(firstStep(':::quiz[Fråga]\nVilken?\n\n- [x] A\n  Rätt.\n- [ ] B\n  Fel.\n:::'))).toEqual([at(14, 8, ':::quiz takes no title in square brackets')]);
  });

  it('refuses a link or HTML in an explained word', () => {
    expect(checkLesson(firstStep('Ett :term[[e-post](https://x.se)]{id=email}.'))).toEqual([at(14, 11, 'The explained word in :term[…] can hold only plain words, but it holds a link')]);
  });

  it('accepts plain titles, with `code`', () => {
    expect(checkLesson(`\n## Skriv \`@\`\n\n:::tip[Kom ihåg]\nText.\n:::\n${twoMoreSteps}`)).toEqual([]);
  });

  it('refuses HTML, a link or a directive in front matter, module and glossary texts', () => {
    const withTitle = lesson(threeSteps).replace('title: Vad är e-post?', 'title: Vad är <script>alert(1)</script>?');
    expect(check({ [file]: withTitle })).toEqual([at(5, 8, 'Write plain words here')]);
    expect(check({ [file]: lesson(threeSteps).replace('summary: Du får veta vad e-post är.', 'summary: Läs [mer](https://x.se).') })).toEqual([at(6, 10, 'Write plain words here')]);
    expect(check({ 'glossary/sv.yaml': 'email:\n  term: e-post\n  definition: Se :term[x]{id=y}.\n' })).toEqual([
      expect.objectContaining({ file: 'glossary/sv.yaml', line: 3, message: expect.stringContaining('Write plain words here') }),
    ]);
  });
});

describe('links', () => {
  it('writes the scheme in small letters, so the player marks HTTPS:// links as leaving Nätvana', () => {
    expect(linksOf(firstStep('[Skatteverket](HTTPS://www.skatteverket.se) och [mejla](MailTo:info@exempel.se)')).map((link) => link.href)).toEqual([
      'https://www.skatteverket.se',
      'mailto:info@exempel.se',
    ]);
  });

  it('refuses a link with a user name or password before @', () => {
    expect(checkLesson(firstStep('[Banken](https://bank.se@other.example/login)'))).toEqual([at(14, 1, 'The link has a user name or password before the @ (bank.se). It leads to other.example')]);
    expect(checkLesson(firstStep('[Banken](HTTPS://user:pass@bank.se)'))[0]).toEqual(at(14, 1, 'user name or password'));
  });

  it('refuses a link whose text is a web address other than where it goes', () => {
    expect(checkLesson(firstStep('[www.bank.se](https://bank.se-login.example)'))).toEqual([at(14, 1, 'The link text is the web address www.bank.se, but the link leads to bank.se-login.example.')]);
    expect(checkLesson(firstStep('[https://bank.se/logga-in](https://evil.example/bank.se)'))[0]).toEqual(at(14, 1, 'but the link leads to evil.example'));
    expect(checkLesson(firstStep('[bank.se](../email/what-is-email.sv.md)'))[0]).toEqual(at(14, 1, 'but the link leads to another lesson'));
    expect(checkLesson(firstStep('[info@bank.se](mailto:info@evil.example)'))[0]).toEqual(at(14, 1, 'but the link writes to info@evil.example'));
  });

  it('accepts a link whose text is its own address, with or without www', () => {
    expect(linksOf(firstStep('[skatteverket.se](https://www.skatteverket.se/) och [www.1177.se](https://1177.se) och [Läs mer](https://bank.se)'))).toHaveLength(3);
  });

  it('refuses a backslash, a space or an invisible character in an address', () => {
    expect(checkLesson(firstStep('[Banken](https://evil.example\\bank.se)'))[0]).toEqual(at(14, 1, 'a backslash'));
    expect(checkLesson(firstStep('[Banken](<https://bank.se /x>)'))[0]).toEqual(at(14, 1, 'a space'));
  });

  it('refuses a Swedish lesson linking to an English lesson file, and says which file to link to', () => {
    expect(checkLesson(firstStep('[Läs mer](../email/what-is-email.en.md)'))).toEqual([
      {
        file,
        line: 14,
        column: 1,
        message: 'This Swedish lesson links to the English file ../email/what-is-email.en.md. The learner would get the Swedish lesson, not what the link says.',
        fix: 'Link to the Swedish file: ../email/what-is-email.sv.md.',
      },
    ]);
  });
});
