import { type JSX, type PointerEvent, useRef } from 'react';
import { gap } from '../gap.ts';
import type { DragPicture } from '../scenario.ts';
import { ApplePicture } from './pictures.tsx';
import type { DrillProps } from './screen-props.ts';

/** The drawing of each picture a scenario may name (`picture:`; the schema allows only these). */
const drawings: Record<DragPicture, () => JSX.Element> = {
  apple: ApplePicture,
};

function inside(element: Element | null, x: number, y: number): boolean {
  const box = element?.getBoundingClientRect();
  return box !== undefined && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/**
 * Drag and drop with pointer events, so a mouse, a touchpad, a finger and a
 * pen all drag the same way. The thing follows the pointer; where it is let
 * go decides: inside its place it stays, beside it it goes back.
 */
export function DragDrill({ scenario, state, dispatch, t, touch }: DrillProps<'drag'>) {
  const thing = scenario.things[state.done];
  const place = useRef<HTMLElement>(null);
  const start = useRef<{ id: number; x: number; y: number } | undefined>(undefined);
  if (!thing) return null;

  const down = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // Keeps the moves coming to the thing even when the pointer runs ahead of it.
    event.currentTarget.setPointerCapture?.(event.pointerId);
    start.current = { id: event.pointerId, x: event.clientX, y: event.clientY };
    event.currentTarget.dataset.dragging = '';
  };
  const move = (event: PointerEvent<HTMLElement>) => {
    const from = start.current;
    if (!from || from.id !== event.pointerId) return;
    event.currentTarget.style.translate = `${event.clientX - from.x}px ${event.clientY - from.y}px`;
  };
  const up = (event: PointerEvent<HTMLElement>, cancelled = false) => {
    const from = start.current;
    if (!from || from.id !== event.pointerId) return;
    start.current = undefined;
    event.currentTarget.style.translate = '';
    delete event.currentTarget.dataset.dragging;
    if (!cancelled) dispatch({ type: 'drop', inside: inside(place.current, event.clientX, event.clientY) });
  };
  const handlers = { onPointerDown: down, onPointerMove: move, onPointerUp: (event: PointerEvent<HTMLElement>) => up(event), onPointerCancel: (event: PointerEvent<HTMLElement>) => up(event, true) };

  const [before, after] = thing.place.split(gap);
  return (
    <>
      <h2 className="pointer-heading">{thing.look === 'word' ? t('drag.headingWord', { thing: thing.thing }) : t('drag.heading', { thing: thing.thing.toLocaleLowerCase(), place: thing.place.toLocaleLowerCase() })}</h2>
      <p>{touch ? t('drag.hintTouch') : t('drag.hint')}</p>
      <div className="pointer-drag-area" data-look={thing.look}>
        {thing.look === 'picture' ? (
          <>
            <div className="pointer-thing" role="img" aria-label={t('drag.picture', { thing: thing.thing })} {...handlers}>
              {drawings[thing.picture]()}
            </div>
            <section className="pointer-place" ref={place} aria-label={thing.place}>
              <span>{thing.place}</span>
            </section>
          </>
        ) : (
          <>
            <span className="pointer-thing pointer-word" {...handlers}>
              {thing.thing}
            </span>
            <p className="pointer-sentence">
              {before}
              <span className="pointer-place pointer-gap" ref={place}>
                <span className="visually-hidden">{t('drag.gap')}</span>
              </span>
              {after}
            </p>
          </>
        )}
      </div>
    </>
  );
}
