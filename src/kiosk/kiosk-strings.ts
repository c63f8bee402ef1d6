import { useTranslation } from '../i18n/index.ts';
import { type EagerStringsFiles, addStrings, withFallback } from '../i18n/strings-files.ts';

/*
 * The kiosk's words come with the kiosk's chunk, in every language, not with
 * a language's first strings: most computers are not in kiosk mode, and the
 * start page's download is at its budget.
 */
const bundles: EagerStringsFiles = import.meta.glob('../i18n/locales/*/kiosk.json', { eager: true, import: 'default' });

/** Adds the kiosk's words (`kiosk.*`) to the page's `common` strings, once per language; safe to call while rendering. */
export function useKioskStrings(): void {
  const { i18n } = useTranslation();
  addStrings(i18n, 'common', withFallback(i18n.language), bundles);
}
