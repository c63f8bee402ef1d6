import fc from 'fast-check';
import swedishTransfer from '../../../src/i18n/locales/sv/transfer.json';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../../src/progress/progress-data.ts';
import {
  type CatalogueLesson,
  codeAlphabet,
  decodeCode,
  encodeCode,
  findStep,
  progressFromCode,
  splitCode,
  stepHash,
  toGroups,
} from '../../../src/progress/transfer/code.ts';

const now = Date.UTC(2026, 11, 1, 14, 30);
const dayStart = Date.UTC(2026, 11, 1);

/** A catalogue of n lessons in two languages, as the index would give it. */
const catalogueOf = (n: number, prefix = 'lesson'): CatalogueLesson[] =>
  ['sv', 'en'].flatMap((lang) => Array.from({ length: n }, (_, index) => ({ key: `${lang}/${prefix}-${index + 1}`, stepCount: 8 })));

const stepIds = (key: string) => Array.from({ length: 8 }, (_, index) => `${key}-step-${index + 1}`);

function allDone(lessons: readonly CatalogueLesson[], lang = 'sv'): Progress {
  const progress: Progress = { version: 1, lessons: {} };
  for (const { key, stepCount } of lessons) {
    if (key.startsWith(`${lang}/`)) progress.lessons[key] = { status: 'done', furthestStep: stepCount, quizzes: {}, updatedAt: 1, finishedAt: 1 };
  }
  return progress;
}

const read = (text: string, lessons: readonly CatalogueLesson[]) => {
  const result = decodeCode(text, lessons);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.code;
};

/** What a code says of each lesson: done, or the step id the learner was on. */
function travelled(progress: Progress): Record<string, string> {
  return Object.fromEntries(Object.entries(progress.lessons).map(([key, lesson]) => [key, lesson.status === 'done' ? 'done' : (lesson.stepId ?? 'start')]));
}

function roundTrip(progress: Progress, lessons: readonly CatalogueLesson[], later: readonly CatalogueLesson[] = lessons): Progress {
  const code = read(encodeCode(progress, lessons, now).join(' '), later);
  return progressFromCode(code, later, (key, hash, number) => findStep(stepIds(key), hash, number));
}

