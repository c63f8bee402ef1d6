import { BalloonPicture } from './pictures.tsx';
import type { DrillProps } from './screen-props.ts';

/** Scroll: a page longer than its box, with the thing to find at the bottom. */
export function ScrollDrill({ scenario, state, dispatch, t, touch }: DrillProps<'scroll'>) {
  return (
    <>
      <h2 className="pointer-heading">{t('scroll.heading', { find: scenario.find.toLocaleLowerCase() })}</h2>
      <p>{touch ? t('scroll.hintTouch') : t('scroll.hint')}</p>
      {/* The box scrolls with the arrow keys too once it has focus (it is in the tab order for that). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <section className="pointer-page" tabIndex={0} aria-label={t('scroll.page')} onScroll={() => !state.scrolled && dispatch({ type: 'scrolled' })}>
        {scenario.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <button type="button" className="pointer-found" onClick={() => dispatch({ type: 'found' })}>
          <BalloonPicture />
          <span>{scenario.find}</span>
        </button>
      </section>
    </>
  );
}
