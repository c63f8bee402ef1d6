import { describe, expect, it } from 'vitest';
import { type PresenterPlace, presenterChannel, stepAfterKey } from '../../src/instructor/presenter-channel.ts';

describe('the presenter’s keys', () => {
  it('move on with the right and down arrows and Page Down, back with the left and up arrows and Page Up', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown']) expect(stepAfterKey(key, 3, 9)).toBe(4);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(stepAfterKey(key, 3, 9)).toBe(2);
  });

  it('stop at the first and the last step', () => {
    expect(stepAfterKey('PageUp', 1, 9)).toBe(1);
    expect(stepAfterKey('PageDown', 9, 9)).toBe(9);
  });

  it('leave every other key alone', () => {
    expect(stepAfterKey('Enter', 3, 9)).toBeUndefined();
    expect(stepAfterKey('a', 3, 9)).toBeUndefined();
  });
});

describe('the presenter channel', () => {
  it('ignores a message whose step is no step: not a number, below 1 or not whole', async () => {
    const heard: PresenterPlace[] = [];
    const listening = presenterChannel((place) => heard.push(place));
    // Any page of the site can post on the channel.
    const other = new BroadcastChannel('natvana-presenter');
    for (const step of [Number.NaN, -1, 0, 1.5, '2', null, Infinity]) other.postMessage({ lessonId: 'a', step });
    other.postMessage({ lessonId: 'a', step: 2 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    other.close();
    listening.close();
    expect(heard).toEqual([{ lessonId: 'a', step: 2 }]);
  });
});

