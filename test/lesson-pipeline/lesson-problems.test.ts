import { describe, expect, it } from 'vitest';
import { practiceKinds } from '../../src/practice/registry.ts';
import { check, checkLesson, eIdScenarioYaml, lesson, twoMoreSteps } from './lesson-folder.ts';

/** The problems when the Swedish lesson has this body and the scenario log-in has its file. */
const checkWithScenario = (body: string) => check({ 'practice/e-id/log-in.yaml': eIdScenarioYaml(), 'email/what-is-email.sv.md': lesson(body) });

// Every lesson body below starts right after the 11 lines of front matter from
// lesson-folder.ts, so the line after the opening backtick is line 12.
const file = 'email/what-is-email.sv.md';

function problem(line: number, column: number, message: string, fix: string) {
  return { file, line, column, message: expect.stringContaining(message), fix: expect.stringContaining(fix) };
}

describe('problems in the text of a lesson', () => {
  it('reports a picture without alt text', () => {
    const problems = checkLesson(`
## Ett

![](../images/at-key.svg)
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'The picture has no alt text.', 'Write what the picture shows between the square brackets')]);
  });

  it('reports a picture whose alt text is only spaces', () => {
    const problems = checkLesson(`
## Ett

Se här: ![   ](../images/at-key.svg)
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 9, 'The picture has no alt text.', 'square brackets')]);
  });

  it('reports an unknown box', () => {
    const problems = checkLesson(`
## Ett

:::note
Kom ihåg detta.
:::
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'Unknown box or directive ":::note".', 'Use one of: :::tip, :::warning, :::quiz, :::instructor')]);
  });

  it('reports a colon followed by a word as an unknown text directive, and says to add a space', () => {
    const problems = checkLesson(`
## Ett

Obs:viktigt är att du väntar.
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 4, 'Unknown box or directive ":viktigt[…]".', 'If you meant an ordinary colon, put a space after it.')]);
  });

  it('accepts a colon followed by a space', () => {
    expect(
      checkLesson(`
## Ett

Obs: viktigt är att du väntar.
${twoMoreSteps}`),
    ).toEqual([]);
  });

  it('reports a <script> tag as raw HTML', () => {
    const problems = checkLesson(`
## Ett

<script>alert('hej')</script>
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, "Raw HTML is not allowed in lessons: <script>alert('hej')</script>", 'use Markdown instead')]);
  });

  it('reports inline HTML at its column', () => {
    const problems = checkLesson(`
## Ett

Klicka <b>här</b>.
${twoMoreSteps}`);
    expect(problems).toEqual([
      problem(14, 8, 'Raw HTML is not allowed in lessons: <b>', 'use Markdown instead'),
      problem(14, 14, 'Raw HTML is not allowed in lessons: </b>', 'use Markdown instead'),
    ]);
  });

  it('reports a javascript: link at its column', () => {
    const problems = checkLesson(`
## Ett

Läs [mer här](javascript:alert(1)).
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 5, 'A javascript: link is not allowed.', 'Link to a web page with https://')]);
  });

  it('reports a plain http: link', () => {
    const problems = checkLesson(`
## Ett

[Banken](http://bank.se)
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'Links starting with http: are not allowed.', 'https://')]);
  });

  it('reports an event-handler-like setting on a box', () => {
    const problems = checkLesson(`
## Ett

:::tip{onclick=x}
Ett tips.
:::
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'Unknown setting "onclick" on :::tip.', 'Remove the part in curly brackets {…}.')]);
  });

  it('reports an unknown practice kind and lists the kinds that work', () => {
    const problems = checkLesson(`
## Ett

::practice{kind=bank scenario=login}
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'Unknown practice kind "bank".', `Write kind= one of: ${Object.keys(practiceKinds).sort().join(', ')}`)]);
  });

  it('reports an unknown scenario and lists the scenario files of that kind', () => {
    const problems = checkWithScenario(`
## Ett

::practice{kind=e-id scenario=spam}
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'The practice kind "e-id" has no scenario "spam".', 'Write scenario= one of: log-in, or write the scenario as lessons/practice/e-id/spam.yaml.')]);
  });

  it('accepts a scenario that has its file', () => {
    expect(checkWithScenario(`\n## Ett\n\n::practice{kind=e-id scenario=log-in}\n${twoMoreSteps}`)).toEqual([]);
  });
});

