import { useRef, useState } from 'react';
import { plainTyping, type DrillProps } from './screen-props.ts';

/**
 * The @ sign, read from the character a key typed (`event.key`), not from
 * which key it was: AltGr+2 on a Swedish keyboard, Alt+2 on a Mac, Shift+2 on
 * an American one all give '@'. A phone's keyboard that does not say its key
 * is read from the text it put in.
 */
export function AtDrill({ dispatch, t }: DrillProps<'at'>) {
  const [text, setText] = useState('');
  const counted = useRef(false);
  return (
    <>
      <h2 className="keys-heading">{t('at.heading')}</h2>
      <ul className="keys-ways">
        <li>{t('at.swedish')}</li>
        <li>{t('at.mac')}</li>
        <li>{t('at.english')}</li>
      </ul>
      <label className="keys-field">
        <span>{t('box')}</span>
        <input
          type="text"
          className="field-input"
          value={text}
          {...plainTyping}
          onKeyDown={(event) => {
            counted.current = event.key === '@';
            dispatch({ type: 'key', key: event.key });
          }}
          onChange={(event) => {
            const data = (event.nativeEvent as InputEvent).data;
            if (!counted.current && data?.includes('@')) dispatch({ type: 'key', key: '@' });
            counted.current = false;
            setText(event.target.value);
          }}
        />
      </label>
    </>
  );
}
