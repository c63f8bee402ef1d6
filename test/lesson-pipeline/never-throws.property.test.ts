import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/lesson-pipeline/curriculum.ts';
import { loadLibraryConfig } from '../../src/lesson-pipeline/library-config.ts';
import type { Problem } from '../../src/lesson-pipeline/problems.ts';
import { frontMatter, goodCurriculum, writeLessons } from './lesson-folder.ts';

/**
 * The checker's promise, tried on random input: whatever a lesson pack or a
 * library.json holds, checking it ends in problems with a file, a line, a
 * message and a fix, or in none; never in an exception.
 */

const markdownPieces = [
  '## Ett steg', '### Mindre', '# Stor', '#### Liten', 'Vanlig text.', '', '',
  ':::quiz', ':::quiz{type=multiple}', '::::quiz', ':::tip', ':::tip[Kom ihåg]', ':::warning[Se [här](https://a.se)]', ':::instructor', ':::note', ':::', '::::',
  '::practice{kind=inbox scenario=first-email}', '::practice[x]{kind=bank}', 'Ett :term[ord]{id=email}.', ':term[[l](https://a.se)]', 'Obs:viktigt',
  '- [x] Ja', '  Rätt.', '- [ ] Nej', '  Fel.', '- punkt', '  - inre', '    - inre inre', '1. ett', '> citat', '> > citat i citat', '>>>>>>>>>> djupt', '        kod',
  '<script>alert(1)</script>', 'Klicka <b>här</b>', '[länk](https://a.se)', '[LÄNK](HTTPS://A.SE)', '[www.a.se](https://b.se)', '[x](https://a@b.se)', '[x](javascript:alert(1))',
  '[x](../email/what-is-email.en.md)', '[x](../email/what-is-email.sv.md)', '[x](%zz.md)', '[x][ref]', '[ref]: https://a.se',
  '![En bild.](../images/at-key.svg)', '![](../images/at-key.svg)', '![x](../images)', '![x](../../../etc/passwd.svg)', '![x](https://a.se/b.png)', '![x](picture.svg)',
  '`kod`', '**fet**', '*kursiv*', '***', '___', '[[[', '---', '```', '~~~', '| a | b |', '\t\t\t', '\u0000', '\uFEFF', 'id: x', '&a [*a]',
];

const markdownLine = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...markdownPieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }, {
  weight: 1,
  arbitrary: fc.tuple(fc.constantFrom('> ', '- ', '  ', ':::tip\n', '*', '['), fc.integer({ min: 1, max: 60 })).map(([piece, count]) => piece.repeat(count)),
});
const markdownBody = fc.array(markdownLine, { maxLength: 40 }).map((lines) => lines.join('\n'));

const yamlPieces = [
  'email:', '  term: e-post', '  definition: Brev.', 'phishing:', '  term: <b>x</b>', '  definition: [l](https://a.se)', 'id: email', 'order: 1', 'order: -1', 'picture: picture.svg',
  'picture: ../x.svg', 'title:', '  sv: E-post', '  en: Email', 'summary:', '  sv: x', 'lang: sv', 'lang: fr', 'objectives:', '  - Du vet.', 'a: &a [x, x, x]', 'b: [*a, *a, *a, *a]',
  'c: *nothing', '- lista', '[', '{', '"', "'", ':', '? x', '!!binary x', '%YAML 1.2', '---', '...', '  ', '\t', 'x: 1: 2',
];
const yamlText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...yamlPieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), { maxLength: 15 })
  .map((lines) => lines.join('\n'));

const lessonText = fc.oneof(
  fc.tuple(fc.constantFrom<'sv' | 'en'>('sv', 'en'), markdownBody).map(([lang, body]) => `${frontMatter(lang)}\n${body}`),
  fc.tuple(yamlText, markdownBody).map(([yaml, body]) => `---\n${yaml}\n---\n${body}`),
  markdownBody,
);

const libraryText = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.record({ name: fc.record({ sv: fc.string(), en: fc.string() }), logo: fc.constantFrom('logo.svg', '../logo.svg', 'x/logo.svg', 'none.png', 'at-key.svg'), modules: fc.array(fc.string()) }).map((value) => JSON.stringify(value, null, 2)),
  fc.tuple(fc.json(), fc.nat(60), fc.string({ maxLength: 3 })).map(([json, cut, extra]) => json.slice(0, cut) + extra + json.slice(cut)),
);

function expectWellFormed(problems: readonly Problem[]): void {
  for (const problem of problems) {
    expect(problem.file).not.toBe('');
    expect(Number.isInteger(problem.line) && problem.line >= 1, `line of ${JSON.stringify(problem)}`).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1, `column of ${JSON.stringify(problem)}`).toBe(true);
    expect(problem.message.trim()).not.toBe('');
    expect(problem.fix.trim()).not.toBe('');
    // The per-file safety net (author-files.ts) must not be what answered: that would be a crash caught, not a check.
    expect(problem.message, JSON.stringify(problem)).not.toMatch(/^Nätvana could not check this file/);
  }
}

describe('the checker, on random lesson packs and library files', () => {
  it('never throws, and every problem has a file, a line and column from 1, a message and a fix', () => {
    const dir = writeLessons({ ...goodCurriculum(), 'library.json': '{}', 'practice/e-id/random.yaml': '' });
    fc.assert(
      fc.property(lessonText, lessonText, yamlText, yamlText, libraryText, (sv, en, glossary, module, library) => {
        writeFileSync(join(dir, 'email', 'what-is-email.sv.md'), sv);
        writeFileSync(join(dir, 'email', 'what-is-email.en.md'), en);
        writeFileSync(join(dir, 'glossary', 'sv.yaml'), glossary);
        writeFileSync(join(dir, 'email', 'module.yaml'), module);
        // A practice kind's own checks run on whatever the schema let through: they must not throw either.
        writeFileSync(join(dir, 'practice', 'e-id', 'random.yaml'), glossary);
        writeFileSync(join(dir, 'library.json'), library);
        const curriculum = loadCurriculum(dir, dir);
        expectWellFormed(curriculum.problems);
        expectWellFormed(loadLibraryConfig(join(dir, 'library.json'), ['email'], dir).problems);
      }),
      { numRuns: 200 },
    );
    // 200 packs take about 15 s on a quiet machine; a busy one (the whole suite on two cores) can take several times that.
  }, 120_000);
});