describe('the take-home code', () => {
  it('is groups of 4 characters with no look-alikes', () => {
    expect(codeAlphabet).toHaveLength(32);
    for (const lookAlike of ['0', 'O', '1', 'I', 'l']) expect(codeAlphabet).not.toContain(lookAlike);
    const groups = encodeCode(allDone(catalogueOf(5)), catalogueOf(5), now);
    for (const group of groups) expect(group).toMatch(/^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}$/);
  });

  it('brings back which lessons are done and the step a started one was on, and the day it was made', () => {
    const lessons = catalogueOf(5);
    const progress: Progress = {
      version: 1,
      lessons: {
        'sv/lesson-1': { status: 'done', furthestStep: 8, quizzes: { 'a.q': { chosen: ['x'], outcome: 'right', at: 5 } }, updatedAt: 5, finishedAt: 5 },
        'sv/lesson-3': { status: 'started', stepId: 'sv/lesson-3-step-4', stepNumber: 4, furthestStep: 6, quizzes: {}, updatedAt: 6 },
        'en/lesson-2': { status: 'started', stepId: 'en/lesson-2-step-1', stepNumber: 1, furthestStep: 1, quizzes: {}, updatedAt: 7 },
      },
    };
    const back = roundTrip(progress, lessons);
    expect(back.lessons['sv/lesson-1']).toEqual({ status: 'done', furthestStep: 8, quizzes: {}, updatedAt: dayStart, finishedAt: dayStart });
    expect(back.lessons['sv/lesson-3']).toEqual({ status: 'started', stepId: 'sv/lesson-3-step-4', stepNumber: 4, furthestStep: 4, quizzes: {}, updatedAt: dayStart });
    expect(travelled(back)).toEqual(travelled(progress));
  });

  it('still reads after lessons are added, reordered and taken out: it names lessons and steps by their ids', () => {
    const lessons = catalogueOf(5);
    const progress: Progress = {
      version: 1,
      lessons: {
        'sv/lesson-2': { status: 'done', furthestStep: 8, quizzes: {}, updatedAt: 5 },
        'sv/lesson-4': { status: 'started', stepId: 'sv/lesson-4-step-3', stepNumber: 3, furthestStep: 3, quizzes: {}, updatedAt: 6 },
        'sv/lesson-5': { status: 'done', furthestStep: 8, quizzes: {}, updatedAt: 5 },
      },
    };
    const code = encodeCode(progress, lessons, now).join('');
    // Later: new lessons, the old ones in another order, lesson 5 gone.
    const later = [...catalogueOf(12, 'new'), ...lessons.filter((lesson) => lesson.key !== 'sv/lesson-5')].reverse();
    const result = read(code, later);
    expect(result.notHere).toBe(1);
    const back = progressFromCode(result, later, (key, hash, number) => findStep(stepIds(key), hash, number));
    expect(travelled(back)).toEqual({ 'sv/lesson-2': 'done', 'sv/lesson-4': 'sv/lesson-4-step-3' });
  });

  it('finds a step that moved by its id, and leaves out a step that is gone', () => {
    const ids = ['intro', 'click-link', 'read-address'];
    const moved = ['intro', 'new-step', 'click-link', 'read-address'];
    const found = findStep(moved, stepHash('click-link'), 2);
    expect(found).toEqual({ id: 'click-link', number: 3 });
    expect(findStep(ids.filter((id) => id !== 'click-link'), stepHash('click-link'), 2)).toBeUndefined();
  });

  it('is short for a learner who has finished every lesson', () => {
    const lengths = [5, 16, 100].map((n) => encodeCode(allDone(catalogueOf(n)), catalogueOf(n), now).join('').length);
    // 5 lessons (as lessons/ has today): 7 groups; 16: 13 groups; 100: 70 groups. The bounds keep it from growing unnoticed.
    expect(lengths).toEqual([28, 52, 280]);
  });

  it('reads lower case, and with or without spaces or dashes between the groups', () => {
    const lessons = catalogueOf(5);
    const groups = encodeCode(allDone(lessons), lessons, now);
    for (const typed of [groups.join(' '), groups.join('-'), groups.join(''), ` ${groups.join('  ').toLowerCase()} `]) {
      expect(decodeCode(typed, lessons).ok).toBe(true);
    }
    expect(splitCode('abcd-efgh ijkl')).toEqual(['ABCD', 'EFGH', 'IJKL']);
  });

  it('names the group with a mistyped character, a look-alike, or one too few or too many', () => {
    const lessons = catalogueOf(5);
    const groups = encodeCode(allDone(lessons), lessons, now);
    const typo = [...groups];
    const second = typo[1] ?? '';
    typo[1] = `${second.slice(0, 2)}${second[2] === 'A' ? 'B' : 'A'}${second.slice(3)}`;
    expect(decodeCode(typo.join(' '), lessons)).toEqual({ ok: false, problem: { kind: 'groupCheck', group: 2 } });
    const lookAlike = [...groups];
    lookAlike[2] = `O${(lookAlike[2] ?? '').slice(1)}`;
    expect(decodeCode(lookAlike.join(' '), lessons)).toEqual({ ok: false, problem: { kind: 'character', group: 3, character: 'O' } });
    const short = [...groups];
    short[0] = (short[0] ?? '').slice(1);
    expect(decodeCode(short.join(' '), lessons)).toEqual({ ok: false, problem: { kind: 'groupLength', group: 1, length: 3 } });
  });

  it('says the code as a whole does not fit when a group is missing or two are swapped', () => {
    const lessons = catalogueOf(16);
    const groups = encodeCode(allDone(lessons), lessons, now);
    const missing = groups.filter((_, index) => index !== 1);
    expect(decodeCode(missing.join(' '), lessons).ok).toBe(false);
    const swapped = [...groups];
    [swapped[1], swapped[2]] = [swapped[2] ?? '', swapped[1] ?? ''];
    const result = decodeCode(swapped.join(' '), lessons);
    expect(result.ok).toBe(false);
  });

  it('refuses an empty code and a code that is too short', () => {
    expect(decodeCode('  ', catalogueOf(1))).toEqual({ ok: false, problem: { kind: 'empty' } });
    const [first = ''] = encodeCode(allDone(catalogueOf(1)), catalogueOf(1), now);
    expect(decodeCode(first, catalogueOf(1))).toEqual({ ok: false, problem: { kind: 'tooShort' } });
  });

  it('refuses a code from a newer Nätvana, and one whose content does not fit', () => {
    // The format is the first 3 bits: 7 is a format this Nätvana does not know yet.
    expect(decodeCode(toGroups([28, 0, 0]).join(' '), catalogueOf(1))).toEqual({ ok: false, problem: { kind: 'newer' } });
    // Format 0 was never written; and a format-1 code cut off after its header is damaged.
    expect(decodeCode(toGroups([0, 0, 0]).join(' '), catalogueOf(1))).toEqual({ ok: false, problem: { kind: 'damaged' } });
    expect(decodeCode(toGroups([4, 0, 0]).join(' '), catalogueOf(1))).toEqual({ ok: false, problem: { kind: 'damaged' } });
  });

  it('holds nothing for no progress, and brings nothing', () => {
    const lessons = catalogueOf(5);
    expect(read(encodeCode({ version: 1, lessons: {} }, lessons, now).join(' '), lessons).lessons).toEqual([]);
  });
});

