import type { i18n as I18n, TFunction } from 'i18next';
import type { LessonLanguage } from '../../i18n/index.ts';

/**
 * The practice e-ID's own strings, the `eId` namespace: one small file per
 * language, downloaded with the practice and added to the page's i18next
 * instance, so neither the start page nor a lesson step's base download
 * carries them. The practice speaks the lesson's language; Swedish, the
 * fallback, comes too.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../i18n/locales/*/e-id.json');

export type EIdT = TFunction<'eId'>;

export async function eIdStringsFor(i18n: I18n, language: LessonLanguage): Promise<EIdT> {
  for (const bundleLanguage of new Set([language, 'sv'])) {
    // Asked of this language alone: exists() would find the Swedish fallback.
    if (i18n.getResource(bundleLanguage, 'eId', 'name') !== undefined) continue;
    const load = files[`../../i18n/locales/${bundleLanguage}/e-id.json`];
    if (!load) throw new Error(`Nätvana has no practice e-ID strings for ${bundleLanguage}.`);
    i18n.addResourceBundle(bundleLanguage, 'eId', (await load()).default, true, false);
  }
  return i18n.getFixedT(language, 'eId') as EIdT;
}
