// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { expect, it, vi } from 'vitest';
import { AnnouncerProvider, useAnnounce } from '../../src/a11y/index.ts';

it('debug', () => {
  vi.useFakeTimers();
  let announce: (m: string) => void = () => undefined;
  function S() { const a = useAnnounce(); useEffect(() => { announce = a; }, [a]); return null; }
  const { unmount } = render(<AnnouncerProvider><S /></AnnouncerProvider>);
  console.log('after render', vi.getTimerCount());
  act(() => announce('x'));
  console.log('after say', vi.getTimerCount());
  const spy = vi.spyOn(globalThis, 'clearTimeout');
  unmount();
  console.log('after unmount', vi.getTimerCount(), spy.mock.calls.length);
  vi.useRealTimers();
  expect(1).toBe(1);
});
