import { useState } from 'react';
import { plainTyping, type DrillProps } from './screen-props.ts';

/** Enter sends: the message appears under the box, as sent, and is gone when the practice is. */
export function EnterDrill({ scenario, state, dispatch, t }: DrillProps<'enter'>) {
  const [text, setText] = useState('');
  const [sent, setSent] = useState<string[]>([]);
  const message = scenario.messages[state.done];
  if (!message) return null;
  return (
    <>
      <h2 className="keys-heading">{t('enter.heading', { text: message.text })}</h2>
      <label className="keys-field">
        <span>{t('enter.label')}</span>
        <input
          type="text"
          className="field-input"
          value={text}
          {...plainTyping}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            const empty = text.trim() === '';
            dispatch({ type: 'enter', empty });
            if (empty) return;
            setSent([...sent, text]);
            setText('');
          }}
        />
      </label>
      {sent.length > 0 && (
        <div className="keys-sent">
          <p>{t('enter.sent')}</p>
          <ul>
            {sent.map((line, index) => (
              // The same words may be sent twice; their order is their identity.
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
