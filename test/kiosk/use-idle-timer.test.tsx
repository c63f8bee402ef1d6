// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleTimer } from '../../src/kiosk/index.ts';

const settings = { enabled: true, idleMinutes: 2, warningSeconds: 30 };

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

const advance = (seconds: number) =>
  act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });

describe('useIdleTimer', () => {
  it('stays quiet while the learner is active', () => {
    const { result } = renderHook(() => useIdleTimer(settings));
    for (let minute = 0; minute < 5; minute += 1) {
      advance(60);
      act(() => {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      });
    }
    expect(result.current.phase).toBe('active');
  });

  it('warns after the idle minutes, counting down the seconds left', () => {
    const { result } = renderHook(() => useIdleTimer(settings));
    advance(2 * 60 + 10);
    expect(result.current).toMatchObject({ phase: 'warning', secondsLeft: 20 });
  });

  it('does not let a stray key press hide the warning unread', () => {
    const { result } = renderHook(() => useIdleTimer(settings));
    advance(2 * 60 + 5);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    });
    advance(5);
    expect(result.current.phase).toBe('warning');
  });

  it('starts over when the learner says they are still here', () => {
    const { result } = renderHook(() => useIdleTimer(settings));
    advance(2 * 60 + 5);
    act(() => result.current.stillHere());
    expect(result.current.phase).toBe('active');
    advance(60);
    expect(result.current.phase).toBe('active');
  });

  it('expires when the warning is not answered', () => {
    const { result } = renderHook(() => useIdleTimer(settings));
    advance(2 * 60 + 31);
    expect(result.current.phase).toBe('expired');
  });

  it('does nothing when kiosk mode is off', () => {
    const { result } = renderHook(() => useIdleTimer({ ...settings, enabled: false }));
    advance(60 * 60);
    expect(result.current.phase).toBe('active');
  });
});
