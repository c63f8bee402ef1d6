import { useId } from 'react';
import { plainTyping, type DrillProps } from './screen-props.ts';

/** Tab moves from box to box: each box counts once it holds its word and Tab has left it. */
export function TabDrill({ scenario, state, dispatch, t }: DrillProps<'tab'>) {
  const id = useId();
  return (
    <>
      <h2 className="keys-heading">{t('tab.heading')}</h2>
      <p>{t('tab.hint')}</p>
      <div className="keys-form">
        {scenario.fields.map((field, index) => (
          <div key={field.id} className="keys-field">
            <label htmlFor={`${id}-${field.id}`}>{field.label}</label>
            <span id={`${id}-${field.id}-hint`} className="keys-hint">
              {t('tab.write', { value: field.value })}
              {index < state.done && <strong className="keys-ready"> {t('tab.ready')}</strong>}
            </span>
            <input
              id={`${id}-${field.id}`}
              type="text"
              className="field-input"
              aria-describedby={`${id}-${field.id}-hint`}
              {...plainTyping}
              onChange={(event) => dispatch({ type: 'field', field: field.id, filled: event.target.value.trim().toLocaleLowerCase() === field.value.toLocaleLowerCase() })}
              onKeyDown={(event) => {
                if (event.key !== 'Tab' || event.shiftKey) return;
                // The last Tab ends the drill: focus goes to its end ("Klart!"), not on past it.
                if (index === state.done && index === scenario.fields.length - 1 && state.filled?.includes(field.id)) event.preventDefault();
                dispatch({ type: 'tab', field: field.id });
              }}
            />
          </div>
        ))}
      </div>
    </>
  );
}
