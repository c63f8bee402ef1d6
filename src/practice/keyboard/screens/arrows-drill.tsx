import type { Arrow } from '../machine.ts';
import type { DrillProps } from './screen-props.ts';

const arrows: ReadonlySet<string> = new Set<Arrow>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

function StarPicture() {
  return (
    <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false" className="keys-svg">
      <path d="M50 4l13 30 33 3-25 22 8 33-29-18-29 18 8-33L4 37l33-3Z" fill="currentColor" />
    </svg>
  );
}

/** The arrow keys move a star across a grid to each place in turn; where it is is said in words too. */
export function ArrowsDrill({ scenario, state, dispatch, t }: DrillProps<'arrows'>) {
  const goal = scenario.goals[state.done];
  const at = state.at ?? scenario.start;
  if (!goal) return null;
  const cells = Array.from({ length: scenario.rows * scenario.columns }, (_, index) => ({ row: Math.floor(index / scenario.columns) + 1, column: (index % scenario.columns) + 1 }));
  return (
    <>
      <h2 className="keys-heading">{t('arrows.heading', { name: goal.name.toLocaleLowerCase() })}</h2>
      <p>{t('arrows.hint')}</p>
      {/* The grid is one control, as a game board is: it takes the arrow keys and says where the star is. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className="keys-board"
        role="application"
        aria-label={t('arrows.board')}
        data-columns={scenario.columns}
        // In the tab order so the keyboard reaches it; the arrows are its whole use.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onKeyDown={(event) => {
          if (!arrows.has(event.key)) return;
          event.preventDefault();
          dispatch({ type: 'arrow', key: event.key as Arrow });
        }}
      >
        {cells.map((cell) => {
          const star = cell.row === at.row && cell.column === at.column;
          const target = cell.row === goal.row && cell.column === goal.column;
          return (
            <span key={`${cell.row}-${cell.column}`} className="keys-cell" data-star={star ? '' : undefined} data-goal={target ? '' : undefined}>
              {star && <StarPicture />}
              {target && !star && <span className="keys-goal">{goal.name}</span>}
            </span>
          );
        })}
      </div>
    </>
  );
}
