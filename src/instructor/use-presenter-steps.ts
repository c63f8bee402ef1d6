import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { presenterChannel, stepAfterKey } from './presenter-channel.ts';

/**
 * Moves between a lesson's steps with the keys a projector's clicker sends,
 * and keeps this window on the same step as the other one: each window's
 * step is its address, so a move is a navigation.
 */
export function usePresenterSteps(lessonId: string, step: number, stepCount: number, addressOf: (step: number) => string): (to: number) => void {
  const navigate = useNavigate();
  const say = useRef<(step: number) => void>(() => undefined);
  const current = useRef(step);
  useEffect(() => {
    current.current = step;
  }, [step]);

  useEffect(() => {
    const channel = presenterChannel((place) => {
      // A step past the lesson's last is ignored: the projector stays on a step, never on "page not found".
      if (place.lessonId === lessonId && place.step <= stepCount && place.step !== current.current) navigate(addressOf(place.step));
    });
    say.current = (to) => channel.say({ lessonId, step: to });
    return () => channel.close();
  }, [lessonId, stepCount, navigate, addressOf]);

  const moveTo = useCallback(
    (to: number) => {
      if (to === current.current) return;
      current.current = to;
      navigate(addressOf(to));
      say.current(to);
    },
    [navigate, addressOf],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // Keys typed into a field or pressed on a control keep their own meaning.
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const to = stepAfterKey(event.key, current.current, stepCount);
      if (to === undefined) return;
      event.preventDefault();
      moveTo(to);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [stepCount, moveTo]);

  return moveTo;
}
