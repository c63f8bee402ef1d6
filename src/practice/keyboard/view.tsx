import { definePracticeView } from '../host/index.ts';
import { finished, initialState, type KeyboardAction, type KeyboardState, left, step } from './machine.ts';
import type { KeyboardScenario } from './scenario.ts';
import { ArrowsDrill } from './screens/arrows-drill.tsx';
import { AtDrill } from './screens/at-drill.tsx';
import { EnterDrill } from './screens/enter-drill.tsx';
import type { KeyboardScreenProps, KeyboardStrings, KeyboardT } from './screens/screen-props.ts';
import { TabDrill } from './screens/tab-drill.tsx';
import { TypeDrill } from './screens/type-drill.tsx';
// Its styles download with the kind, never in a learner's first stylesheet.
import './keyboard.css';

/** What the drill says now: a hint after keys that did not do it, or a word of praise after a task done. */
function noteText(scenario: KeyboardScenario, state: KeyboardState, t: KeyboardT): string | undefined {
  switch (scenario.drill) {
    case 'type': {
      const word = scenario.words[state.done]?.word ?? '';
      if (state.note === 'capital') return t('type.capital');
      if (state.note === 'fix') return t('type.fix', { word });
      const last = scenario.words[state.done - 1];
      return last && t('type.wrote', { word: last.word });
    }
    case 'at':
      if (state.note === 'two') return t('at.two');
      if (state.note === 'quote') return t('at.quote');
      return state.done > 0 ? t('at.wrote') : undefined;
    case 'enter':
      if (state.note === 'empty') return t('enter.empty');
      return state.done > 0 ? t('enter.wrote') : undefined;
    case 'tab': {
      const field = scenario.fields[state.done];
      if (state.note === 'tab-early' && field) return t('tab.early', { value: field.value, label: field.label });
      return state.done > 0 ? t('tab.wrote') : undefined;
    }
    case 'arrows': {
      if (state.note === 'edge') return t('arrows.edge');
      const goal = scenario.goals[state.done];
      const at = state.at ?? scenario.start;
      const praise = state.done > 0 && state.choices.length > 0 && scenario.goals[state.done - 1]?.row === at.row && scenario.goals[state.done - 1]?.column === at.column ? `${t('arrows.wrote')} ` : '';
      return goal && `${praise}${t('arrows.where', { row: at.row, column: at.column, name: goal.name, goalRow: goal.row, goalColumn: goal.column })}`;
    }
  }
}

function Drill({ scenario, ...props }: Omit<KeyboardScreenProps, 'language'>) {
  switch (scenario.drill) {
    case 'type':
      return <TypeDrill scenario={scenario} {...props} />;
    case 'at':
      return <AtDrill scenario={scenario} {...props} />;
    case 'enter':
      return <EnterDrill scenario={scenario} {...props} />;
    case 'tab':
      return <TabDrill scenario={scenario} {...props} />;
    case 'arrows':
      return <ArrowsDrill scenario={scenario} {...props} />;
  }
}

/** The practice keyboard: one drill per scenario (lessons/practice/keyboard/); nothing typed leaves its box. */
function KeyboardScreens({ scenario, state, dispatch, t }: KeyboardScreenProps) {
  const count = left(scenario, state);
  const note = noteText(scenario, state, t);
  return (
    <div className="keys" data-drill={scenario.drill}>
      <p className="keys-for-whom">{t('forWhom')}</p>
      <p className="keys-task">{scenario.task}</p>
      {finished(scenario, state) ? (
        <div className="keys-finished">
          <h2 className="keys-heading" tabIndex={-1} data-focus-here="">
            {t('finished')}
          </h2>
          <p>{t('finishedText')}</p>
        </div>
      ) : (
        <Drill scenario={scenario} state={state} dispatch={dispatch} t={t} />
      )}
      {/* Always in the page, so a screen reader hears each change: what is left, and what the last keys did. */}
      <div className="keys-status" role="status">
        {count > 0 && <p className="keys-left">{t('left', { count })}</p>}
        {note && <p className="keys-note">{note}</p>}
      </div>
    </div>
  );
}

export default definePracticeView<KeyboardScenario, KeyboardState, KeyboardAction, KeyboardStrings>({
  strings: import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json'),
  initial: initialState,
  step,
  // Typing keeps the learner's focus in the box: only the end is a new screen.
  screen: (state) => (state.over ? 'finished' : 'drill'),
  outcome: (scenario, state) => (finished(scenario, state) ? { done: true, choices: state.choices } : undefined),
  Screen: KeyboardScreens,
});
