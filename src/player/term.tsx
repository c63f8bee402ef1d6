import { useTranslation, useUiTextAttributes } from '../i18n/index.ts';
import { Link } from 'react-router';
import type { TermNode } from '../content/types.ts';
import { useDisclosure } from '../ui/index.ts';
import { useLessonLinks } from './lesson-links.tsx';

/**
 * A word with its explanation, shown and hidden with a button (a disclosure),
 * so it works the same with a keyboard, a mouse, touch and screen readers;
 * nothing depends on hover. It sits inside a sentence, so it draws the
 * disclosure hook with spans rather than the block Disclosure. Opening it
 * leaves focus on the button (Escape there closes it again); the
 * explanation ends with a link to the word's entry in the glossary.
 */
export function Term({ term }: { term: TermNode }) {
  const { t } = useTranslation('player');
  const { buttonProps, panelProps } = useDisclosure();
  const ui = useUiTextAttributes();
  const links = useLessonLinks();
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
        <span className="term-text">{term.definition}</span>{' '}
        <Link className="term-glossary-link" to={links.glossaryHref(term.id)} {...ui}>
          {t('term.inGlossary')}
        </Link>
      </span>
    </span>
  );
}
