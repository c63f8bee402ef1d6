import { targetSize } from '../machine.ts';
import { ShapePicture } from './pictures.tsx';
import type { DrillProps } from './screen-props.ts';

/** Point and click: one shape at a time, the biggest first; nothing moves or goes away by itself. */
export function ClickDrill({ scenario, state, dispatch, t, touch }: DrillProps<'click'>) {
  const target = scenario.targets[state.done];
  if (!target) return null;
  return (
    <>
      <h2 className="pointer-heading">{touch ? t('click.headingTouch', { name: target.name }) : t('click.heading', { name: target.name })}</h2>
      <p>{touch ? t('click.hintTouch') : t('click.hint')}</p>
      {/* A click beside the shape only earns a hint; the shape itself is a button, so a keyboard reaches it too. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
      <div className="pointer-area" role="group" aria-label={t('click.area')} onClick={(event) => event.target === event.currentTarget && dispatch({ type: 'miss' })}>
        {/* The same button for every shape, so focus stays on it from one shape to the next. */}
        <button type="button" className="pointer-target" data-size={targetSize(state.done, scenario.targets.length)} data-place={state.done % 6} onClick={() => dispatch({ type: 'hit' })}>
          <ShapePicture shape={target.shape} />
          <span className="visually-hidden">{target.name}</span>
        </button>
      </div>
    </>
  );
}