describe('problems in the front matter', () => {
  it('reports a missing field at the first line of the front matter', () => {
    const source = `---
id: what-is-email
module: email
lang: sv
summary: Du får veta vad e-post är.
order: 1
minutes: 10
objectives:
  - Du vet vad e-post är.
---
${twoMoreSteps}
## Fyra

Text.
`;
    const problems = check({ 'email/what-is-email.sv.md': source });
    expect(problems).toEqual([problem(2, 1, 'The field "title" is missing.', 'Add a line: title:')]);
  });

  it('reports a value of the wrong kind at the value, and not as missing', () => {
    const source = `---
id: what-is-email
module: email
lang: sv
title: Vad är e-post?
summary: Du får veta vad e-post är.
order: 1
minutes: ten
objectives:
  - Du vet vad e-post är.
---
${twoMoreSteps}
## Fyra

Text.
`;
    const problems = check({ 'email/what-is-email.sv.md': source });
    expect(problems).toEqual([problem(8, 10, 'The field "minutes" is not right: Write a whole number', 'For example: minutes: 10')]);
  });

  it('reports a number out of range', () => {
    const source = `---
id: what-is-email
module: email
lang: sv
title: Vad är e-post?
summary: Du får veta vad e-post är.
order: 0
minutes: 10
objectives:
  - Du vet vad e-post är.
---
${twoMoreSteps}
## Fyra

Text.
`;
    const problems = check({ 'email/what-is-email.sv.md': source });
    expect(problems).toEqual([problem(7, 8, 'The field "order" is not right: Write a number of 1 or more.', 'For example: order: 1')]);
  });

  it('reports an unknown field at its own line', () => {
    const source = `---
id: what-is-email
module: email
lang: sv
title: Vad är e-post?
summary: Du får veta vad e-post är.
order: 1
minutes: 10
colour: red
objectives:
  - Du vet vad e-post är.
---
${twoMoreSteps}
## Fyra

Text.
`;
    const problems = check({ 'email/what-is-email.sv.md': source });
    expect(problems).toEqual([problem(9, 1, 'Unknown field "colour".', 'Remove it, or check the spelling')]);
  });

  it('reports YAML that cannot be read, at the line where it breaks', () => {
    const source = `---
id: what-is-email
module: email
lang: sv
title: Vad: är e-post?
summary: Du får veta vad e-post är.
order: 1
minutes: 10
objectives:
  - Du vet vad e-post är.
---
${twoMoreSteps}
## Fyra

Text.
`;
    const problems = check({ 'email/what-is-email.sv.md': source });
    expect(problems).toEqual([problem(5, 8, 'This YAML cannot be read:', 'Check the colons and the indentation')]);
  });

  it('reports empty front matter without naming an empty field', () => {
    const source = `---
---

## Ett

Text.
${twoMoreSteps}`;
    const problems = check({ 'email/what-is-email.sv.md': source });
    expect(problems).toEqual([problem(2, 1, 'This is not a list of fields.', 'Write each field on its own line as "name: value"')]);
  });

  it('reports a lesson without front matter', () => {
    const problems = check({ 'email/what-is-email.sv.md': `## Ett\n\nText.\n${twoMoreSteps}` });
    expect(problems).toEqual([problem(1, 1, 'The lesson does not start with its front matter.', 'Start the file with a line of three dashes (---)')]);
  });
});

describe('problems with steps and headings', () => {
  it('reports text before the first step, once', () => {
    const problems = checkLesson(`
Hej och välkommen.

Mer text.

## Ett

Text.
${twoMoreSteps}`);
    expect(problems).toEqual([problem(12, 1, 'There is text before the first step.', 'Start every step with a line that begins with ##')]);
  });

  it('still names a script tag that stands before the first step', () => {
    const problems = checkLesson(`
<script>alert(1)</script>

## Ett

Text.
${twoMoreSteps}`);
    expect(problems).toEqual([
      problem(12, 1, 'There is text before the first step.', 'Start every step with a line that begins with ##'),
      problem(12, 1, 'Raw HTML is not allowed in lessons: <script>', 'Remove it and use Markdown instead'),
    ]);
  });

  it('reports a heading with a single #', () => {
    const problems = checkLesson(`
## Ett

# Stor rubrik

Text.
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'A heading with a single # is not used in lessons.', 'use ### for a smaller heading')]);
  });

  it('reports a heading that skips a level', () => {
    const problems = checkLesson(`
## Ett

#### Liten rubrik

Text.
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'The heading jumps from level 2 to level 4.', 'Use ### here')]);
  });

  it('accepts #### under a ###', () => {
    expect(
      checkLesson(`
## Ett

### Mellan

#### Liten

Text.
${twoMoreSteps}`),
    ).toEqual([]);
  });

  it('reports a lesson with fewer than three steps', () => {
    const problems = checkLesson(`
## Ett

Text ett.

## Två

Text två.
`);
    expect(problems).toEqual([problem(12, 1, 'The lesson has 2 steps; it needs at least 3.', 'Start each step with a line that begins with ##')]);
  });

  it('reports an empty step', () => {
    const problems = checkLesson(`
## Ett
${twoMoreSteps}`);
    expect(problems).toEqual([problem(12, 1, 'The step "Ett" is empty.', 'Write the text of the step under its ## heading')]);
  });
});

