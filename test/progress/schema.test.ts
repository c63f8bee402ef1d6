import { describe, expect, it } from 'vitest';
import { type Migration, decodeProgress, encodeProgress, migrate, progressVersion } from '../../src/progress/schema.ts';

const lesson = { status: 'started' as const, stepId: 'step-a', stepNumber: 2, furthestStep: 2, quizzes: {}, updatedAt: 5 };

describe('the stored progress schema', () => {
  it('reads back what it wrote', () => {
    const progress = {
      version: progressVersion as 1,
      lessons: {
        'sv/lesson-a': { ...lesson, quizzes: { 'step-a.q': { chosen: ['yes'], outcome: 'right' as const, at: 4 } } },
        'en/lesson-a': { status: 'done' as const, furthestStep: 3, quizzes: {}, updatedAt: 9, finishedAt: 9 },
      },
    };
    expect(decodeProgress(encodeProgress(progress))).toEqual({ progress, unreadable: false });
  });

  it('reads nothing stored as empty progress, with nothing to put aside', () => {
    expect(decodeProgress(undefined)).toEqual({ progress: { version: progressVersion, lessons: {} }, unreadable: false });
  });

  it.each([
    ['text that is not JSON', 'not json {'],
    ['JSON that is not an object', '[1,2,3]'],
    ['an object of another program', '{"theme":"dark"}'],
    ['a version that never existed', JSON.stringify({ version: 0, lessons: {} })],
    ['lessons that are not a record', JSON.stringify({ version: 1, lessons: [] })],
  ])('calls %s unreadable and keeps nothing of it', (_, raw) => {
    expect(decodeProgress(raw)).toEqual({ progress: { version: progressVersion, lessons: {} }, unreadable: true });
  });

  it('tells a newer Nätvana’s progress apart: not unreadable, to be left where it is', () => {
    expect(decodeProgress(JSON.stringify({ version: progressVersion + 1, lessons: { 'sv/a': 'whatever it holds now' } }))).toEqual({
      progress: { version: progressVersion, lessons: {} },
      unreadable: false,
      newer: true,
    });
  });

  it('keeps the lessons that fit when one lesson is damaged, and says something was unreadable', () => {
    const raw = JSON.stringify({
      version: 1,
      lessons: { 'sv/good': lesson, 'sv/bad': { ...lesson, status: 'finished' }, 'xx/unknown-language': lesson, 'sv/negative': { ...lesson, stepNumber: -1 } },
    });
    expect(decodeProgress(raw)).toEqual({ progress: { version: 1, lessons: { 'sv/good': lesson } }, unreadable: true });
  });
});

describe('migrations', () => {
  it('has none yet: version 1 is the first version ever stored', () => {
    expect(progressVersion).toBe(1);
  });

  // The mechanism, shown with an invented next version (only in this test): v2 renames
  // `lessons` to `entries`. When a real version 2 comes, its migration gets a test like this.
  const toV2: Migration = (data) => ({ version: 2, entries: data.lessons });

  it('brings stored data forward one version at a time', () => {
    expect(migrate({ version: 1, lessons: { a: 1 } }, 2, { 1: toV2 })).toEqual({ version: 2, entries: { a: 1 } });
  });

  it('leaves data that is already current as it is', () => {
    expect(migrate({ version: 2, entries: {} }, 2, { 1: toV2 })).toEqual({ version: 2, entries: {} });
  });

  it('gives up, and does not throw, when a migration is missing, throws or does not raise the version', () => {
    expect(migrate({ version: 1 }, 3, { 1: toV2 })).toBeUndefined();
    expect(migrate({ version: 1 }, 2, { 1: () => { throw new Error('broken'); } })).toBeUndefined();
    expect(migrate({ version: 1 }, 2, { 1: (data) => data })).toBeUndefined();
  });

  it('refuses what is not versioned progress', () => {
    for (const data of [null, 'text', [], { version: '1' }, { version: 1.5 }, { version: 3 }]) expect(migrate(data, 2, { 1: toV2 })).toBeUndefined();
  });
});
