/**
 * The offline list of a language is downloaded once and shared; one that
 * failed to download (the connection dropped, the server answered with an
 * error) is forgotten, so the next call asks again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { offlineList } from '../../src/offline/offline-files.ts';

const list = { lessons: { 'what-is-email': ['lessons/what-is-email.js'] } };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the offline list', () => {
  it('is downloaded once per language, and every caller shares that download', async () => {
    const fetch = vi.fn(() => Promise.resolve(Response.json(list)));
    vi.stubGlobal('fetch', fetch);
    const [first, second] = await Promise.all([offlineList('sv'), offlineList('sv')]);
    expect(first).toEqual(list);
    expect(second).toBe(first);
    expect(await offlineList('sv')).toBe(first);
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch).toHaveBeenCalledWith(expect.stringMatching(/offline\/sv\.json$/));
  });

  it('is asked for again after the connection dropped, or the server answered with an error', async () => {
    const fetch = vi
      .fn<() => Promise<Response>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockImplementation(() => Promise.resolve(Response.json(list)));
    vi.stubGlobal('fetch', fetch);
    await expect(offlineList('en')).rejects.toThrow('Failed to fetch');
    await expect(offlineList('en')).rejects.toThrow('offline/en.json: 503');
    expect(await offlineList('en')).toEqual(list);
    expect(await offlineList('en')).toEqual(list);
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