describe('problems in a quiz', () => {
  it('reports a quiz with no right answer, at the list of answers', () => {
    const problems = checkLesson(`
## Ett

:::quiz
Vilken är en e-postadress?

- [ ] www.exempel.se
  Inte riktigt.
- [ ] 070-123 45 67
  Inte riktigt.
:::
${twoMoreSteps}`);
    expect(problems).toEqual([problem(17, 1, 'The quiz has 0 right answers, but a normal quiz has exactly one.', 'Mark the right answer with - [x].')]);
  });

  it('reports two right answers in a normal quiz', () => {
    const problems = checkLesson(`
## Ett

:::quiz
Vilken är en e-postadress?

- [x] anna@exempel.se
  Rätt!
- [x] www.exempel.se
  Inte riktigt.
:::
${twoMoreSteps}`);
    expect(problems).toEqual([problem(17, 1, 'The quiz has 2 right answers, but a normal quiz has exactly one.', 'or write :::quiz{type=multiple}')]);
  });

  it('accepts two right answers in a multiple quiz', () => {
    expect(
      checkLesson(`
## Ett

:::quiz{type=multiple}
Vilka är e-postadresser?

- [x] anna@exempel.se
  Rätt!
- [x] bo@exempel.se
  Rätt!
:::
${twoMoreSteps}`),
    ).toEqual([]);
  });

  it('reports a multiple quiz with no right answer', () => {
    const problems = checkLesson(`
## Ett

:::quiz{type=multiple}
Vilka är e-postadresser?

- [ ] www.exempel.se
  Nej.
- [ ] 070-123 45 67
  Nej.
:::
${twoMoreSteps}`);
    expect(problems).toEqual([problem(17, 1, 'The quiz has no right answer.', 'Mark each right answer with - [x].')]);
  });

  it('reports an answer with no feedback, at the answer', () => {
    const problems = checkLesson(`
## Ett

:::quiz
Vilken är en e-postadress?

- [x] anna@exempel.se
  Rätt!
- [ ] www.exempel.se
:::
${twoMoreSteps}`);
    expect(problems).toEqual([problem(19, 1, 'Answer 2 has no feedback.', 'indented by two spaces')]);
  });

  it('reports an answer without a box, at the answer', () => {
    const problems = checkLesson(`
## Ett

:::quiz
Vilken är en e-postadress?

- [x] anna@exempel.se
  Rätt!
- www.exempel.se
  Inte riktigt.
:::
${twoMoreSteps}`);
    expect(problems).toEqual([problem(19, 1, 'Answer 2 has no box.', 'Start each answer with - [x] if it is right or - [ ] if it is wrong.')]);
  });

  it('reports a quiz with no answers', () => {
    const problems = checkLesson(`
## Ett

:::quiz
Vilken är en e-postadress?
:::
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'The quiz has no answers.', 'Write the answers as a list')]);
  });

  it('reports a tick box outside a quiz', () => {
    const problems = checkLesson(`
## Ett

- [x] Klart
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'A tick box (- [ ] or - [x]) is only allowed in a quiz.', 'Put the list inside :::quiz')]);
  });
});

describe('problems with words, links and pictures', () => {
  it('reports a word that is not in the glossary, naming the glossary file of the language', () => {
    const problems = checkLesson(`
## Ett

Det kallas :term[nätfiske]{id=phishing}.
${twoMoreSteps}`);
    expect(problems).toEqual([
      {
        file,
        line: 14,
        column: 12,
        message: 'The word "nätfiske" (id "phishing") is not in the glossary.',
        fix: 'Add "phishing:" with term: and definition: to glossary/sv.yaml, or fix the id.',
      },
    ]);
  });

  it('uses the word itself, in small letters, as the id when there is none', () => {
    expect(checkLesson(`\n## Ett\n\nDu får :term[Email].\n${twoMoreSteps}`)).toEqual([]);
    expect(checkLesson(`\n## Ett\n\nDu får :term[Epost].\n${twoMoreSteps}`)).toEqual([
      problem(14, 8, 'The word "Epost" (id "epost") is not in the glossary.', 'Add "epost:"'),
    ]);
  });

  it('reports a link to a lesson file that does not exist', () => {
    const problems = checkLesson(`
## Ett

Läs [mer om e-post](../email/send-an-email.sv.md).
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 5, 'The link leads to a lesson file that does not exist: ../email/send-an-email.sv.md', 'Check the path from this file')]);
  });

  it('reports a link with a broken %-escape instead of crashing', () => {
    const problems = checkLesson(`
## Ett

Läs [mer](../email/what-is%zz.sv.md).
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 5, 'The link leads to a lesson file that does not exist: ../email/what-is%zz.sv.md', 'Check the path')]);
  });

  it('reports a picture file that does not exist', () => {
    const problems = checkLesson(`
## Ett

![Ett tangentbord.](../images/keyboard.svg)
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'The picture file does not exist: ../images/keyboard.svg', 'Check the file name and the path')]);
  });

  it('reports a picture path with a broken %-escape instead of crashing', () => {
    const problems = checkLesson(`
## Ett

![Ett tangentbord.](../images/at%zz.svg)
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'The picture file does not exist: ../images/at%zz.svg', 'Check the file name')]);
  });

  it('reports a picture from the web', () => {
    const problems = checkLesson(`
## Ett

![Ett tangentbord.](https://exempel.se/at-key.svg)
${twoMoreSteps}`);
    expect(problems).toEqual([problem(14, 1, 'The picture must be a file in lessons/images, not https://exempel.se/at-key.svg.', 'Save the picture in lessons/images/')]);
  });
});
