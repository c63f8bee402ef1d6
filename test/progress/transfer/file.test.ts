import fc from 'fast-check';
import swedishTransfer from '../../../src/i18n/locales/sv/transfer.json';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../../src/progress/progress-data.ts';
import { decodeFile, encodeFile, fileName } from '../../../src/progress/transfer/file.ts';
import { progressKey } from '../../../src/progress/index.ts';
import { progressStoreWith } from '../../helpers/progress-store.ts';

const progress: Progress = {
  version: 1,
  lessons: {
    'sv/a': { status: 'done', furthestStep: 3, quizzes: { 'x.q': { chosen: ['y'], outcome: 'right', at: 4 } }, updatedAt: 5, finishedAt: 5 },
    'en/b': { status: 'started', stepId: 's2', stepNumber: 2, furthestStep: 2, quizzes: {}, updatedAt: 6 },
  },
};

describe('the progress file', () => {
  it('is named with the date, and brings back everything, quiz answers too', () => {
    expect(fileName('framsteg', Date.UTC(2026, 11, 1, 15))).toBe('natvana-framsteg-2026-12-01.json');
    expect(decodeFile(encodeFile(progress, 0))).toEqual({ ok: true, progress });
  });

  it.each([
    ['', 'empty'],
    ['{', 'notJson'],
    ['[1,2]', 'foreign'],
    ['{"format":"something-else","progress":{"version":1,"lessons":{}}}', 'foreign'],
    ['{"format":"natvana-progress-file","progress":{"version":2,"lessons":{}}}', 'newer'],
    ['{"format":"natvana-progress-file","progress":{"version":1,"lessons":{"sv/a":{"status":"done"}}}}', 'damaged'],
    ['{"format":"natvana-progress-file","progress":{"version":1,"lessons":{"../x":{"status":"done","furthestStep":1,"quizzes":{},"updatedAt":1}}}}', 'damaged'],
    [`{"format":"natvana-progress-file","padding":"${'x'.repeat(500_001)}"}`, 'tooBig'],
  ])('refuses %j as %s', (text, problem) => {
    expect(decodeFile(text)).toEqual({ ok: false, problem });
  });

  it('answers any text with what the take-home page can say: progress the store reads, or a reason it has words for', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((progress) => JSON.stringify({ format: 'natvana-progress-file', progress }))), (text) => {
        const result = decodeFile(text);
        if (result.ok) {
          // Whole, not half-read: saved again, it reads back the same.
          expect(decodeFile(encodeFile(result.progress, 0))).toEqual(result);
          return;
        }
        expect(swedishTransfer.problem).toHaveProperty(`file${result.problem.charAt(0).toUpperCase()}${result.problem.slice(1)}`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('bringing progress in', () => {
  it('merges with what is here by the store’s rules: nothing here is lost, done beats started', async () => {
    const { storage, store } = progressStoreWith({
      'sv/a': { status: 'started', stepId: 's1', stepNumber: 1, furthestStep: 1, quizzes: {}, updatedAt: 9 },
      'sv/c': { status: 'done', furthestStep: 1, quizzes: {}, updatedAt: 2 },
    });
    expect(await store.bringIn(progress)).toBe(true);
    const kept = JSON.parse(storage.data.get(progressKey) ?? '') as Progress;
    expect(Object.keys(kept.lessons).sort()).toEqual(['en/b', 'sv/a', 'sv/c']);
    expect(kept.lessons['sv/a']?.status).toBe('done');
    expect(kept.lessons['sv/a']?.quizzes).toEqual(progress.lessons['sv/a']?.quizzes);
  });

  it('says when this computer cannot keep it', async () => {
    const { store } = progressStoreWith(undefined, { keepsNothing: true });
    expect(await store.bringIn(progress)).toBe(false);
    expect(Object.keys(store.getSnapshot().progress.lessons)).toHaveLength(2);
  });
});
