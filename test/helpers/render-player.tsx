import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { TranslationProvider } from '../../src/i18n/index.ts';
import { AnnouncerProvider } from '../../src/a11y/index.ts';
import { i18nFor, loadLaterStrings, type UiLanguage, UiLanguageContext } from '../../src/i18n/index.ts';

export interface RenderedPart extends RenderResult {
  user: UserEvent;
}

/**
 * Renders one part of the player on its own, inside what the app gives it:
 * the language's strings and the app's live regions.
 */
export async function renderInLanguage(
  ui: ReactElement,
  language: UiLanguage = 'sv',
  userOptions: Parameters<typeof userEvent.setup>[0] = {},
): Promise<RenderedPart> {
  // A part of a page may use any namespace: load them all, as a page beyond the start page has them.
  await loadLaterStrings(language);
  const i18n = i18nFor(language);
  if (!i18n) throw new Error(`The ${language} strings did not load.`);
  const user = userEvent.setup(userOptions);
  const rendered = render(
    <UiLanguageContext.Provider value={language}>
      <TranslationProvider i18n={i18n}>
        <AnnouncerProvider>{ui}</AnnouncerProvider>
      </TranslationProvider>
    </UiLanguageContext.Provider>,
  );
  return { user, ...rendered };
}
