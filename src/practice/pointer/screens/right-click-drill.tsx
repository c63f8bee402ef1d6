import type { KeyboardEvent } from 'react';
import { CatPicture } from './pictures.tsx';
import type { DrillProps } from './screen-props.ts';

/** A menu's keys: the arrows move between its items, Escape closes it. */
function menuKey(event: KeyboardEvent<HTMLElement>, close: () => void) {
  if (event.key === 'Escape') return close();
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (step === 0) return;
  event.preventDefault();
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const now = items.indexOf(document.activeElement as HTMLElement);
  items[(now + step + items.length) % items.length]?.focus();
}

/**
 * Right-click: the picture's own menu. The right button, a long press on a
 * touch screen and the keyboard's menu key (or Shift+F10) all open it, as the
 * browser's `contextmenu` event says; a click with the left button only earns a hint.
 */
export function RightClickDrill({ scenario, state, dispatch, t, touch }: DrillProps<'right-click'>) {
  return (
    <>
      <h2 className="pointer-heading">{touch ? t('rightClick.headingTouch') : t('rightClick.heading')}</h2>
      <p>{touch ? t('rightClick.hintTouch') : t('rightClick.hint')}</p>
      <div className="pointer-menu-area">
        <button
          type="button"
          className="pointer-picture"
          aria-haspopup="menu"
          aria-expanded={state.menu === true}
          onContextMenu={(event) => {
            event.preventDefault();
            dispatch({ type: 'menu' });
          }}
          onClick={(event) => event.detail !== 0 && dispatch({ type: 'left-click' })}
        >
          <CatPicture />
          <span>{scenario.thing}</span>
        </button>
        {state.menu && (
          // Escape closes the menu and the arrows move in it, as in the browser's own menu.
          <div role="menu" tabIndex={-1} aria-label={t('rightClick.menu')} className="pointer-menu" onKeyDown={(event) => menuKey(event, () => dispatch({ type: 'close-menu' }))}>
            {scenario.menu.map((item, index) => (
              <button key={item.id} type="button" role="menuitem" data-focus-here={index === 0 ? '' : undefined} onClick={() => dispatch({ type: 'choose', item: item.id })}>
                {item.text}
              </button>
            ))}
          </div>
        )}
      </div>
    </>
  );
}
