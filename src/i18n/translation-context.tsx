import type { i18n as I18n, Namespace, TFunction } from 'i18next';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

/*
 * The few lines of react-i18next that Nätvana needs. Each interface language
 * has its own i18next instance whose strings are all loaded before it is
 * made (see index.ts), so there is nothing to wait for or subscribe to: the
 * provider hands the page's instance down and a component takes a `t` fixed
 * to its namespace. react-i18next did the same in about 2 kB gzip of the
 * start page's download, mostly for loading and suspense Nätvana never uses.
 */

const TranslationContext = createContext<I18n | undefined>(undefined);

export function TranslationProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <TranslationContext.Provider value={i18n}>{children}</TranslationContext.Provider>;
}

/** The page's strings in namespace `ns` ('common' when left out), checked against the Swedish files by the type checker. */
export function useTranslation<Ns extends Namespace = 'common'>(ns?: Ns): { t: TFunction<Ns>; i18n: I18n } {
  const i18n = useContext(TranslationContext);
  if (!i18n) throw new Error('useTranslation was called outside a TranslationProvider: the page has no language yet.');
  const namespace = ns ?? 'common';
  const t = useMemo(() => i18n.getFixedT(null, namespace) as TFunction<Ns>, [i18n, namespace]);
  return { t, i18n };
}
