import { definePracticeView } from '../host/index.ts';
import { finished, initialState, left, type PointerAction, type PointerKind, type PointerState, step } from './machine.ts';
import type { PointerScenario } from './scenario.ts';
import { ClickDrill } from './screens/click-drill.tsx';
import { DoubleClickDrill } from './screens/double-click-drill.tsx';
import { DragDrill } from './screens/drag-drill.tsx';
import { RightClickDrill } from './screens/right-click-drill.tsx';
import type { PointerScreenProps, PointerStrings, PointerT } from './screens/screen-props.ts';
import { ScrollDrill } from './screens/scroll-drill.tsx';
// Its styles download with the kind, never in a learner's first stylesheet.
import './pointer.css';

function pointerKind(type: string): PointerKind {
  return type === 'touch' || type === 'pen' ? type : 'mouse';
}

/** What the drill says about the last try that did not do it, in the words of the pointer used. */
function noteText(scenario: PointerScenario, state: PointerState, t: PointerT, touch: boolean): string | undefined {
  const itemText = (id: string | undefined) => (scenario.drill === 'right-click' ? (scenario.menu.find((item) => item.id === id)?.text ?? '') : '');
  switch (state.note) {
    case undefined:
      return scenario.drill === 'scroll' && state.scrolled ? t('scroll.moved') : undefined;
    case 'missed':
      return touch ? t('click.missedTouch') : t('click.missed');
    case 'one-click':
      return touch ? t('doubleClick.oneClickTouch') : t('doubleClick.oneClick');
    case 'too-slow':
      return touch ? t('doubleClick.tooSlowTouch') : t('doubleClick.tooSlow');
    case 'moved':
      return touch ? t('doubleClick.movedTouch') : t('doubleClick.moved');
    case 'outside':
      return touch ? t('drag.outsideTouch') : t('drag.outside');
    case 'left-click':
      return touch ? t('rightClick.leftClickTouch') : t('rightClick.leftClick');
    case 'menu-closed':
      return t('rightClick.menuClosed', { item: itemText(scenario.drill === 'right-click' ? scenario.choose : undefined) });
    case 'other-item':
      return t('rightClick.otherItem', { chose: itemText(state.chose), item: itemText(scenario.drill === 'right-click' ? scenario.choose : undefined) });
  }
}

function Drill({ scenario, ...props }: Omit<PointerScreenProps, 'language'> & { touch: boolean }) {
  switch (scenario.drill) {
    case 'click':
      return <ClickDrill scenario={scenario} {...props} />;
    case 'double-click':
      return <DoubleClickDrill scenario={scenario} {...props} />;
    case 'drag':
      return <DragDrill scenario={scenario} {...props} />;
    case 'scroll':
      return <ScrollDrill scenario={scenario} {...props} />;
    case 'right-click':
      return <RightClickDrill scenario={scenario} {...props} />;
  }
}

/**
 * The practice mouse and touchpad: one drill per scenario (lessons/practice/pointer/).
 * The words follow the pointer the learner actually used (`pointerType`):
 * "Klicka" with a mouse or a touchpad, "Tryck" with a finger or a pen.
 */
function PointerScreens({ scenario, state, dispatch, t }: PointerScreenProps) {
  const touch = state.pointer !== 'mouse';
  const count = left(scenario, state);
  const note = noteText(scenario, state, t, touch);
  return (
    <div className="pointer" data-drill={scenario.drill} onPointerDown={(event) => dispatch({ type: 'pointer', pointer: pointerKind(event.pointerType) })}>
      <p className="pointer-for-whom">{t('forWhom')}</p>
      <p className="pointer-task">{scenario.task}</p>
      {finished(scenario, state) ? (
        <div className="pointer-finished">
          <h2 className="pointer-heading" tabIndex={-1} data-focus-here="">
            {t('finished')}
          </h2>
          <p>{t('finishedText')}</p>
        </div>
      ) : (
        <Drill scenario={scenario} state={state} dispatch={dispatch} t={t} touch={touch} />
      )}
      {/* Always in the page, so a screen reader hears each change: what is left, and a hint after a try that did not do it. */}
      <div className="pointer-status" role="status">
        {count > 0 && <p className="pointer-left">{t('left', { count })}</p>}
        {note && <p className="pointer-note">{note}</p>}
      </div>
    </div>
  );
}

export default definePracticeView<PointerScenario, PointerState, PointerAction, PointerStrings>({
  strings: import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json'),
  initial: () => initialState(),
  step,
  // A new screen moves focus: an opened folder, the right-click menu, the end. Each shape, folder and thing is the same screen.
  screen: (state) => (state.over ? 'finished' : state.open ? 'open' : state.menu ? 'menu' : 'drill'),
  outcome: (scenario, state) => (finished(scenario, state) ? { done: true, choices: state.choices } : undefined),
  Screen: PointerScreens,
});
