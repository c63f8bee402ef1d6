import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermNode } from '../content/types.ts';
import { useUiTextAttributes } from '../i18n/index.ts';

/**
 * A word with its explanation, shown and hidden with a button (a disclosure),
 * so it works the same with a keyboard, a mouse, touch and screen readers;
 * nothing depends on hover.
 */
export function Term({ term }: { term: TermNode }) {
  const { t } = useTranslation('player');
  const [open, setOpen] = useState(false);
  const id = useId();
  const ui = useUiTextAttributes();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <span className="term">
      <button
        type="button"
        className="term-word"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={onKeyDown}
      >
        {term.text}
        <span className="visually-hidden" {...ui}>
          {' '}
          {t('term.explain')}
        </span>
      </button>
      <span id={id} className="term-definition" hidden={!open}>
        {term.definition}
      </span>
    </span>
  );
}
