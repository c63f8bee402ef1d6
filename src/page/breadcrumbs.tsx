import { useTranslation } from '../i18n/index.ts';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to: string;
  /** The label's language, when it is a lesson or module title in another language than the page. */
  lang?: string;
}

/** Where this page sits: a labelled list of links, the current page last and marked as such. */
export function Breadcrumbs({ items, current, currentLang }: { items: readonly Crumb[]; current: string; currentLang?: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
      <ol>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} dir="auto" lang={item.lang}>
              {item.label}
            </Link>
          </li>
        ))}
        <li aria-current="page" dir="auto" lang={currentLang}>
          {current}
        </li>
      </ol>
    </nav>
  );
}
