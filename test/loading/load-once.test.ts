import { describe, expect, it } from 'vitest';
import { loadOnce, loadOncePerKey } from '../../src/loading/index.ts';

describe('loadOnce', () => {
  it('downloads on the first call only, and every caller shares that download', async () => {
    let downloads = 0;
    const chunk = loadOnce(async () => ({ download: ++downloads }));
    expect(chunk.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([chunk.load(), chunk.load()]);
    expect(first).toBe(second);
    expect(await chunk.load()).toBe(first);
    expect(downloads).toBe(1);
    expect(chunk.loaded()).toBe(first);
  });

  it('forgets a failed download, so the next call downloads afresh', async () => {
    let downloads = 0;
    const chunk = loadOnce(async () => {
      downloads += 1;
      if (downloads === 1) throw new Error('The connection dropped.');
      return 'the chunk';
    });
    await expect(chunk.load()).rejects.toThrow('The connection dropped.');
    expect(chunk.loaded()).toBeUndefined();
    expect(await chunk.load()).toBe('the chunk');
    expect(downloads).toBe(2);
  });
});

describe('loadOncePerKey', () => {
  it('downloads each key once, and forgets a failed key alone', async () => {
    const asked: string[] = [];
    const files = loadOncePerKey(async (language: string) => {
      asked.push(language);
      if (language === 'ar' && asked.filter((key) => key === 'ar').length === 1) throw new Error('offline');
      return `${language} strings`;
    });
    expect(await files.load('sv')).toBe('sv strings');
    await expect(files.load('ar')).rejects.toThrow('offline');
    expect(await files.load('sv')).toBe('sv strings');
    expect(await files.load('ar')).toBe('ar strings');
    expect(asked).toEqual(['sv', 'ar', 'ar']);
    expect(files.loaded('ar')).toBe('ar strings');
    expect(files.loaded('en')).toBeUndefined();
  });
});
