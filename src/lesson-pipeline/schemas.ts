/**
 * The shape of lesson front matter, module files and glossary files.
 * Every rule carries its own plain message, because authors read these
 * messages, not programmers.
 */
import { z } from 'zod';
import { lessonLanguages } from '../i18n/languages.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z
  .string()
  .regex(idPattern, 'An id may only have small letters a–z, digits and single hyphens, like what-is-email.');

/**
 * Front matter, module and glossary texts are shown as they are, never as
 * Markdown: a link or HTML in them would be shown as its raw characters, or
 * lost. So they are refused, with a message, instead of shown wrong.
 */
const markup = /<\/?[a-z!?][^>]*>|\[[^\]]*\]\([^)]*\)|(?:^|\s):{1,3}[a-z][\w-]*[[{]/i;
export const plainWords = 'Write plain words here: HTML (<…>), links ([…](…)) and :word[…] are not shown in this text.';

const text = z
  .string()
  .trim()
  .min(1, 'This text is empty.')
  .refine((value) => !markup.test(value), plainWords);

const wholeNumber = z
  .number('Write a whole number, like 2.')
  .int('Write a whole number, like 2.')
  .min(1, 'Write a number of 1 or more.');

export const lessonFrontMatterSchema = z.strictObject({
  id,
  module: id,
  lang: z.enum(lessonLanguages, `Write one of: ${lessonLanguages.join(', ')}.`),
  title: text.max(80, 'The title is long. Keep it under 80 characters.'),
  summary: text.max(200, 'The summary is long. Keep it under 200 characters.'),
  order: wholeNumber,
  minutes: wholeNumber.max(120, 'A lesson should take less than two hours. Split it into shorter lessons.'),
  objectives: z
    .array(text, 'Write the objectives as a list: each on its own line, starting with "- ".')
    .min(1, 'Write at least one objective.')
    .max(5, 'Write at most five objectives.'),
  instructor: z
    .strictObject(
      {
        preparation: z.array(text, 'Write what to prepare as a list: each thing on its own line, starting with "- ".').max(10, 'Write at most ten things.').optional(),
        stumbles: z.array(text, 'Write what learners stumble over as a list: each on its own line, starting with "- ".').max(10, 'Write at most ten things.').optional(),
        discussion: z.array(text, 'Write the discussion questions as a list: each on its own line, starting with "- ".').max(10, 'Write at most ten questions.').optional(),
      },
      'Write the instructor\'s overview under instructor: as preparation:, stumbles: and discussion:, each a list.',
    )
    .optional(),
});

const perLanguage = z.object(
  Object.fromEntries(lessonLanguages.map((language) => [language, text])) as Record<
    (typeof lessonLanguages)[number],
    typeof text
  >,
  'Write it once per language, each on its own line: sv: … and en: …',
);

export const moduleSchema = z.strictObject({
  id,
  order: wholeNumber,
  picture: z.string().regex(/^[\w-]+\.(svg|png|webp|jpg)$/, 'Write the file name of the picture, like picture.svg.'),
  title: perLanguage,
  summary: perLanguage,
});

export const glossarySchema = z.record(
  id,
  z.strictObject({
    term: text,
    definition: text.max(300, 'The explanation is long. Keep it to one or two short sentences.'),
    /** Other words for the same thing; lessons:check warns when a lesson uses one instead of the term. */
    synonyms: z.array(text, 'Write the synonyms as a list in square brackets, like: synonyms: [mejladress]').max(20, 'Write at most 20 synonyms.').optional(),
  }),
  'The glossary is a list of words: an id, then term: and definition: under it.',
);

/** Examples shown in "how to fix" when a field is missing or of the wrong kind. */
export const fieldExamples: Record<string, string> = {
  id: 'id: what-is-email',
  module: 'module: email',
  lang: 'lang: sv',
  title: 'title: Vad är e-post?',
  summary: 'summary: Du får veta vad e-post är.',
  order: 'order: 1',
  minutes: 'minutes: 10',
  objectives: 'objectives:\n  - Du vet vad e-post är.',
  picture: 'picture: picture.svg',
  term: 'term: nätfiske',
  definition: 'definition: Ett falskt mejl som vill lura dig.',
  synonyms: 'synonyms: [mejladress]',
};
