import { Button } from '../../../ui/index.ts';
import { FolderPicture } from './pictures.tsx';
import type { DrillProps } from './screen-props.ts';

/**
 * Double-click: open a folder on a pretend desktop. The two clicks' speed is
 * read from their own time stamps (the rules decide, see doubleClickMs), so
 * nothing here waits or runs out. Enter opens a marked folder, as a desktop does.
 */
export function DoubleClickDrill({ scenario, state, dispatch, t, touch }: DrillProps<'double-click'>) {
  const folder = scenario.folders[state.done];
  if (!folder) return null;
  if (state.open) {
    return (
      <div className="pointer-window">
        <h2 className="pointer-heading" tabIndex={-1} data-focus-here="">
          {t('doubleClick.opened', { name: folder.name })}
        </h2>
        <p>{scenario.inside}</p>
        <Button onClick={() => dispatch({ type: 'close' })}>{t('doubleClick.close')}</Button>
      </div>
    );
  }
  return (
    <>
      <h2 className="pointer-heading">{touch ? t('doubleClick.headingTouch', { name: folder.name }) : t('doubleClick.heading', { name: folder.name })}</h2>
      <p>{touch ? t('doubleClick.hintTouch') : t('doubleClick.hint')}</p>
      <p>{t('doubleClick.speed')}</p>
      <section className="pointer-desktop" aria-label={t('doubleClick.desktop')}>
        <button
          type="button"
          className="pointer-folder"
          data-marked={state.lastClick ? '' : undefined}
          onClick={(event) =>
            // A click from the keyboard (Enter, Space) has no click count: it opens, as Enter does on a desktop.
            dispatch(event.detail === 0 ? { type: 'open' } : { type: 'click-folder', at: event.timeStamp, x: event.clientX, y: event.clientY })
          }
        >
          <FolderPicture />
          <span>{folder.name}</span>
        </button>
      </section>
    </>
  );
}
