import type { UiLanguage } from '../i18n/languages.ts';

/** The library's own details, from public/library.json, checked and baked in at build time. */
export interface LibraryConfig {
  /** The library's name per interface language; absent when Nätvana runs under its own name only. */
  name?: Partial<Record<UiLanguage, string>> & { sv: string; en: string };
  /** URL of the logo, fingerprinted by the build. */
  logo?: string;
  contact?: Partial<Record<UiLanguage, string>> & { sv: string; en: string };
  helpDeskHours?: Partial<Record<UiLanguage, string>> & { sv: string; en: string };
  defaultLanguage: UiLanguage;
  /** Module ids shown, in this order. */
  modules: string[];
  kiosk: { enabled: boolean; idleMinutes: number; warningSeconds: number };
  accentColor: string;
}