// ---------------------------------------------------------------- properties

const lessonsArbitrary = fc.integer({ min: 1, max: 60 }).map((n) => catalogueOf(n));

const progressArbitrary = (lessons: readonly CatalogueLesson[]) =>
  fc
    .uniqueArray(fc.constantFrom(...lessons.map((lesson) => lesson.key)), { maxLength: lessons.length })
    .chain((keys) =>
      fc.tuple(...keys.map(() => fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }))).map((steps) => {
        const progress: Progress = { version: 1, lessons: {} };
        keys.forEach((key, index) => {
          const step = steps[index];
          progress.lessons[key] =
            step === undefined
              ? { status: 'done', furthestStep: 8, quizzes: {}, updatedAt: 1 }
              : { status: 'started', stepId: `${key}-step-${step}`, stepNumber: step, furthestStep: step, quizzes: {}, updatedAt: 1 };
        });
        return progress;
      }),
    );

describe('the take-home code, for any progress', () => {
  it('brings back what it carries', () => {
    fc.assert(
      fc.property(
        lessonsArbitrary.chain((lessons) => fc.tuple(fc.constant(lessons), progressArbitrary(lessons))),
        ([lessons, progress]) => {
          expect(travelled(roundTrip(progress, lessons))).toEqual(travelled(progress));
        },
      ),
    );
  });

  it('catches every single mistyped character, and names its group', () => {
    const lessons = catalogueOf(16);
    fc.assert(
      fc.property(
        progressArbitrary(lessons),
        fc.nat(),
        fc.oneof(fc.constantFrom(...codeAlphabet), fc.constantFrom('0', 'O', '1', 'I', '!', 'Å', ' ')),
        (progress, where, typed) => {
          const groups = encodeCode(progress, lessons, now);
          const text = groups.join('');
          const position = where % text.length;
          fc.pre(text[position] !== typed && typed !== ' ');
          const wrong = `${text.slice(0, position)}${typed}${text.slice(position + 1)}`;
          const spaced = wrong.match(/.{4}/gu)?.join(' ') ?? '';
          const result = decodeCode(spaced, lessons);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.problem).toHaveProperty('group', Math.floor(position / 4) + 1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('catches every single mistyped character of one code, at every place, with every other character', () => {
    const lessons = catalogueOf(5);
    const groups = encodeCode(allDone(lessons), lessons, now);
    let lookedMissing = 0;
    groups.forEach((group, groupIndex) => {
      for (let place = 0; place < 4; place++) {
        for (const typed of codeAlphabet) {
          if (typed === group[place]) continue;
          const wrong = [...groups];
          wrong[groupIndex] = `${group.slice(0, place)}${typed}${group.slice(place + 1)}`;
          const result = decodeCode(wrong.join(' '), lessons);
          // In the last group, one mistake in 31 at each place makes it fit the place after it: then a missing group before it is said too.
          const missingToo = groupIndex === groups.length - 1 && result.ok === false && result.problem.kind === 'missingBefore';
          expect(result).toEqual({ ok: false, problem: { kind: missingToo ? 'missingBefore' : 'groupCheck', group: groupIndex + 1 } });
          if (missingToo) lookedMissing++;
        }
      }
    });
    // Exactly one other character at each of the last group's four places.
    expect(lookedMissing).toBe(4);
  });

  it('answers any text with what the take-home page can say: lessons this Nätvana has, or a reason it has words for, naming a group that was typed', () => {
    const lessons = catalogueOf(5);
    const keys = new Set(lessons.map((lesson) => lesson.key));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...codeAlphabet, ' ', '-') })), (text) => {
        const result = decodeCode(text, lessons);
        if (result.ok) {
          for (const lesson of result.code.lessons) expect(keys.has(lesson.key)).toBe(true);
          return;
        }
        expect(swedishTransfer.problem).toHaveProperty(result.problem.kind);
        if ('group' in result.problem) {
          expect(result.problem.group).toBeGreaterThanOrEqual(1);
          expect(result.problem.group).toBeLessThanOrEqual(splitCode(text).length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the take-home code’s check of the whole', () => {
  const lessons = catalogueOf(5);
  const code = encodeCode(allDone(lessons), lessons, now);

  it('refuses a code with its last groups left off, though each group left checks on its own', () => {
    for (let kept = 2; kept < code.length; kept++) {
      expect(decodeCode(code.slice(0, kept).join(' '), lessons), `${kept} groups`).toEqual({ ok: false, problem: { kind: 'whole' } });
    }
  });

  it('refuses a group from another code at the same place, though it checks on its own', () => {
    const another = encodeCode(allDone(lessons), lessons, now + 40 * 24 * 60 * 60 * 1000);
    expect(another).toHaveLength(code.length);
    const differing = code.flatMap((group, index) => (group !== another[index] && index < code.length - 1 ? [index] : []));
    expect(differing).not.toEqual([]);
    for (const index of differing) {
      const mixed = code.map((group, place) => (place === index ? (another[place] ?? '') : group));
      expect(decodeCode(mixed.join(' '), lessons), `group ${index + 1}`).toEqual({ ok: false, problem: { kind: 'whole' } });
    }
  });
});

describe('the take-home code, typed with a group left out or out of order', () => {
  const lessons = catalogueOf(16);
  const groups = encodeCode(allDone(lessons), lessons, now);

  it('says a group is missing or out of order, and names no group that was typed right', () => {
    for (let left = 0; left < groups.length - 2; left++) {
      const missing = groups.filter((_, index) => index !== left);
      expect(decodeCode(missing.join(' '), lessons)).toEqual({ ok: false, problem: { kind: 'whole' } });
    }
    // The last group left out: every group typed checks, the whole does not.
    expect(decodeCode(groups.slice(0, -1).join(' '), lessons)).toEqual({ ok: false, problem: { kind: 'whole' } });
    for (let first = 0; first < groups.length - 1; first++) {
      const swapped = [...groups];
      [swapped[first], swapped[first + 1]] = [swapped[first + 1] ?? '', swapped[first] ?? ''];
      expect(decodeCode(swapped.join(' '), lessons)).toEqual({ ok: false, problem: { kind: 'whole' } });
    }
  });

  it('says a group may be missing before the last when the one just before it is left out, and does not call the last group wrong', () => {
    expect(groups.length).toBeGreaterThan(2);
    const missing = groups.filter((_, index) => index !== groups.length - 2);
    expect(decodeCode(missing.join(' '), lessons)).toEqual({ ok: false, problem: { kind: 'missingBefore', group: groups.length - 1 } });
    // The shortest code there is: the same.
    const short = encodeCode(allDone(catalogueOf(1)), catalogueOf(1), now);
    expect(short).toHaveLength(4);
    expect(decodeCode(`${short[0]} ${short[1]} ${short[3]}`, catalogueOf(1))).toEqual({ ok: false, problem: { kind: 'missingBefore', group: 3 } });
  });

  it('still names the last group, as mistyped, when it fits no other place', () => {
    const last = groups.at(-1) ?? '';
    const typed = [...groups.slice(0, -1), `${last.slice(0, 3)}${codeAlphabet[(codeAlphabet.indexOf(last[3] ?? '2') + 1) % 32]}`];
    expect(decodeCode(typed.join(' '), lessons)).toEqual({ ok: false, problem: { kind: 'groupCheck', group: groups.length } });
  });

  it('names the group with a character that does not show, and never shows it', () => {
    const typed = [...groups];
    typed[1] = `${(typed[1] ?? '').slice(0, 2)}\u202E${(typed[1] ?? '').slice(2)}`;
    expect(decodeCode(typed.join(' '), lessons)).toEqual({ ok: false, problem: { kind: 'invisible', group: 2 } });
    typed[1] = `\u200B${groups[1] ?? ''}`;
    expect(decodeCode(typed.join(' '), lessons)).toEqual({ ok: false, problem: { kind: 'invisible', group: 2 } });
  });
});
