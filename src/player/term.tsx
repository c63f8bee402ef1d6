import { useTranslation, useUiTextAttributes } from '../i18n/index.ts';
import type { TermNode } from '../content/types.ts';
import { useDisclosure } from '../ui/index.ts';

/**
 * A word with its explanation, shown and hidden with a button (a disclosure),
 * so it works the same with a keyboard, a mouse, touch and screen readers;
 * nothing depends on hover. It sits inside a sentence, so it draws the
 * disclosure hook with spans rather than the block Disclosure.
 */
export function Term({ term }: { term: TermNode }) {
  const { t } = useTranslation('player');
  const { buttonProps, panelProps } = useDisclosure();
  const ui = useUiTextAttributes();
  return (
    <span className="term">
      <button className="term-word" {...buttonProps}>
        {term.text}
        <span className="visually-hidden" {...ui}>
          {' '}
          {t('term.explain')}
        </span>
      </button>
      <span className="term-definition" {...panelProps}>
        {term.definition}
      </span>
    </span>
  );
}
