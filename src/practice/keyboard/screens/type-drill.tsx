import { useRef, useState } from 'react';
import { judgeTyped } from '../machine.ts';
import { plainTyping, type DrillProps } from './screen-props.ts';

/** Type a word: fix a mistake with Backspace, a capital with Shift. The text stays in this box only. */
export function TypeDrill({ scenario, state, dispatch, t }: DrillProps<'type'>) {
  const word = scenario.words[state.done];
  const [text, setText] = useState(word?.start ?? '');
  const lastKey = useRef('');
  if (!word) return null;
  return (
    <>
      <h2 className="keys-heading">{t('type.heading', { word: word.word })}</h2>
      <label className="keys-field">
        <span>{t('box')}</span>
        <input
          type="text"
          className="field-input"
          value={text}
          {...plainTyping}
          onKeyDown={(event) => (lastKey.current = event.key)}
          onChange={(event) => {
            const typed = judgeTyped(word.word, event.target.value);
            // A finished word makes room for the next one, which may start with a mistake of its own.
            setText(typed === 'match' ? (scenario.words[state.done + 1]?.start ?? '') : event.target.value);
            dispatch({ type: 'typed', typed, backspace: lastKey.current === 'Backspace' });
          }}
        />
      </label>
    </>
  );
}
